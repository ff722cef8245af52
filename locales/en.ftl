# Thi đua CCHC bot — English (second language). Every key of vi.ftl is here too.

## Common (dialogs/engine)
error-internal = Sorry, something went wrong while handling your request. Nothing was changed; please try again in a few minutes.
choice-stale = This choice is out of date (the dialog has moved on or finished). Use the latest message, or type the command again.
idle-hint = Nothing is in progress. Type /trogiup to see the commands.
stranger-hint = You are not registered yet. Type /start followed by the invite code from the campaign secretariat, for example: /start AB7K9XQM
dialog-expired = { $command } expired because there was no answer for a while. Type { $command } to start again.
cancel-done = Cancelled. Nothing was saved.
cancel-nothing = There is nothing in progress to cancel.
command-unknown = There is no command { $command }. Type /trogiup to see the commands you can use.
not-registered = You are not registered, so you cannot use this command yet. Ask your commune's campaign secretariat for an invite code, then type /start <code>.
forbidden-role = { $command } is not available to your role. Type /trogiup to see the commands you can use.
answer-empty = You did not type anything. Please answer the question above, or type /huy to cancel.
answer-too-long = The text is { $length } characters long, more than the { $max } characters allowed. Nothing has been saved. Please shorten it and send it again, or type /huy to cancel.
choice-out-of-range = There is no option with that number. Please choose a number from 1 to { $count }, or type /huy to cancel.
choice-ambiguous = Your answer matches several options. Please type the option's number (1 to { $count }).
choice-unknown = That is not one of the options. Please type its number (1 to { $count }) or its name, or /huy to cancel.
unit-none = (no unit)
option-skip = Skip
option-save = Save
option-cancel = Cancel
due-in-days = { $days ->
        [0] falls on a day off, no working day left before it
        [one] { $days } working day left
       *[other] { $days } working days left
    }
due-today = due today
due-overdue = { $days ->
        [0] overdue
        [one] { $days } working day overdue
       *[other] { $days } working days overdue
    }
deadlines-title = Deadlines:
deadlines-none = • No deadlines yet.
campaign-none = Your organization has no emulation campaign running at the moment.
unit-unknown = No unit matches "{ $query }". Type the unit's name (diacritics optional), for example: van phong.
unit-ambiguous = "{ $query }" matches several units: { $units }. Please be more specific.
unit-not-yours = You can only see and report for your own unit, not { $unit }.

## Roles
role-admin = Campaign secretariat
role-leader = Commune leader
role-head = Unit head
role-member = Officer
role-council = Emulation and Awards Council member

## Commands (one-line descriptions)
cmd-start = Register with an invite code, see the account's details
cmd-trogiup = See the commands available
cmd-huy = Cancel what is in progress
cmd-baocao = Report my unit's progress and KPI values
cmd-tiendo = My unit's progress against targets
cmd-nhiemvu = The campaign's tasks, criteria and deadlines
cmd-xephang = Standings of the units
cmd-moi = Create an invite code for a unit and role
cmd-chiendich = Campaign summary

## /start
start-stranger =
    Hello! This is the assistant for the commune's administrative-reform emulation campaign.
    To use it you need an invite code from your commune's campaign secretariat; then type: /start <code>
    Type /trogiup to see the commands.
start-whoami =
    Name: { $name }
    Unit: { $unit }
    Roles: { $roles }
start-registered = Registration complete. Welcome, { $name }!
start-next = Type /trogiup to see the commands you can use.
start-invite-ok = Valid invite: { $organization } — { $unit }.
start-ask-name = Please type your full name (with Vietnamese diacritics), for example: Nguyễn Thị Hoa.
start-name-invalid = That name is not valid. It needs at least 2 letters (invisible characters and symbols do not count). Please type your full name again, for example: Nguyễn Thị Hoa.
start-name-too-long = The name is { $length } characters long, more than the { $max } allowed. Please type only your full name (without job title or unit), for example: Nguyễn Thị Hoa.
invite-unknown = The invite code { $code } is not valid. Please check each character, or ask the secretariat for a new code.
invite-used = The invite code { $code } has been used up. Please ask the secretariat for a new one.
invite-expired = The invite code { $code } has expired. Please ask the secretariat for a new one.
invite-already-registered = This account is already registered; no invite code is needed.
invite-name-missing = A full name is needed to register. Please type /start <code> again.
code-attempts-exceeded = Too many wrong codes in a row: the bot is not taking codes from this account for now. Please wait { $minutes } minutes and try again, or ask the secretariat to check your code or give you a new one.

## /baocao
report-pick-unit = Which unit are you reporting for?
report-pick-area = Report for { $unit }. Choose a task area:
report-pick-criterion = { $area } — choose a criterion:
report-ask-value = Enter the result for: { $criterion }
report-target = Target: { $target }
report-no-target = This criterion has no numeric target (scored at appraisal).
report-range = Allowed values: from { $min } to { $max }. Both 98,5 and 98.5 are accepted.
report-range-min = Allowed values: { $min } or more. Both 98,5 and 98.5 are accepted.
report-last = Last report: { $value } (on { $date }).
report-first = This is the first report for this criterion.
report-no-unit = Your account is not attached to a unit, so you cannot report yet. Please contact the secretariat.
report-value-not-number = That is not a number. Please type a number, for example: { $example }
report-value-not-percent = This criterion is measured in { $unit }, not as a percentage. Please type the number without %.
report-out-of-range-value = { $value } is outside the allowed range.
report-out-of-range = The value is outside the criterion's allowed range. Please type /baocao again.
report-ask-note = A note to go with it (optional), e.g. where the figure comes from. Type it, or choose Skip.
report-note-none = (none)
report-confirm =
    Please confirm:
    • Unit: { $unit }
    • Criterion: { $criterion }
    • Result: { $value }
    • Note: { $note }
    • Evidence: { $files ->
        [0] none
        [one] 1 file
       *[other] { $files } files
    }
report-cancelled = Cancelled; the report was not saved.
report-none-before = none
report-saved = Report saved. { $criterion }: { $before } → { $after }.
report-points = Criterion points (provisional): { $points }/{ $max }.
report-points-manual = This criterion is scored at appraisal.
report-unit-standing = { $unit } now has { $score }/100 points, rank { $rank } of the { $count } units with results.
report-forbidden-unit = You can only report for your own unit.
report-criterion-gone = This criterion is no longer part of the campaign (the plan was just updated). Please type /baocao again.
report-saved-late = The campaign closed on { $date }: this report is late and counts in the standings only once { $office } accepts it.
report-criterion-held = This criterion is a commune-wide target reported by { $unit }; other units do not report it. Type /nhiemvu to see your unit's criteria.
report-unit-gone = This unit no longer takes part in the campaign. Please type /baocao again.

## /tiendo, /nhiemvu
progress-no-unit = Your account is not attached to a unit. Type /tiendo <unit name> to see a unit.
progress-title = Progress of { $unit } — { $campaign }
target-none = not numeric
target-at-least = { $value } or more
target-at-most = at most { $value }
progress-line = • { $criterion }: { $value } / target { $target } — { $points }/{ $max } points (reported { $date })
progress-line-missing = • { $criterion }: not reported (target { $target })
progress-all-reported = Every criterion has been reported.
progress-missing = { $missing } of { $total } criteria not reported yet. Type /baocao to report.
tasks-title = Tasks of { $unit } — { $campaign }
tasks-criterion = • { $criterion } — target { $target }, up to { $points } points
tasks-hint = Type /baocao to report results, /tiendo to see progress.
tasks-points-default = Points of each criterion: default, the plan does not say.
tasks-targets-default = Target of each criterion: default, the plan does not say.
tasks-targets-points-default = Target and points of each criterion: default, the plan does not say.
tasks-all-default = The plan lists no tasks or criteria: every task, criterion, target and point below is a default.
tasks-criterion-held =    ↳ A commune-wide target, reported once by { $unit }; other units neither report nor are scored on it.

## /xephang
standings-title = Standings — { $campaign }
standings-provisional = (Provisional: from the units' own reports, not yet appraised.)
standings-line = { $rank }. { $unit } — { $score } points — { $grade }{ $change ->
        [none] {""}
       *[other] {" "}— { $change }
    } — reported { $reported }/{ $total } criteria
standings-empty = No units take part in the campaign yet.
standings-change-new = ranked for the first time
standings-legend = ▲ moved up, ▼ moved down, = same rank as in the previous standings.
standings-legend-first = These are the first standings; from the next ones on, ▲ marks a move up, ▼ a move down, = the same rank.
standings-unreported = not reported
standings-unreported-title = No criterion reported yet, so neither ranked nor graded ({ $count } units):
standings-area-unreported-title = Nothing reported in this task area, so not ranked ({ $count } units):

## /trogiup
help-title = Commands you can use:
help-title-stranger = You are not registered. Commands you can use:

## /moi
invite-pick-unit = Which unit is the invite for?
invite-no-unit = No unit (leaders, council)
invite-pick-role = Which role will the invited person have?
invite-created = Invite code: { $code } — { $role }, { $unit }. Single use, expires on { $expires }.
invite-how-to-use = The invited person types /start { $code } in the chat with the bot.
invite-usage = Usage: /moi <unit name> <role>, for example: /moi van phong head. Roles: { $roles }. Or just type /moi and choose step by step.
invite-unit-needed = This role needs a unit. Please choose one.
invite-unit-foreign = This unit does not belong to your organization.

## /chiendich
campaign-title = { $title } — { $organization }
campaign-basis = Legal basis: { $basis }
campaign-period = Period: { $from } to { $to }
campaign-offices = Launched by: { $organising }. Secretariat: { $lead }
campaign-scope = { $units } units, { $areas } task areas, { $criteria } criteria
campaign-members = Registered: { $registered }/{ $members } members
campaign-reports = Reports: { $reports }, { $reported }/{ $units } units have reported
campaign-not-reported = Not reported yet: { $units }
campaign-quotas-title = Award quotas:
campaign-quota = • { $kind ->
        [COLLECTIVE] Collective
       *[INDIVIDUAL] Individual
    }: { $award } — { $count ->
        [none] the plan sets no number
       *[other] at most { $count }
    }{ $level ->
        [HIGHER] {""}; proposed by the commune, decided by { $decider }
       *[other] {""}
    }
campaign-dossier-title = The award dossier consists of:
value-default = { $value } (default: the plan does not say)
campaign-closes = Reports and self-scores are taken until the end of { $date }; after that they are late.
campaign-closed = The campaign closed on { $date }. Reports and self-scores sent after that day are late and count only once { $office } accepts them.
campaign-late-pending = Late items waiting: { $reports } reports, { $scores } self-scores. Type /thamdinh to accept or reject them.
campaign-council = Council: a valid meeting needs { $quorum } of its members; a nomination passes with { $threshold } agreeing
campaign-grades = Grades: { $bands }
campaign-grade-band = { $label } from { $min } points
campaign-grade-band-last = { $label } below { $max } points

## Console channel
console-banner = Thi đua CCHC assistant — terminal mode. Type /trogiup for commands, :ai to list demo members, :la <name> to switch user, :khach to become an unregistered visitor, :tep <path> to send a file.
console-you-are = You are: { $name } — { $unit }
console-visitor = You are an unregistered visitor. Type /start <code> to register.
console-options-hint = (Type the option's number or name; /huy to cancel.)
console-unknown = There is no console command { $command }. Use :ai, :la <name>, :khach or :tep <path>.
console-members-title = Demo members:
console-members-hint = Type :la <name> to switch user (diacritics optional, e.g. :la tu).
console-switch-usage = Usage: :la <member name>, for example :la truong anh tu
console-switch-unknown = No member matches "{ $name }". Type :ai to see the list.
console-switch-ambiguous = Several members match: { $names }. Please be more specific.

## Start-up (main)
main-no-channel = No channel (Telegram, Zalo) is configured in .env, so the bot has nothing to run. See .env.example, or try it in the terminal: npm run demo
# Start-up and configuration errors: shown in Vietnamese, then English (src/startup.ts, src/config.ts).
startup-failed = The bot could not start: { $detail }. Run again with LOG_LEVEL=debug for the details.
startup-database-unreachable = Cannot reach the database { $url } (DATABASE_URL; error: { $reason }). Check that the PostgreSQL server is running, and the host, port, user name and password in DATABASE_URL.
startup-folder-unwritable = The bot cannot write to the folder { $folder } ({ $variable }; error: { $reason }). Set { $variable } in .env to a folder the bot's user can write to, or allow it to write to this one.
startup-port-in-use = Port { $port } on { $host } is already used by another program. Stop that program, or set HTTP_PORT in .env to another port (such as 8081).
startup-port-denied = The bot may not open port { $port } on { $host } (ports below 1024 need administrator rights). Set HTTP_PORT in .env to 1024 or above, such as 8080.
demo-campaign-unreadable = Cannot read the campaign file { $file } (DEMO_CAMPAIGN; error: { $reason }). Correct DEMO_CAMPAIGN to the path of a .yaml file, or leave it blank for the sample campaign.
config-invalid = Invalid configuration: fix .env (see .env.example) and run again.
config-database-url = must be a SQLite file URL such as file:./data/thidua.db, or a PostgreSQL URL such as postgresql://thidua:secret@127.0.0.1:5432/thidua
config-log-level = use one of fatal, error, warn, info, debug, trace, silent (default info)
config-default-locale = use vi (Vietnamese) or en (English)
config-file-store-dir = use the path of a folder, such as data/files
config-dialog-timeout = use a whole number of minutes above 0, such as 30
config-outbox-lease = use a whole number of seconds, at least 1, such as 300
config-document-template-dir = use the path of the folder holding your own document templates, such as data/templates (leave empty for the shipped ones)
config-telegram-token = looks wrong: copy the whole token BotFather gave, like 123456789:AA…
config-telegram-api-root = must be a URL such as http://127.0.0.1:8081 (a self-hosted Bot API server)
config-telegram-webhook-url = must be the public https URL Telegram should call, such as https://bot.example.vn/telegram
config-telegram-webhook-secret = use 16 to 256 characters from A-Z, a-z, 0-9, _ and -
config-telegram-webhook-secret-required = required with TELEGRAM_WEBHOOK_URL, so that only Telegram can call the webhook
config-zalo-token = looks wrong: copy the whole token Zalo Bot Manager gave, like 12345689:abc-xyz
config-zalo-api-root = must be a URL such as https://bot-api.zaloplatforms.com
config-zalo-webhook-url = must be the public https URL Zalo should call, such as https://bot.example.vn/zalo
config-zalo-webhook-https = Zalo calls https webhooks only: use an https:// URL
config-zalo-webhook-secret = use 8 to 256 visible ASCII characters (letters, digits, punctuation; no spaces)
config-zalo-webhook-secret-required = required with ZALO_WEBHOOK_URL, so that only Zalo can call the webhook
config-zalo-quota = use a whole number of messages above 0, such as 3000
config-public-base-url = must be the public https address of this bot's HTTP server, such as https://bot.example.vn
config-http-port = use a port number from 1 to 65535, such as 8080
config-http-host = use an address to listen on, such as 0.0.0.0 (all addresses) or 127.0.0.1
config-outbox-rate = use a number of messages a second above 0 and at most 30 (Telegram allows about 30)

## Campaign files (campaign-file/)
# Errors in a campaign file: each sentence names the file, the line and the field.
cf-error-yaml = { $file }, line { $line }, column { $column }: YAML syntax error — { $code ->
        [DUPLICATE_KEY] a key is given twice in the same entry.
        [TAB_AS_INDENT] indented with Tab; indent with spaces.
        [BAD_INDENT] the indentation does not match the lines at the same level.
        [MISSING_CHAR] a closing quote or bracket is missing.
        [MULTILINE_IMPLICIT_KEY] a colon ":" is missing after a key, or a value runs onto the next line.
        [UNEXPECTED_TOKEN] a character is out of place; check colons, list dashes and indentation.
        [BLOCK_AS_IMPLICIT_KEY] a character is out of place; check colons, list dashes and indentation.
       *[other] not valid YAML ({ $code }).
    }
cf-error-root = { $file }, line { $line }: the file must be a "key: value" map starting with organization, campaign, units, task_areas…
cf-error-required = { $file }, line { $line }: the required field "{ $field }" is missing.
cf-error-type = { $file }, line { $line }: "{ $field }" must be { $expected ->
        [string] text
        [number] a number
        [int] a whole number
        [boolean] true or false
        [array] a list
        [object] a "key: value" map
       *[other] of type { $expected }
    }.
cf-error-enum = { $file }, line { $line }: "{ $field }" must be one of: { $allowed }.
cf-error-unknown-key = { $file }, line { $line }: the key "{ $field }" is not part of the campaign file format. Check the spelling; if a value inside {"{ }"} contains a comma, put that value in double quotes.
cf-error-empty-list = { $file }, line { $line }: the list "{ $field }" needs at least one entry.
cf-error-too-small = { $file }, line { $line }: "{ $field }" must be at least { $min }.
cf-error-too-big = { $file }, line { $line }: "{ $field }" must be at most { $max }.
cf-error-invalid = { $file }, line { $line }: the value of "{ $field }" is not valid.
cf-error-empty-text = { $file }, line { $line }: "{ $field }" must not be empty.
cf-error-slug = { $file }, line { $line }: the code "{ $field }" may use only lower-case a-z, digits and hyphens, for example kim-phuong-2025.
cf-error-code = { $file }, line { $line }: the code "{ $field }" may use only unaccented letters, digits, "_" and "-", for example THE_CHE.
cf-error-time = { $file }, line { $line }: "{ $field }" must be a time written HH:MM, for example "07:30".
cf-error-date = { $file }, line { $line }: "{ $field }" holds "{ $value }", which is not a real date; write dates as "dd/mm/yyyy", for example "05/12/2025".
cf-error-period = { $file }, line { $line }: the end date "{ $field }" must be on or after the start date.
cf-error-quota-decider = { $file }, line { $line }: a form with decided_by: higher must name who decides in "{ $field }", e.g. decider: Chủ tịch UBND thành phố.
cf-error-share = { $file }, line { $line }: "{ $field }" is a share above 0 and at most 1, for example 0.7 for 70 %.
cf-error-positive = { $file }, line { $line }: "{ $field }" must be greater than 0.
cf-error-cron = { $file }, line { $line }: "{ $field }" is not a valid cron schedule; "0 8 * * 1" means Mondays at 08:00.
cf-error-working-hours = { $file }, line { $line }: the end time "{ $field }" must come after the start time.
cf-error-duplicate = { $file }, line { $line }: the code "{ $code }" at "{ $field }" repeats "{ $first }"; each code may be used once.
cf-error-points-sum = { $file }, line { $line }: the criteria in "{ $field }" add up to { $sum } points; they must add up to exactly 100.
cf-error-target-required = { $file }, line { $line }: the target "{ $field }" is missing; only scoring: manual may leave it out.
cf-error-target-range = { $file }, line { $line }: the target "{ $field }" ({ $target }) must lie between min and max ({ $min } – { $max }).
cf-error-min-max = { $file }, line { $line }: "{ $field }" ({ $max }) must be greater than min ({ $min }).
cf-error-grade-order = { $file }, line { $line }: grade bands go from highest to lowest; "{ $field }" must be below the band above it.
cf-error-grade-last = { $file }, line { $line }: the last grade band must have min 0 ("{ $field }").
cf-error-unknown-unit = { $file }, line { $line }: "{ $field }" names the unit "{ $unit }", which is not in units (known codes: { $known }).
cf-error-default-path = { $file }, line { $line }: "{ $value }" in defaults names nothing in the file. Write paths such as council.quorum, deadlines.NOP_HO_SO, criteria.DUNG_HAN.points (* for every item: criteria.*.points).
cf-error-closes-on = { $file }, line { $line }: the closing day (closes_on) must be on or after the start of the period (period.from).
cf-error-elig-grade = { $file }, line { $line }: "{ $field }": a check: grade_at_least criterion needs a grade (e.g. grade: TOT); other checks take none.
cf-error-elig-combine = { $file }, line { $line }: "{ $field }" needs exactly one of all_of (all met) or any_of (at least one met).
cf-error-elig-source = { $file }, line { $line }: "{ $field }" needs its source: where (the plan's section, e.g. "II.3 a)") or default: true when the plan sets none, not both.
cf-error-elig-duplicate = { $file }, line { $line }: the criterion code "{ $code }" repeats in "{ $field }"; use each code once.
cf-error-elig-individual-unit = { $file }, line { $line }: "{ $field }" is for individuals but "{ $code }" reads the unit's scores or rank; individuals are not judged on their unit's grade.
cf-error-elig-form = { $file }, line { $line }: "{ $field }" names the award form "{ $form }", which award_quotas does not have (known codes: { $known }).
cf-error-elig-band = { $file }, line { $line }: "{ $field }" needs the grade "{ $grade }", which grade_bands does not have.
cf-error-campaign-other-org = The campaign code "{ $campaign }" already belongs to the organization "{ $organization }"; choose another campaign code.
# npm run campaign
cf-usage =
    Usage: npm run campaign -- <command>
      import <file.yaml>       Check a campaign file and load it into the database
      list                     List the campaigns loaded
      show <campaign code>     Show one campaign in detail
      invite --campaign <campaign code> --role <role> [--unit <unit code or name>] [--member <member code>]
                               Create an invite code for the bot, valid for 7 days.
                               Roles: ADMIN, LEADER, HEAD, MEMBER, COUNCIL; HEAD and MEMBER need --unit.
      invite --city <city code> [--role ADMIN|LEADER]
                               An invite for the city level: compare and export the communes' standings.
      documents <campaign code> [--unit <unit code or name>] --out <folder>
                               Write the set of drafted documents (Word) into a folder, to print in bulk.
    Example: npm run campaign -- invite --campaign kim-phuong-2025 --unit "van hoa" --role HEAD
cf-unexpected = Unexpected error: { $detail }
cf-import-invalid = { $file } has { $count } errors; nothing was written to the database. Fix these and import again:
cf-import-migrated = Database structure updated: { $names }
cf-import-done = Imported campaign { $campaign } of { $organization }:
cf-import-row = { $entity ->
        [organization] Organization
        [campaign] Campaign
        [units] Units
        [taskAreas] Task areas
        [criteria] Criteria
        [awardQuotas] Award quotas
        [dossierDocKinds] Dossier documents
        [deadlines] Deadlines
        [members] Members
       *[other] { $entity }
    }: { $created } new, { $updated } updated, { $unchanged } unchanged, { $removed } taken out of the campaign, { $kept } kept because records use them
cf-list-empty = No campaigns yet. Load one with: npm run campaign -- import campaigns/<file>.yaml
cf-list-row = { $code } · { $title } · { $organization } · { $from } – { $to } · { $status }
cf-status = { $status ->
        [DRAFT] draft
        [ACTIVE] running
        [REVIEW] under review
        [CLOSED] closed
       *[other] { $status }
    }
cf-not-found = There is no campaign with the code "{ $code }". See the codes with: npm run campaign -- list
cf-show-title = { $title } ({ $code })
cf-show-organization = Organization: { $organization } (code { $code })
cf-show-organising-office = Launched by: { $office }
cf-show-legal-basis = Legal basis: { $legalBasis }
cf-show-lead-office = Secretariat: { $leadOffice }
cf-show-period = Period: { $from } – { $to }; status: { $status }
cf-show-units = Participating units ({ $count }):
cf-show-unit = { $code }: { $name }
cf-show-task-areas = Task areas and criteria ({ $points } points in all):
cf-show-task-area = { $index }. { $title }
cf-show-criterion = { $title }: target { $target }; { $points } points; { $scoring ->
        [LINEAR] scored in proportion to the target
        [THRESHOLD] points only when the target is met
       *[other] { $scoring }
    }
cf-show-criterion-manual = { $title }: { $points } points; scored by the appraiser
cf-show-quotas = Awards:
cf-show-quota = { $title } — { $nominee ->
        [COLLECTIVE] collectives
       *[INDIVIDUAL] individuals
    }: { $max ->
        [none] the plan sets no number
       *[other] at most { $max }
    }; { $level ->
        [HIGHER] proposed to { $decider }, who decides
       *[other] decided by the commune's chairman
    }
cf-show-documents = Award dossier:
cf-show-document = { $title }{ $required ->
        [yes] {""}
       *[no] {" "}(optional)
    }
cf-show-deadlines = Deadlines:
cf-show-deadline = { $due }: { $title }
cf-show-members = Members ({ $count }):
cf-show-member = { $name } · { $roles } · { $place } · code { $code }
cf-show-member-plain = { $name } · { $roles } · code { $code }
cf-show-none = (none yet)
cf-show-closes = Reports taken until the end of: { $date }
cf-show-closed = Closed at: { $at }
cf-invite-done = Invite code: { $code } ({ $role }, { $unit }), valid until { $expires }. The invited person sends this code to the bot to join.
cf-invite-done-no-unit = Invite code: { $code } ({ $role }), valid until { $expires }. The invited person sends this code to the bot to join.
cf-invite-role-unknown = There is no role "{ $role }"; choose one of: { $allowed }.
cf-invite-unit-needed = The role { $role } belongs to a unit: add --unit <unit code or name>.
cf-invite-unit-unknown = No unit matches "{ $query }". Units: { $units }
cf-invite-unit-ambiguous = "{ $query }" matches several units: { $units }. Be more specific or use the unit code.
cf-invite-member-unknown = This campaign declares no member with the code "{ $code }".
cf-documents-actor = Secretariat (command line)
cf-documents-out-not-folder = { $path } is a file, not a folder. Choose a folder (created when missing), for example: --out documents
cf-documents-written = Wrote { $path } ({ $label })
cf-documents-failed = Could not draft { $label }: { $reason }
cf-documents-done = Done: { $count } documents in the folder { $folder }.
cf-documents-none = The campaign { $campaign } has no document to draft yet (nobody has been proposed for an award).
cf-documents-none-unit = { $unit } has no document to draft yet (the unit has proposed nobody).
cf-file-unreadable = Cannot read the file { $file } ({ $detail }). Check the path, for example campaigns/kim-phuong-2025.yaml.

## Files, dossier, groups
file-no-dialog = The bot does not know what this file is for. Type /nophoso to file an award dossier document, or /baocao to report with evidence.
file-not-expected = No file is needed at this step. Please answer the question above, or type /huy to cancel.
file-too-big = The file is larger than { $maxMb } MB, so the bot cannot receive it. Please compress or split it, or photograph the main pages and send again.
file-type-refused = "{ $name }" was not accepted: only PDF, Word (DOC, DOCX), Excel (XLS, XLSX), ODT, ODS and photos are. Please save it as PDF and send again.
file-duplicate = This file was already sent (on { $date }); no need to send it again.
group-private-only = { $command } works only in a private chat with the bot, so that your information is not shown to the whole group.
group-not-linked = This group is not linked to a campaign. The secretariat declares it in the campaign file (group_chats).
standings-chart-title = Administrative reform emulation standings
standings-chart-provisional = provisional
cmd-nophoso = File an award dossier document for my unit
cmd-hoso = My unit's award dossier: filed, missing, deadline
dossier-title = Award dossier — { $unit }
dossier-item-in = ✓ { $kind }: { $name } (filed { $date } by { $by })
dossier-item-missing = ✗ { $kind }: missing
dossier-item-optional = ○ { $kind }: missing (optional)
dossier-count = { $filed } of { $total } documents filed.
dossier-no-unit = Your account is not attached to a unit. The secretariat adds a unit name, for example: /hoso tu phap.
dossier-no-kinds = This campaign lists no dossier documents. Please contact { $office }.
dossier-pick-kind = Dossier of { $unit }. Choose the document (✓ = already filed):
dossier-ask-file = Send the { $kind } file (PDF, Word, Excel, ODT/ODS, or a photo of the signed page), up to 20 MB.
dossier-ask-file-photo-only = This app cannot send documents to the bot. Photograph the signed page of { $kind } and send the photo, or file it through the bot on Telegram.
dossier-will-add = { $name } is already filed: the file you send becomes the latest version; the old one is kept.
dossier-need-file = This step needs a file or a photo. Please send one, or type /huy to cancel.
dossier-need-photo = This step needs a photo. Please send one, or type /huy to cancel.
dossier-file-fallback-name = dossier
dossier-received = Received { $name } for { $kind }.
dossier-get-hint = Choose a document to download:
dossier-sent = File { $name }:
dossier-forbidden-unit = You can only file and download your own unit's dossier.
dossier-kind-gone = This document is no longer part of the campaign's dossier. Please type /nophoso again.
dossier-document-gone = This document was not found. Please type /hoso again.
dossier-item-unconfirmed = ◐ { $kind }: { $name } (filed { $date } by { $by }), awaiting the head's confirmation
dossier-per-nominee-head = { $kind } (one for each collective and individual proposed):
dossier-per-nominee-none = nobody proposed yet: type /denghi to propose, then file one for each collective and individual.
dossier-nominee-collective = Collective: { $unit }
dossier-pick-nominee = { $kind }: for which collective or individual? (✓ = already filed)
dossier-no-nominees = Your unit has not proposed anyone for an award yet. Type /denghi first, then file { $kind } for each collective and individual proposed.
dossier-nominee-gone = This nomination no longer stands (withdrawn or not reviewed). Please type /nophoso again.
cmd-vanban = Download drafted documents (Word): submission, achievement report, minutes, award decision
documents-pick = Drafted documents of { $campaign }. Choose one to download (a Word file to edit and sign):
documents-none = There is no document for you to download yet: your unit has proposed nobody, or your role does not draft these documents. Type /denghi to propose an award, or contact the emulation secretariat.
documents-gone = This document is no longer in your list (the nomination was withdrawn or your role changed). Please type /vanban again.
documents-ready = { $document }: file { $name }. Check it and fill in the parts left blank before it is signed.
documents-sign-and-file = Once signed and stamped: scan it (PDF) or photograph it, then type /nophoso to file it in the dossier.
dossier-awaiting-confirm = This report needs the unit head's confirmation: the head types /hoso and chooses "Confirm".
dossier-get-or-confirm-hint = Choose a report to confirm, or a document to download:
dossier-confirm-label = Confirm: { $kind }
dossier-confirmed = Report confirmed. Type /hoso to see the dossier again.
dossier-confirm-head-only = Only the unit's head can confirm its achievement reports.
dossier-already-confirmed = { $name } is already confirmed by the unit's head.
report-ask-evidence = Send supporting evidence (photos, PDF, Word, Excel), several files if needed; or choose Skip.
report-ask-evidence-photo-only = Send photos of the supporting evidence (several if needed), or choose Skip.
report-evidence-received = Received { $name } ({ $count } in all). Send more, or choose Done.
report-evidence-need-file = This step takes evidence files or photos. Send one, or choose Skip / Done.
report-evidence-fallback-name = evidence
option-done = Done
invite-link = Or open this link: { $link }
console-file-usage = Usage: :tep <file path>, for example :tep ~/Documents/to-trinh.pdf
console-file-missing = Cannot open the file "{ $path }". Please check the path.

## Telegram
tg-rate-limited = You are sending messages too fast. Please wait about 10 seconds before sending more; messages sent meanwhile are not handled.
tg-not-yours = This button belongs to someone else's question.
tg-unsupported = The bot reads text messages, commands, buttons, documents and photos only. Type /trogiup to see the commands.
tg-options-type-number = (Type the number or the name of an option; /huy to cancel.)
tg-chosen = ✔ { $label }
console-image-note = (With a chart picture — visible on Telegram.)
console-document-saved = (File { $name } saved at: { $path })
console-document-unsaved = (Could not save { $name } in the folder { $dir }: { $reason }. Check that the folder can be written to and try again.)
console-announcement = 📣 Posted to the campaign's group:
    { $text }

## Self-scoring, appraisal, violations, standings by task area
cmd-chamdiem = Self-score the criteria of your unit
cmd-thamdinh = Appraise the units' self-scores
cmd-vipham = Record a breach of administrative discipline
score-no-unit = Your account is not linked to a unit, so you cannot self-score yet. Please contact the campaign secretariat.
score-pick-unit = Self-score for which unit?
score-pick-area = Self-scoring for { $unit }. Choose a task area:
score-pick-criterion = { $area } — choose a criterion:
score-option = { $title } — { $status }
score-status-done = scored
score-status-todo = not scored
score-status-partial = scored { $done }/{ $total }
score-detail-title = Self-score: { $criterion } (at most { $max } points)
score-detail-target = • Target: { $target }
score-detail-no-target = • Target: not measurable
score-detail-report = • Latest reported result: { $value } (on { $date })
score-detail-no-report = • No result reported for this criterion yet (/baocao).
score-detail-proposal = • Points proposed from the reported result: { $points }/{ $max }
score-detail-proposal-manual = • This criterion is not scored automatically: the unit self-scores, the secretariat appraises.
score-detail-evidence = • Evidence: { $count ->
        [0] none yet
        [one] 1 file
       *[other] { $count } files
    }
score-detail-self = • Self-score: { $points }/{ $max } (on { $date })
score-detail-explanation = • Explanation, note: { $text }
score-detail-appraised = • Appraisal: { $points }/{ $max } — reason: { $reason }
score-detail-appraised-agreed = • Appraisal: { $points }/{ $max } (agrees with the self-score)
score-ask-points = Enter the self-score, from 0 to { $max } (10,5 or 10.5 both work).
score-points-not-number = That is not a number. Please type a number from 0 to { $max }, for example: { $example }
score-out-of-range = Points must be between 0 and { $max }. Please enter them again.
score-ask-explanation = This criterion has no evidence yet, so a written explanation is required: what the score rests on and why there is no evidence. If you have evidence, type /huy and attach it with /baocao.
score-ask-note = This criterion has { $count } evidence file(s). Add a note to the self-score (optional): type it, or choose Skip.
score-confirm =
    Confirm the self-score:
    • Unit: { $unit }
    • Criterion: { $criterion }
    • Self-score: { $points }/{ $max }
    • Explanation, note: { $note }
score-cancelled = Cancelled; the self-score was not saved.
score-saved = Self-score saved. { $criterion }: { $points }/{ $max }.
score-unit-total = Provisional total of { $unit }: { $score }/100 ({ $grade }), ranked { $rank } of the { $count } units with results. The appraised scores are the official ones.
score-already-appraised = This criterion was appraised on { $date } and cannot be self-scored again. If you disagree, please contact the campaign secretariat.
score-explanation-needed = This criterion has no evidence, so it needs a written explanation. Please type /chamdiem again and enter one.
score-forbidden-unit = You can only self-score your own unit.
score-criterion-gone = This criterion is no longer part of the campaign (the plan was just updated). Please type the command again.
score-saved-late = The campaign closed on { $date }: this self-score is late and counts only once { $office } accepts it.
score-criterion-held = This criterion is a commune-wide target held by another unit; this unit is not scored on it. Type the command again and choose another criterion.
score-closed-kept = The campaign has closed; the self-score given on time on { $date } stands and can no longer be changed. If it needs changing, ask the secretariat to consider it when appraising.
late-forbidden = Only the secretariat decides on late items.
late-already-decided = This late item has already been decided or is gone.
score-unit-gone = This unit no longer takes part in the campaign. Please type the command again.
appraise-pick-unit = Appraise the self-scores of which unit?
appraise-unit-option = { $unit } — self-scored { $self }/{ $total }, appraised { $appraised }/{ $total }
appraise-pick-criterion = Appraisal of { $unit } ({ $done }/{ $total } criteria appraised). Choose a criterion, or choose Done:
appraise-criterion-option = { $criterion } — self-score: { $self }, appraisal: { $appraised } (at most { $max })
appraise-none = none
appraise-detail-title = Appraisal: { $criterion } — { $unit } (at most { $max } points)
appraise-no-self = • The unit has not self-scored this criterion.
appraise-accept = Agree with the self-score ({ $points })
appraise-adjust = Adjust
appraise-ask-points = Enter the appraised points, from 0 to { $max } (10,5 or 10.5 both work).
appraise-ask-reason = Enter the reason for the adjustment (required; the unit sees it in /chamdiem).
appraise-ask-reason-optional = These points equal the self-score. Add a note (optional): type it, or choose Skip.
appraise-saved = Appraised { $criterion } of { $unit }: { $points }/{ $max } (adjusted from the self-score).
appraise-saved-accepted = Appraised { $criterion } of { $unit }: { $points }/{ $max } (agrees with the self-score).
appraise-finished = Appraisal session ended. Type /xephang to see the standings.
appraise-self-late = { $points } (late)
appraise-self-late-note = • This self-score came after the campaign closed: the appraisal is the secretariat's decision on this criterion.
appraise-late-option = Late items waiting ({ $count })
appraise-late-title = Items sent after { $date } (the campaign has closed); they count only once accepted: { $count }. Choose one:
appraise-late-report = Report · { $unit } · { $criterion }: { $value } ({ $date })
appraise-late-score = Self-score · { $unit } · { $criterion }: { $points }/{ $max } points ({ $date })
appraise-late-ask =
    { $item }
    Accept it into the standings, or reject it?
appraise-late-accept = Accept
appraise-late-reject = Reject
appraise-late-accepted = Accepted: { $item }. It now counts in the standings.
appraise-late-rejected = Rejected: { $item }. It does not count.
appraise-late-none = No late items are waiting.
appraisal-forbidden = Only the campaign secretariat can appraise scores.
appraisal-no-self-score = The unit has not self-scored this criterion, so there is nothing to agree with. Please choose Adjust and enter the appraised points with a reason.
appraisal-reason-needed = The appraised points differ from the self-score, so a reason for the adjustment is required.
violation-list-title = Breaches of administrative discipline recorded in the campaign:
violation-list-line = • { $date } — { $target }: { $reason } (recorded by { $by })
violation-list-empty = No breach has been recorded in the campaign.
violation-target-unit = { $name } (collective)
violation-target-member = { $name } (individual)
violation-ask-target = Record a breach for which unit or person? Type the name (diacritics optional), for example: tu phap.
violation-target-unknown = No unit or person matches "{ $query }". Please type the name again (diacritics optional), or type /huy to cancel.
violation-pick-target = "{ $query }" matches several units and people. Choose one:
violation-ask-reason = Type what the breach by { $target } was, for example the conclusion document, the disciplinary measure.
violation-ask-date = Day of the breach (day/month/year, for example { $today }), or choose Today.
violation-today = Today
violation-date-invalid = That is not a date. Please type day/month/year, for example: { $example }, or choose Today.
violation-date-future = The day of the breach cannot be after today. Please enter it again.
violation-date-outside = The day of the breach must fall within the campaign, from { $from } to { $to }. Please enter it again.
violation-confirm =
    Confirm the breach:
    • { $target }
    • What happened: { $reason }
    • Day: { $date }
    Once recorded, { $name } cannot be nominated for an award in this campaign.
violation-cancelled = Cancelled; no breach was recorded.
violation-saved = Recorded the breach by { $target } on { $date }.
violation-forbidden = Only the campaign secretariat can record breaches.
violation-reason-needed = Please describe the breach.
violation-target-gone = This unit or person is no longer on the list. Please type /vipham again.
standings-area-title = Standings in "{ $area }" — { $campaign }
standings-area-line = { $rank }. { $unit } — { $score } points — overall grade: { $grade } — reported { $reported }/{ $total } criteria
standings-area-legend = Task area points are scaled to 100; the grade is the unit's overall grade in the campaign.
standings-area-unknown = No task area matches "{ $query }". The task areas: { $areas }. Type /xephang <task area> (diacritics optional), for example: /xephang the che.
standings-area-ambiguous = "{ $query }" matches several task areas: { $areas }. Please be more specific.
standings-area-gone = This task area is no longer part of the campaign. Type /xephang for the overall standings.

## Initiatives and award nominations (/sangkien, /denghi)
cmd-sangkien = Submit an initiative, see whether mine are recognised
cmd-denghi = Nominate my unit or its people for an award
initiative-status = { $status ->
        [RECOGNISED] Recognised
        [DECLINED] Not recognised
       *[SUBMITTED] Awaiting a decision
    }
initiative-intro = You have not submitted any initiative in this campaign yet.
initiative-mine-title = Your initiatives ({ $count }):
initiative-mine-line = • { $title } (submitted { $date }): { $status }
initiative-mine-note = The secretariat's note: { $note }
initiative-mine-recognition = Recognised by { $by }, Decision No. { $number } of { $date }
initiative-new-hint = Choose "Submit a new initiative" to add one.
initiative-option-new = Submit a new initiative
initiative-pending-title = Initiatives awaiting a decision ({ $count }). Choose one to read and decide:
initiative-pending-none = No initiative is awaiting a decision.
initiative-pending-option = { $title } — { $author }
initiative-ask-title = Type the initiative's title ({ $min } to { $max } characters), e.g. Digitising civil status records kept since 2015.
initiative-title-length = The title needs { $min } to { $max } characters (it has { $length }). Please type it again.
initiative-ask-summary = Summarise the initiative and what it achieves ({ $min } to { $max } characters).
initiative-summary-length = The summary needs { $min } to { $max } characters (it has { $length }). Please type it again.
initiative-ask-file = Send a file describing the initiative (PDF, Word or a photo) if you have one; or choose Skip.
initiative-need-file = This step takes a file or photo describing the initiative. Send one, or choose Skip.
initiative-file-fallback-name = initiative
initiative-file-no-unit = Your account is not linked to a unit, so a file cannot be attached. Please submit the initiative without a file.
initiative-no-file = no file
initiative-confirm =
    Submit this initiative?
    • Title: { $title }
    • Summary: { $summary }
    • File: { $file }
initiative-option-send = Submit
initiative-cancelled = Cancelled; the initiative was not submitted.
initiative-submitted = Initiative "{ $title }" submitted. The secretariat will decide on it; type /sangkien to see the outcome.
initiative-detail =
    Initiative: { $title }
    • Author: { $author } ({ $unit })
    • Submitted: { $date }
    • Summary: { $summary }
    • File: { $file }
initiative-ask-decision = Recognise this initiative?
initiative-option-recognise = Recognise
initiative-option-decline = Do not recognise
initiative-ask-recognised-by = A recognised initiative needs a decision by a competent level. Which level or office recognised it? E.g. Chủ tịch UBND xã
initiative-recognised-by-length = The recognising level or office needs { $min } to { $max } characters ({ $length } now), e.g. Chủ tịch UBND xã. Please type it again.
initiative-ask-decision-number = Type the number of the recognition decision, e.g. 45/QĐ-UBND
initiative-recognition-required = Recognising an initiative needs the recognising level and the decision's number and date. Type /sangkien to start again.
initiative-ask-note-optional = Type a note for the author (optional), or choose Skip.
initiative-ask-note-required = Type the reason for not recognising it; the author will see it.
initiative-note-required = Declining an initiative needs a reason the author can read. Please type the reason.
initiative-note-too-long = The note is longer than { $max } characters (it has { $length }). Please shorten it.
initiative-decided = { $status ->
        [RECOGNISED] Recognised
       *[DECLINED] Declined
    } the initiative "{ $title }" by { $author }. The author sees the outcome with /sangkien.
initiative-decide-forbidden = Only the campaign secretariat decides on initiatives.
initiative-gone = This initiative was not found, or has already been decided. Type /sangkien again.
initiative-already-decided = This initiative was decided on { $date }: { $status ->
        [RECOGNISED] recognised
       *[DECLINED] not recognised
    }. Each initiative is decided once.
nomination-status = { $status ->
        [DRAFT] Draft
        [SUBMITTED] Sent to the council
        [IN_REVIEW] Under council review
        [PASSED] Passed by the council
        [FAILED] Not passed by the council
        [APPROVED] Approved for the award
       *[WITHDRAWN] Withdrawn
    }
nomination-nominee = { $kind ->
        [COLLECTIVE] Collective { $unit }
       *[INDIVIDUAL] Individual { $name } ({ $unit })
    }
nomination-no-unit = Your account is not linked to a unit. The secretariat types a unit name too, e.g. /denghi tu phap.
nomination-forbidden-unit = You can nominate only your own unit and its people.
nomination-unit-gone = This unit no longer takes part in the campaign. Please type /denghi again.
nomination-no-quotas = This campaign has no award quotas yet, so no nomination can be made. Please contact { $office }.
nomination-list-title = Award nominations of { $unit }:
nomination-list-line = • { $nominee } — { $form }: { $status } (made { $date })
nomination-list-pick = Choose a nomination to re-check, send to the council or withdraw; or make a new one:
nomination-list-new = Choose "New nomination" to add one:
nomination-list-option = { $nominee }: { $status }
nomination-option-new = New nomination
nomination-ask-kind = Award nomination for { $unit }. For the collective or for an individual?
nomination-kind-option = { $kind ->
        [COLLECTIVE] Collective ({ $unit })
       *[INDIVIDUAL] Individual
    }
nomination-ask-member = Choose the officer of { $unit } to nominate:
nomination-no-members = { $unit } has no officers on the list yet. { $office } adds people with /moi.
nomination-member-not-in-unit = { $name } is not an active officer of { $unit }, so cannot be nominated from it.
nomination-ask-form = Choose the award form:
nomination-form-unknown = The campaign has no quota "{ $form }" for { $kind ->
        [COLLECTIVE] collectives
       *[INDIVIDUAL] individuals
    }. Award forms with a quota: { $forms }.
nomination-duplicate = { $kind ->
        [COLLECTIVE] The collective { $name }
       *[INDIVIDUAL] { $name }
    } already has a nomination for { $form }, made { $date } ({ $status ->
        [DRAFT] draft
        [SUBMITTED] sent to the council
        [IN_REVIEW] under council review
        [PASSED] passed by the council
       *[APPROVED] approved
    }). Each collective or individual has one nomination per award form; type /denghi to see it.
nomination-ask-summary = Short achievement report — { $nominee }: type the main results in administrative reform, { $min } to { $max } characters. The full report goes into the dossier with /nophoso.
nomination-summary-length = The achievement summary needs { $min } to { $max } characters (it has { $length }). Please type it again.
nomination-check-new = Award conditions — { $nominee }:
nomination-check-title = { $nominee } — { $form }: { $status }. Conditions:
nomination-rule-dossier-ok = The dossier has { $filed }/{ $required } required documents.
nomination-ready = All conditions are met. Choose "Send to the council" to pass the nomination to the Emulation and Commendation Council.
nomination-not-ready = Not ready for the council: fix the ✗ items above. You can save a draft, then type /denghi to re-check and send it.
nomination-draft-not-ready = Not ready for the council: fix the ✗ items above, then type /denghi to re-check.
nomination-already-submitted = The nomination is with the council. It can be withdrawn until the council reviews it.
nomination-option-submit = Send to the council
nomination-option-draft = Save draft
nomination-option-withdraw = Withdraw
nomination-option-keep = Leave as it is
nomination-cancelled = Cancelled; nothing was saved.
nomination-saved-draft = The nomination is saved as a draft. Once the issues are fixed, type /denghi to re-check it and send it to the council.
nomination-submitted = The nomination was sent to the Emulation and Commendation Council. Type /denghi to follow its status.
nomination-withdrawn = The nomination was withdrawn.
nomination-kept = The nomination is left as it is.
nomination-gone = This nomination was not found, or has moved on. Type /denghi again.
nomination-not-draft = Only a draft can be sent; this nomination { $status ->
        [SUBMITTED] is already with the council
        [IN_REVIEW] is under council review
        [PASSED] has passed the council
        [FAILED] did not pass the council
        [APPROVED] is approved
       *[WITHDRAWN] was withdrawn
    }.
nomination-withdraw-too-late = This nomination cannot be withdrawn: { $status ->
        [IN_REVIEW] the council is reviewing it
        [PASSED] the council has passed it
        [FAILED] the council has reviewed it
        [APPROVED] it is approved
       *[WITHDRAWN] it was already withdrawn
    }.
award-dossier-incomplete = The dossier is missing { $missingCount } document(s): { $missing }. Type /nophoso to file them.
award-dossier-unconfirmed = Filed but awaiting confirmation by the head of the unit: { $titles }. The head types /hoso and chooses "Confirm".
elig-source-plan = Criteria from the plan, section { $where }:
elig-source-default = Criteria: the plan sets none of its own; judged { $note } (default, not in the plan).
elig-no-criteria = • No criteria of its own; the council judges by the general rules on emulation and commendation.
elig-group = { $title } ({ $combine ->
        [any] at least one
       *[all] all of them
    }):
elig-group-default = The following
elig-item = { $title } — { $state ->
        [met] met
        [not_met] not met
        [awaiting_appraisal] awaiting appraisal
       *[awaiting_confirmation] awaiting confirmation
    }: { $detail }
elig-attest-missing = the head of unit has not attested it. The head opens the saved nomination with /denghi to attest it, with a note or a file as grounds.
elig-attest-unconfirmed = attested by the head of unit, awaiting the secretariat's confirmation.
elig-attest-confirmed = attested by the head of unit and confirmed by the secretariat.
elig-grade-unappraised = { $count } criteria not appraised yet ({ $criteria }{ $more ->
        [0] {""}
       *[other] ; and { $more } more
    }); the grade counts appraised scores only. The secretariat appraises with /thamdinh.
elig-grade-none = the unit has no grade yet; { $needed } or better needed.
elig-grade = graded { $grade } on appraised scores; { $needed } or better needed.
elig-leading-unappraised = { $count } unit(s) not fully appraised yet; ranks count only once every unit's scores are appraised. The secretariat appraises with /thamdinh.
elig-leading = { $rank ->
        [0] the unit has no rank yet
       *[other] the unit ranks { $rank } on appraised scores
    }.
elig-violations = { $count ->
        [0] no disciplinary violation in the period
       *[other] { $count } disciplinary violation(s) in the period
    }.
elig-initiatives = { $count ->
        [0] no recognised initiative yet; submit one with /sangkien
       *[other] { $count } recognised initiative(s)
    }.
nomination-waits-appraisal = The nomination waits for appraisal: only appraised scores count. Awaiting appraisal: { $items }. { $office } appraises with /thamdinh.
nomination-criteria-not-met = { $count } of the plan's criteria not met (the ✗ items above).
nomination-waits-confirmation = { $count } criteria await confirmation by { $office }; once confirmed, it can go to the council.
nomination-wait-hint = You can save a draft, then type /denghi to re-check and send it.
nomination-option-attest = Attest: { $title }
nomination-option-confirm = Secretariat confirms: { $title }
nomination-ask-attest = Attest the criterion: { $title }
    Give the grounds (e.g. number and date of the assessment or recognition), { $min } to { $max } characters; { $files ->
        [photo] or send a photo of the document as grounds.
       *[other] or send the document as grounds (PDF, Word, Excel or a photo), with a caption if you like.
    }
attestation-note-length = The grounds need { $min } to { $max } characters ({ $length } now). Please type them again.
attestation-file-fallback-name = grounds
attestation-file-received = Received the file { $name }.
attestation-ask-more = Add the grounds in words ({ $min } to { $max } characters), or choose "No note".
attestation-option-no-note = No note
attestation-nothing-given = Give the grounds in words or as a file to attest the criterion. Type /denghi again.
attestation-given-note = Grounds: { $note }
attestation-given-file = Grounds file: { $name }
attestation-refusal-line = ↩ Sent back by the secretariat on { $date }, reason: { $reason }
nomination-attested = The head of unit's attestation is recorded for: { $title }
nomination-attested-follow = { $office } will confirm it; type /denghi to follow.
nomination-option-untick = Take back: { $title }
nomination-unticked = Took back the attestation of: { $title }
    When you have the grounds, type /denghi to attest it again.
attestation-nothing-to-withdraw = This criterion no longer awaits the secretariat's confirmation (confirmed or taken back already). Type /denghi again to see.
attestation-review = The head of unit attested on { $date }: { $title }
attestation-ask-decision = Confirm this criterion, or send it back to the head of unit with a reason?
attestation-option-confirm = Confirm
attestation-option-refuse = Send back
attestation-option-later = Later
attestation-review-later = The criterion still awaits confirmation. Type /denghi to see it when needed.
attestation-ask-refusal = Give the reason for sending it back, { $min } to { $max } characters. The head of unit sees it with /denghi.
attestation-refusal-length = The reason needs { $min } to { $max } characters ({ $length } now). Please type it again.
attestation-refused = Sent back the criterion: { $title }
    The head of unit sees the reason with /denghi and attests it again on other grounds.
nomination-none-waiting = No nomination awaits the secretariat's confirmation of a criterion. To see a unit's nominations, type /denghi with the unit's name, e.g. /denghi van hoa.
nomination-waiting-title = Award nominations awaiting the secretariat's confirmation of criteria ({ $count }):
nomination-waiting-line = • { $unit }: { $count ->
        [one] 1 nomination
       *[other] { $count } nominations
    }
nomination-waiting-option = { $unit } ({ $count ->
        [one] 1 nomination
       *[other] { $count } nominations
    })
nomination-own-unit-option = Nominations of { $unit }
nomination-waiting-pick = Choose a unit to open its nominations. Another unit: type /denghi with its name.
nomination-confirmed = Confirmed the criterion: { $title }
    Type /denghi to see the nomination.
attestation-item-unknown = "{ $code }" is not a criterion to attest for this nomination. Type /denghi again.
attestation-confirm-forbidden = Only the campaign secretariat confirms a criterion the head of unit attested.
attestation-nothing-to-confirm = This criterion is not attested by the head of unit, or is already confirmed. Type /denghi again to see.

## Summary report (Excel)
cmd-baocaotonghop = Summary report as an Excel file: standings, targets, scores, awards
xlsx-ready = Summary report of { $campaign }, figures as of { $date }. The Excel file has these sheets: standings, results against targets, reporting status, self-scores and appraisal, award nominations, council review, award list.
xlsx-forbidden = Only the secretariat and the commune's leaders can export the campaign's summary report.
xlsx-sheet-standings = Standings
xlsx-sheet-targets = Targets
xlsx-sheet-reporting = Reporting status
xlsx-sheet-scores = Scores
xlsx-sheet-nominations = Nominations
xlsx-sheet-votes = Council review
xlsx-sheet-awards = Award list
xlsx-col-rank = Rank
xlsx-col-unit = Unit
xlsx-col-score = Score (out of 100)
xlsx-col-grade = Grade
xlsx-col-reported = Criteria reported
xlsx-col-area = Task area
xlsx-col-criterion = Criterion
xlsx-col-measure = Unit of measure
xlsx-col-target = Target
xlsx-col-target-as-planned = Target as planned
xlsx-col-value = Result
xlsx-col-reported-on = Reported on
xlsx-col-target-status = Met/Not met
xlsx-col-reported-count = Criteria reported
xlsx-col-total-criteria = Criteria in total
xlsx-col-last-report = Latest report
xlsx-col-max-points = Maximum points
xlsx-col-self-points = Self-score
xlsx-col-appraised-points = Appraised score
xlsx-col-appraisal-reason = Reason for adjustment
xlsx-col-nominee = Nominee
xlsx-col-kind = Collective/Individual
xlsx-col-award-form = Award
xlsx-col-status = Status
xlsx-col-agree = Agree
xlsx-col-disagree = Disagree
xlsx-col-abstain = Abstain
xlsx-col-approval = Approval (%)
xlsx-col-approval-base = Counted over
xlsx-approval-base = { $base ->
    [PRESENT] members present
    [ALL_MEMBERS] all council members
   *[VOTED] members who voted
}
xlsx-col-result = Council result
xlsx-col-number = No.
xlsx-col-decision-number = Decision No.
xlsx-col-decision-date = Decision date
xlsx-col-decision-signer = Signed by / deciding level
xlsx-target-met = Met
xlsx-target-missed = Not met
xlsx-target-not-reported = Not reported
xlsx-kind-collective = Collective
xlsx-kind-individual = Individual
xlsx-vote-passed = Passed
xlsx-vote-failed = Not passed
xlsx-vote-no-quorum = Not passed (too few council members voted)
xlsx-vote-open = Voting under way

## Council review, approval of the award list, honour board
cmd-binhxet = Open and close the Emulation and Commendation Council's review
cmd-bophieu = Vote on the award nominations under review
cmd-duyet = Approve awards with their decision, propose to the higher level and record its answer, post the honour board
award-nominee = { $name } ({ $kind ->
        [COLLECTIVE] collective
       *[INDIVIDUAL] individual
    }, { $award })
award-person-of-unit = { $person } – { $unit }
council-admin-only = Only the campaign secretariat opens and closes the council's review.
council-member-only = Only members of the Emulation and Commendation Council vote in the review.
council-already-open = A review is still open. Type /binhxet to see its progress and close it first.
council-nothing-ready = No award nomination has a complete dossier to go to the council yet. Units complete their dossiers and submit nominations with /denghi.
council-none-open = No review is open at the moment. When the secretariat opens one, type /bophieu again.
council-nominee-unknown = This nomination is not in the open review. Please pick again from the list.
council-quorum-not-met = The review cannot be closed yet: only { $voted }/{ $size } council members have voted, at least { $needed } are needed. The review stays open; when enough members have voted, type /binhxet again to close it.
review-closed = The review closed on { $date }; votes can no longer be cast or changed. The result is in the minutes.
council-ready-title = Award nominations with a complete dossier, waiting for the council ({ $count }):
council-ask-open = Open the review so council members can vote?
council-option-open = Open the review
council-option-later = Later
council-option-close = Close the review
council-later = Nothing changed. Type /binhxet when needed.
council-opened = Opened the review of { $count } award nominations. Members of the Emulation and Commendation Council vote with /bophieu in a private chat with the bot; they can change their vote until the review closes.
council-progress = Review under way (opened { $date }): { $voters }/{ $size } council members have voted, at least { $needed } are needed to close it.
council-progress-nominee = { $voted }/{ $size } members voted{ $missing ->
        [0] {""}
       *[other] {" "}({ $missing } more needed; closed now, it would not pass)
    }
council-ask-close = Close the review and count the votes?
council-closed = The review is closed: { $voters }/{ $size } council members voted. Result per nomination (for the minutes):
council-result-passed = Agree { $agree }/{ $voted } ({ $percent }%) — passed (threshold { $threshold }%)
council-result-failed = Agree { $agree }/{ $voted } ({ $percent }%) — not passed (threshold { $threshold }%)
council-result-others = disagree { $disagree }, abstain { $abstain }
council-result-no-quorum = (Too few council members voted on this nomination.)
council-closed-next = The commune's leader approves the award list with /duyet.
council-base-rule = { $base ->
    [PRESENT] The agree share is counted over the council members present.
    [ALL_MEMBERS] The agree share is counted over all council members (absent members give written opinions).
   *[VOTED] The agree share is counted over the council members who voted.
}
council-base-applied = { $base ->
    [PRESENT] Agree share counted over the members present ({ $present }/{ $size }).
    [ALL_MEMBERS] Agree share counted over all council members ({ $size }).
   *[VOTED] Agree share counted over the members who voted on each nomination.
}
council-present-names = Members present: { $names }.
council-present-none = Attendance not recorded yet: it is needed before the review closes.
council-present-count = { $present }/{ $size } members recorded present.
council-option-present = Record members present
council-present-first = Before closing, mark the council members present.
council-present-ask = Tap a name to mark it present (☑) or absent (☐). { $present }/{ $size } members marked present.
council-option-present-save = Save the attendance
council-option-present-close = Save and close the review
council-present-saved = { $present }/{ $size } council members recorded present.
council-present-needed = This campaign counts the agree share over the members present, but no attendance is recorded. Type /binhxet, choose "Record members present", then close the review.
council-present-quorum-not-met = The review cannot be closed yet: only { $present }/{ $size } council members are recorded present, at least { $needed } are needed. The review stays open; type /binhxet again to record more members present.
vote-choice = { $choice ->
        [AGREE] Agree
        [DISAGREE] Disagree
       *[ABSTAIN] Abstain
    }
vote-none = not voted yet
vote-list = Your ballot: you have voted on { $done }/{ $total } nominations. Pick a nomination to vote or change your vote, pick Done when finished:
vote-nominee = Award nomination: { $nominee }
    Achievements: { $summary }
    Current vote: { $current }
    Your vote:
vote-back = Back to the list
vote-saved = Recorded "{ $choice }" for { $nominee }.
vote-finished = Thank you. You have voted on { $done }/{ $total } nominations; you can change your vote with /bophieu until the review closes.
final-leader-only = Only the commune's leaders approve the award list.
final-empty = Nothing is selected. Select the nominations to approve (☑), then pick Approve.
final-not-passed = The nomination of { $name } has not passed the council's review, so it cannot be approved.
final-over-quota = The list exceeds the quota for { $form } — { $kind ->
        [COLLECTIVE] collectives
       *[INDIVIDUAL] individuals
    }: at most { $max }, selected { $count } (including those approved earlier), { $excess } too many. Please unselect { $excess } and approve again.
final-no-quota = The campaign has no quota for { $form } for { $kind ->
        [COLLECTIVE] collectives
       *[INDIVIDUAL] individuals
    }, so this nomination cannot be approved.
final-nothing-passed = No nomination passed by the council is waiting for approval.
final-title = Nominations passed by the Emulation and Commendation Council. Award quotas:
final-quota-part = { $kind ->
        [COLLECTIVE] collectives
       *[INDIVIDUAL] individuals
    }: { $max ->
        [none] the plan sets no number
       *[other] at most { $max }
    }{ $approved ->
        [0] {""}
       *[other] { $level ->
            [HIGHER] {" "}({ $approved } proposed)
           *[other] {" "}({ $approved } approved)
        }
    }
final-form-higher = { $form } (proposed by the commune, decided by { $decider })
final-higher-note = Forms a higher level decides: on approval the nomination goes onto the list proposed upward (submitted), and reaches the honour board only with the higher level's decision.
final-quota-line = { $form } — { $parts }
final-pick-hint = Pick a nomination to tick ☑ or untick it ({ $count } selected), then pick Approve:
final-option-approve = Approve
final-approved = Approved { $count } award nominations under Decision No. { $number } of { $date }.
final-board-posted = { $groups ->
        [0] The campaign has no group chat configured, so the honour board was not posted; it is below.
       *[other] The honour board was posted to { $groups } group chats of the campaign.
    }
final-decision-required = The commune's chairman decides the Giấy khen: record the decision's number, date and signer before approving. Type /duyet to start again.
final-ask-decision-number = { $count } of the selected nominations are decided by the commune's chairman; the honour board is posted only once the decision is on record. Type the decision's number, e.g. 125/QĐ-UBND
final-ask-decision-date = Type the date the decision was signed (dd/mm/yyyy), e.g. { $example }. Signed today: type hôm nay
final-ask-decision-signer = Type who signed the decision (full name and title), e.g. Nguyễn Văn An – Chủ tịch UBND xã
decision-number-invalid = “{ $text }” does not look like a decision number. Type it as number/QĐ-issuer, e.g. 125/QĐ-UBND
decision-date-invalid = “{ $text }” is not a valid date. Type the signing date as dd/mm/yyyy, e.g. 10/12/2025
decision-date-future = { $text } has not come yet: only signed decisions are recorded. Type the signing date again (dd/mm/yyyy).
decision-date-early = { $text } is before the proposal was submitted ({ $proposed }): the higher level decides after it. Type the signing date again (dd/mm/yyyy).
decision-signer-length = Write the signer in { $min } to { $max } characters, e.g. Nguyễn Văn An – Chủ tịch UBND xã. Type it again:
final-proposed = Put { $count } nominations on the list proposed to the higher level (submitted). When the higher level's decision arrives, type /duyet and pick “Record the higher level's answer” to record its number and date; only then are they on the honour board.
final-option-outcomes = Record the higher level's answer ({ $count } waiting)
final-proposals-none = No proposal to the higher level is waiting for an answer. The commune's leaders approve the award list with /duyet.
final-proposals-title = Proposals to the higher level waiting for an answer ({ $count }):
final-proposal-line = • { $nominee } — submitted to { $decider } on { $date }
final-proposals-hint = Pick the proposal whose answer has come:
final-proposal-not-pending = This proposal no longer waits for the higher level (its answer is on record).
final-outcome-forbidden = Only the commune's leaders or the secretariat record the higher level's answer.
final-ask-outcome = { $nominee }: submitted to { $decider } on { $date }. The higher level's answer:
final-ask-outcome-again = Pick one of the two answers above.
final-option-awarded = Awarded by the higher level
final-option-not-awarded = Not awarded
final-ask-higher-number = Type the number of { $decider }'s decision, e.g. 2150/QĐ-UBND
final-outcome-awarded = Recorded: { $nominee } receives the { $award } under Decision No. { $number } of { $date }.
final-outcome-not-awarded = Recorded: { $decider } did not award { $nominee }. This proposal is not on the honour board.
board-decision = No. { $number } of { $date }
board-decisions = (Decision { $decisions })
board-title = 🏆 HONOUR BOARD — { $campaign }
board-group = { $kind ->
        [COLLECTIVE] Collectives
       *[INDIVIDUAL] Individuals
    }: { $names }
board-congratulations = Congratulations to the collectives and individuals honoured!

## Outbox (issue 5): notices the sender itself raises
outbox-member-unreachable = ⚠️ Messages to { $name } ({ $unit }) on { $channel ->
        [TELEGRAM] Telegram
        [ZALO] Zalo
       *[other] { $channel }
    } cannot be delivered: they blocked or deleted the chat with the bot. Reminders will not reach them until they write to the bot again (for example /start). Please contact them directly.

## npm run jobs (for operators)
jobs-usage = Usage:
    npm run jobs -- list                                      list the scheduled jobs
    npm run jobs -- run <job> [--at "dd/mm/yyyy HH:mm"]        run one job now, at the given time
    npm run jobs -- outbox                                    show the outgoing message queue
jobs-bad-time = Cannot read the time “{ $text }”. Write it as dd/mm/yyyy HH:mm, for example "24/11/2025 08:00".
jobs-unknown = There is no job called “{ $name }”. Jobs: { $names }.
jobs-failed = The job did not finish: { $detail }
jobs-list-title = Scheduled jobs (times in Vietnam):
jobs-run-done = Ran the job “{ $name }” at { $at }.
jobs-run-queued = { $count ->
        [0] This run queued no messages.
       *[other] Messages queued at this time: { $count } (recipient · kind · not before):
    }
jobs-outbox-title = Outgoing messages:
jobs-outbox-pending = Waiting
jobs-outbox-sending = Being sent
jobs-outbox-sent = Sent
jobs-outbox-failed = Could not be sent
jobs-outbox-uncertain = Unknown (the sender stopped mid-way)
jobs-outbox-due = Of which due now
jobs-outbox-problems = Recent messages that failed or are unknown:
job-checkin = Ask unit heads to update their progress, on each plan's schedule (default Monday 08:00)
job-deadline-nudges = Deadline nudges 7, 3 and 1 days before and on the day, to whoever has not done it
job-overdue = Daily overdue reminders; tells the leaders after the set number of working days
job-weekly-digest = Weekly digest for administrators and leaders
job-standings-snapshot = Record the standings at the end of the working day
job-close-campaigns = Close campaigns at the end of their period: record the final standings, stop reminders

## /nhacnho: my reminders (issue 5)
cmd-nhacnho = Reminders: messages on the way, deadlines, mute/unmute the periodic progress check-in
remind-queued-title = Reminders on their way to you:
remind-queued-none = No reminder is waiting to be sent to you.
remind-sending-soon = shortly
remind-message-line = • { $when } — { $text }
remind-message-unknown = (a “{ $kind }” message whose text cannot be shown)
remind-sent-title = Sent recently:
remind-deadlines-title = Upcoming deadlines that concern you:
remind-deadlines-none = No upcoming deadline concerns you.
remind-checkin-status = Periodic progress check-in: { $muted ->
        [yes] muted
       *[other] on
    }.
remind-checkin-heads-only = Periodic progress check-in: sent to unit heads only.
remind-checkin-off = Periodic progress check-in: not used by this plan.
remind-nudges-status = Deadline nudges (when a deadline is near and the work is not done): always on, as the plan requires work done on time; the bot only nudges during working hours and stops as soon as the work is done.
remind-ask = What would you like to change?
remind-option-mute = Mute the periodic progress check-in
remind-option-unmute = Turn the periodic progress check-in back on
remind-checkin-muted = The periodic progress check-in is muted. You still receive deadline nudges and the announcements of { $office }. To turn it back on, type /nhacnho.
remind-checkin-unmuted = The periodic progress check-in is on again.

## /thongbao: announcements through the outbox (issue 5)
cmd-thongbao = Send an announcement to everyone, a unit or a role
broadcast-message = 📢 Announcement from { $sender }:
    { $text }
broadcast-ask-audience = Who should receive the announcement?
broadcast-option-all = All members
broadcast-option-unit = One unit
broadcast-option-role = By role (heads, leaders, council…)
broadcast-pick-unit = Which unit? (Type its number or name; diacritics are optional, e.g. van hoa.)
broadcast-pick-role = Which role?
broadcast-unit-gone = That unit is no longer listed. Type /thongbao to start again.
broadcast-audience-all = all members
broadcast-audience-unit = the members of { $unit }
broadcast-audience-role = everyone with the role { $role }
broadcast-nobody = Nobody in { $audience } can be reached through the bot: { $recipients ->
        [0] there is no one besides you.
       *[other] none of the { $recipients } people has an account to receive messages, or they have blocked the bot.
    } Please choose another audience, or type /huy to cancel.
broadcast-ask-text = Type the announcement for { $audience } ({ $recipients } people), at most { $max } characters:
broadcast-text-empty = The announcement is empty. Please type the text to send, or /huy to cancel.
broadcast-text-too-long = The text is { $length } characters long, more than the { $max } characters an announcement may have. Please shorten it and send it again (or split it into several announcements), or type /huy to cancel.
broadcast-forbidden = Only the campaign secretariat may send announcements.
broadcast-preview-title = Preview — recipients will see exactly this:
broadcast-preview-audience = To: { $audience } — { $recipients } people{ $unreachable ->
        [0] .
       *[other] ; { $unreachable } of them have no account to receive messages or have blocked the bot, and will not get it.
    }
broadcast-preview-when = { $later ->
        [yes] Sent at: { $when } (the bot does not send outside working hours, so it waits for the next working hours).
       *[other] Sent at: right after you confirm ({ $when }).
    }
broadcast-preview-messages = Messages to be sent:
broadcast-preview-channel = • { $channel ->
        [TELEGRAM] Telegram
        [ZALO] Zalo
       *[other] Console
    }: { $messages } messages to { $people } people{ $split ->
        [yes] {" "}(a message holds at most { $max } characters, so the announcement is split into several).
       *[other] .
    }
broadcast-option-send = Send
broadcast-cancelled = Cancelled. The announcement was not sent to anyone.
broadcast-sent = The announcement is taken. { $later ->
        [yes] The bot will send it to { $queued } people at { $when } (the next working hours).
       *[other] The bot is sending it to { $queued } people now.
    }{ $unreachable ->
        [0] {""}
       *[other] {" "}{ $unreachable } people will not get it because they have no account to receive messages or have blocked the bot; please tell them directly.
    }

## Zalo (issue 6)
zalo-options-hint = (Answer with the number (1, 2…) or type the option; type /huy to cancel.)
zalo-unsupported = On Zalo the bot reads text messages, commands (such as /trogiup) and photos; stickers, voice messages and attachments cannot be read. For PDF or Word documents, photograph the signed page and send the photo, or send the file through the bot on Telegram.
zalo-document-unavailable = (Zalo does not let the bot send files, so { $name } could not be sent. Type the same command to the bot on Telegram to get the file, or ask the emulation secretariat to send it.)
zalo-document-link =
    Download { $name } at: { $url }
    (The link works until { $until }; please do not pass it on.)
zalo-token-refused = Zalo refused the bot token (error 401); the bot has stopped. Check ZALO_BOT_TOKEN in .env (or reset the token in Zalo Bot Manager) and restart the bot.
zalo-webhook-refused = Zalo did not accept the webhook address { $url } ({ $reason }). Check ZALO_WEBHOOK_URL (an https address reachable from the Internet) and ZALO_WEBHOOK_SECRET (8 to 256 characters) in .env and restart the bot.

## npm run backup / npm run restore (for operators)
backup-usage = Usage:
    npm run backup [-- --out <file>] [--with-files]   back up the database (by default to backups/thidua-<date-time>)
    npm run restore -- <file> [--yes]                restore a backup into the database in DATABASE_URL
backup-done = Backed up { $source } to { $file } ({ $size }).
backup-files-copied = Copied { $count } evidence files from { $from } to { $to }.
backup-files-reminder = Note: the evidence files in { $dir } are not in the database. Copy that whole folder along with the backup, or run again with --with-files to copy them beside it.
backup-restore-done = Restored { $file } into { $target }.
backup-restore-migrated = The backup was older than the code: applied the migrations { $names }.
backup-restore-counts = The database now holds { $campaigns } campaigns, { $units } units, { $members } members, { $reports } reports.
backup-files-restored = Copied { $count } evidence files from { $from } to { $to } (files already there were kept).
backup-files-not-restored = Note: there is no evidence file folder beside the backup. Copy the backed-up files folder back into { $dir }, or old evidence will not open.
backup-unexpected = Not finished: { $detail }
backup-out-exists = { $file } already exists: a backup is never overwritten. Wait a minute or choose another name with --out <file>.
backup-source-missing = There is no database at { $target }. Check DATABASE_URL in .env.
backup-file-missing = { $file } was not found. Check the path, for example backups/thidua-2025-11-20-0900.db.
backup-not-a-backup = { $file } is not a backup of the bot's database (it has no _prisma_migrations table). Choose a file written by npm run backup.
backup-wrong-kind = { $file } is a { $fileKind ->
        [sqlite] SQLite
       *[other] PostgreSQL
    } backup but DATABASE_URL points to a { $kind ->
        [sqlite] SQLite
       *[other] PostgreSQL
    } database. Set DATABASE_URL to the kind of database the backup came from.
backup-target-occupied = The target database { $target } holds { $rows } rows; a restore replaces all of them. Stop the bot, back up the current database (npm run backup), then run again with --yes: npm run restore -- { $file } --yes
backup-tool-missing = { $tool } was not found. Install the PostgreSQL client package: apt-get install postgresql-client
backup-tool-failed = { $tool } failed: { $detail }

## Campaign file: deadlines in working days (issue 5)
cf-error-deadline-due = { $file }, line { $line }: deadline "{ $code }" needs exactly one of: due: "05/12/2025" (a date) or due_after: {"{"} day: "28/11/2025", working_days: 5 {"}"} (working days after a date).
cf-error-due-after = { $file }, line { $line }: "{ $field }" cannot be counted in working days from { $day }: the holiday calendar covers the years 1900–2199 only.

## Scheduled reminders (issue 5): check-in, deadline nudges, overdue, weekly digest
reminder-checkin = 📋 Progress check-in — { $campaign }
    Please update the results of { $unit } on the campaign's criteria ({ $reported }/{ $total } criteria reported so far). Send /baocao to report; send /nhacnho to turn this periodic reminder off.
reminder-nudge = ⏰ { $days ->
        [0] Today is the last working day before the deadline
        [one] Due in { $days } working day
       *[other] Due in { $days } working days
    } ({ $due }): { $deadline }.
    { $kind ->
        [PROGRESS_REPORT] { $unit } has not reported its results for this period yet. Send /baocao to report.
        [SELF_SCORE] { $unit } has not self-scored every criterion yet. Send /chamdiem to self-score.
        [DOSSIER] The award dossier of { $unit } is missing documents. Send /hoso to see what is missing, /nophoso to file it.
        [VOTE] You have not voted on every award nomination before the Emulation and Commendation Council. Send /bophieu to vote.
       *[other] Please make sure { $unit } completes it on time.
    }
reminder-overdue = ⚠️ Overdue by { $days ->
        [one] { $days } working day
       *[other] { $days } working days
    }: { $deadline } (due { $due }).
    { $kind ->
        [PROGRESS_REPORT] { $unit } has not reported its results. Please report now with /baocao.
        [SELF_SCORE] { $unit } has not self-scored every criterion. Please finish now with /chamdiem.
        [DOSSIER] The award dossier of { $unit } is missing documents. Please file them now with /nophoso.
       *[VOTE] You have not voted on every award nomination before the Emulation and Commendation Council. Please vote now with /bophieu.
    }
reminder-escalation = 🔔 Overdue, needs a leader's follow-up: { $deadline } (due { $due }) is { $days ->
        [one] { $days } working day
       *[other] { $days } working days
    } late. { $kind ->
        [VOTE] Council members yet to vote on every nomination ({ $count })
       *[other] Units yet to complete it ({ $count })
    }: { $late }.
digest-weekly = 📊 Week of { $from } – { $to }: { $campaign }
    { $silentCount ->
        [0] • Every unit has reported results in the last 7 days.
       *[other] • { $silentCount } units have not reported results in the last 7 days: { $silent }.
    }
    { $unreachableCount ->
        [0] • The bot can reach every unit head.
       *[other] • The bot cannot reach { $unreachableCount } unit heads (not registered, or they blocked the bot); follow up in person: { $unreachable }.
    }
    { $compared ->
        [yes] { $moved ->
            [0] • No unit changed places since last week:
           *[other] • Standings ({ $moved } units changed places since last week):
        }
       *[no] • Current standings (no figures from last week to compare with):
    }
    { $standings }

## /lienket — one person, two apps (dialogs/commands/link.ts)
cmd-lienket = Link your Zalo and Telegram accounts, choose where reminders go
link-channel = { $channel ->
        [TELEGRAM] Telegram
        [ZALO] Zalo
       *[other] console
    }
link-code = Your link code: { $code } (expires at { $expires }, single use).
    Open the bot on { $channel ->
        [ZALO] Telegram
       *[other] Zalo
    } and type: /lienket { $code }
link-status = Linked accounts: { $channels }. Reminders and announcements go to: { $preferred ->
        [TELEGRAM] Telegram
        [ZALO] Zalo
       *[other] console
    }.
link-stranger = To link, open the bot in the app you registered with (Telegram or Zalo), type /lienket to get a code, then type here: /lienket <code>. If you have not registered anywhere, type /start <invite code> from the campaign secretariat.
link-done = This { $channel ->
        [TELEGRAM] Telegram
        [ZALO] Zalo
       *[other] console
    } account is now linked to the record of { $name } ({ $unit }).
link-already = This account is already linked to the record of { $name } ({ $unit }).
link-ask-prefer = Which app should reminders and announcements go to?
link-option-prefer = Get reminders on { $channel ->
        [TELEGRAM] Telegram
        [ZALO] Zalo
       *[other] the console
    }
link-preferred = Done. Reminders and announcements now go to { $channel ->
        [TELEGRAM] Telegram
        [ZALO] Zalo
       *[other] the console
    }.
link-prefer-unchanged = Reminders keep going where they went.
link-code-unknown = The link code { $code } is wrong. Check each character, or type /lienket in the app you registered with to get a new code.
link-code-used = The link code { $code } has been used. Type /lienket in the app you registered with to get a new code.
link-code-expired = The link code { $code } has expired (codes last 10 minutes). Type /lienket in the app you registered with to get a new code.
link-account-taken = This account is registered to someone else, so it cannot be linked. If this is a mistake, please contact the campaign secretariat.
link-member-inactive = This record is no longer active. Please contact the campaign secretariat.
link-channel-missing = You have not linked that app. Type /lienket to get a link code.
remind-goes-to = Reminders and announcements go to: { $channel ->
        [TELEGRAM] Telegram
        [ZALO] Zalo
       *[other] the console
    } (type /lienket to link another app).
broadcast-preview-zalo = In { $month } the bot has sent { $sent } messages through Zalo{ $quota ->
        [none] .
       *[other] , of a quota of { $quota } a month ({ $left } left).
    }

## City level (services/city-standings.ts, campaign-file/cli.ts)
cf-error-city-self = The city (organization.city) cannot have the same code as the commune itself: { $code }.
cf-city-not-found = There is no city with code "{ $code }" that has communes. A city is created when a commune's campaign file with organization.city is imported.
cf-invite-city-role = The role "{ $role }" is not for the city level; choose ADMIN or LEADER.
cf-invite-done-city = Invite code: { $code } ({ $role }, { $city }), valid until { $expires }. The invitee sends this code to the bot to join.
city-standings-title = Standings of the communes and wards — { $city }
city-standings-how = (A commune's score is the mean score of the units in its own emulation campaign, out of 100, graded on that campaign's scale.)
city-standings-line = { $rank }. { $commune } — { $score } points — { $grade }{ $provisional ->
        [yes] {" "}(provisional)
       *[other] {""}
    } — { $reporting }/{ $units } units reported — { $good } units graded Tốt or better
city-standings-unreported = • { $commune } — not reported: none of its { $units } units has reported; neither ranked nor graded
city-standings-empty = No commune or ward is running an emulation campaign yet.
city-standings-without = No campaign under way ({ $count }): { $communes }.
city-standings-export = Type /baocaotonghop to download this table as Excel.
city-standings-not-city = /xephang xa compares the communes and wards of a city and is for city-level accounts. Type /xephang for the standings of the units in your commune's campaign.
xlsx-city-ready = Standings of the communes and wards — { $city } ({ $communes } communes and wards), figures as of { $date }.
xlsx-sheet-communes = Communes and wards
xlsx-col-commune = Commune or ward
xlsx-col-campaign = Emulation campaign
xlsx-col-mean-score = Mean score (out of 100)
xlsx-col-units = Units
xlsx-col-reporting-units = Units that reported
xlsx-col-good-units = Units graded Tốt or better
xlsx-col-appraisal = Appraisal
xlsx-city-provisional = Provisional
xlsx-city-appraised = Appraised
xlsx-city-no-campaign = (no campaign under way)
xlsx-not-reported = Not reported

## Documents (src/documents): document kinds in the menu and refusals
document-kind-to-trinh = Award proposal (Tờ trình)
document-kind-bao-cao-thanh-tich = Achievement report
document-kind-bien-ban-hoi-dong = Minutes of the award council meeting
document-kind-quyet-dinh = Award decision (draft)
document-kind-to-trinh-cap-tren = Proposal to the higher level
document-kind-bao-cao-ket-qua = Campaign results report
document-forbidden = This document is not yours to take. A unit head takes their unit's proposal and achievement reports; the decision, the minutes and the results report are for the leaders and the secretariat. Type /vanban to see the documents you can take.
document-unit-unknown = This unit is not in your commune or ward. Type /vanban to choose again.
document-no-nominees = { $unit } has no award nomination yet, so there is no proposal to draft. Type /denghi to nominate first.
document-nomination-unknown = This nomination was not found (it may have been withdrawn). Type /vanban to choose again.
document-no-review = The award council has not closed a review yet, so there are no minutes. The secretariat closes the review, then try again.
document-nothing-to-decide = No nomination for a form the commune chairman decides has passed the council yet, so there is no decision to draft.
document-nothing-higher = No nomination is waiting to be proposed to the higher level.
document-template-broken = The document template { $template } is broken at the field «{ $field }». Open it in Word and fix it: each field is written in braces like {"{"}ten{"}"}, and a loop opened with {"{"}#…{"}"} needs a closing {"{"}/…{"}"}. Or delete your own template so the bot uses the shipped one again.
document-template-field-unknown = The document template { $template } has a field «{ $field }» this document does not know. Fix the field name from the list in the README (section Documents), or delete your own template so the bot uses the shipped one again.
document-template-unreadable = The document template { $template } cannot be read. Save it again in Word as .docx (Word Document), or delete your own template so the bot uses the shipped one again.
