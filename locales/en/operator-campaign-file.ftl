## Campaign files: `npm run campaign` (for operators)
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
      export <campaign code> [--out <file.yaml>]
                               Write a running campaign back to a campaign file (importing it changes nothing), defaults marked.
      draft <plan file> [--out <file.yaml>]
                               Draft a campaign file from a plan (.docx, .pdf, .odt, .txt), quoting its source sentences.
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

## Campaign file: deadlines in working days
cf-error-deadline-due = { $file }, line { $line }: deadline "{ $code }" needs exactly one of: due: "05/12/2025" (a date) or due_after: {"{"} day: "28/11/2025", working_days: 5 {"}"} (working days after a date).
cf-error-due-after = { $file }, line { $line }: "{ $field }" cannot be counted in working days from { $day }: the holiday calendar covers the years 1900–2199 only.
