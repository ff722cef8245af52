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
not-registered = You are not registered, so you cannot use this command yet. Ask the campaign secretariat (Culture and Social Affairs office) for an invite code, then type /start <code>.
forbidden-role = { $command } is not available to your role. Type /trogiup to see the commands you can use.
answer-empty = You did not type anything. Please answer the question above, or type /huy to cancel.
choice-out-of-range = There is no option with that number. Please choose a number from 1 to { $count }, or type /huy to cancel.
choice-ambiguous = Your answer matches several options. Please type the option's number (1 to { $count }).
choice-unknown = That is not one of the options. Please type its number (1 to { $count }) or its name, or /huy to cancel.
unit-none = (no unit)
option-skip = Skip
option-save = Save
option-cancel = Cancel
due-in-days = { $days ->
        [one] { $days } day left
       *[other] { $days } days left
    }
due-today = due today
due-overdue = { $days ->
        [one] { $days } day overdue
       *[other] { $days } days overdue
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
cmd-start = Register with an invite code, see my details
cmd-trogiup = The commands I can use
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
    To use it you need an invite code from the campaign secretariat (Culture and Social Affairs office); then type: /start <code>
    Type /trogiup to see the commands.
start-whoami =
    Name: { $name }
    Unit: { $unit }
    Roles: { $roles }
start-registered = Registration complete. Welcome, { $name }!
start-next = Type /trogiup to see the commands you can use.
start-invite-ok = Valid invite: { $organization } — { $unit }.
start-ask-name = Please type your full name (with Vietnamese diacritics), for example: Nguyễn Thị Hoa.
start-name-invalid = That name does not look right. Please type your full name (2 to 80 characters), for example: Nguyễn Thị Hoa.
invite-unknown = The invite code { $code } is not valid. Please check each character, or ask the secretariat for a new code.
invite-used = The invite code { $code } has been used up. Please ask the secretariat for a new one.
invite-expired = The invite code { $code } has expired. Please ask the secretariat for a new one.
invite-already-registered = This account is already registered; no invite code is needed.
invite-name-missing = A full name is needed to register. Please type /start <code> again.

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
report-cancelled = Cancelled; the report was not saved.
report-none-before = none
report-saved = Report saved. { $criterion }: { $before } → { $after }.
report-points = Criterion points (provisional): { $points }/{ $max }.
report-points-manual = This criterion is scored at appraisal.
report-unit-standing = { $unit } now has { $score }/100 points, rank { $rank } of { $count }.
report-forbidden-unit = You can only report for your own unit.
report-criterion-gone = This criterion is no longer part of the campaign (the plan was just updated). Please type /baocao again.
report-unit-gone = This unit no longer takes part in the campaign. Please type /baocao again.

## /tiendo, /nhiemvu
progress-no-unit = Your account is not attached to a unit. Type /tiendo <unit name> to see a unit.
progress-title = Progress of { $unit } — { $campaign }
progress-no-target = not numeric
progress-line = • { $criterion }: { $value } / target { $target } — { $points }/{ $max } points (reported { $date })
progress-line-missing = • { $criterion }: not reported (target { $target })
progress-all-reported = Every criterion has been reported.
progress-missing = { $missing } of { $total } criteria not reported yet. Type /baocao to report.
tasks-title = Tasks of { $unit } — { $campaign }
tasks-criterion = • { $criterion } — target { $target }, up to { $points } points
tasks-hint = Type /baocao to report results, /tiendo to see progress.

## /xephang
standings-title = Standings — { $campaign }
standings-provisional = (Provisional: from the units' own reports, not yet appraised.)
standings-line = { $rank }. { $unit } — { $score } points — { $grade } — { $change } — reported { $reported }/{ $total } criteria
standings-empty = No units take part in the campaign yet.
standings-change-new = new
standings-legend = ▲ moved up, ▼ moved down, = same rank as in the previous standings.

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
    }: { $award } — at most { $count }
campaign-dossier-title = The award dossier consists of:

## Console channel
console-banner = Thi đua CCHC assistant — terminal mode. Type /trogiup for commands, :ai to list demo members, :la <name> to switch user, :khach to become an unregistered visitor.
console-you-are = You are: { $name } — { $unit }
console-visitor = You are an unregistered visitor. Type /start <code> to register.
console-options-hint = (Type the option's number or name; /huy to cancel.)
console-unknown = There is no console command { $command }. Use :ai, :la <name> or :khach.
console-members-title = Demo members:
console-members-hint = Type :la <name> to switch user (diacritics optional, e.g. :la tu).
console-switch-usage = Usage: :la <member name>, for example :la truong anh tu
console-switch-unknown = No member matches "{ $name }". Type :ai to see the list.
console-switch-ambiguous = Several members match: { $names }. Please be more specific.
