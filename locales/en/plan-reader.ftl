## Reading a campaign plan file (Word, PDF, ODT, text) to draft a campaign

plan-read-too-big = The plan file is larger than { $maxMb } MB, so the bot cannot read it. Please send the plan's Word file (.docx), which is usually much smaller.
plan-read-type-refused = The bot cannot read "{ $name }". Please send the plan as a Word file (.docx), a PDF with text (exported from Word, not a scan), an ODT file or plain text (.txt, .md).
plan-read-old-word = "{ $name }" is an old Word file (.doc). Please open it in Word, choose Save As "Word Document (.docx)" and send it again.
plan-read-scanned = The PDF "{ $name }" is a scan (pictures only, no text), so the bot cannot read it. Please send the Word file (.docx) or a PDF exported from Word.
plan-read-encrypted = "{ $name }" is password-protected, so the bot cannot open it. Please remove the password and send it again, or send the Word file (.docx) without a password.
plan-read-empty = No text was found in "{ $name }". If it is a photo or a scan, please send the plan's Word file (.docx).
plan-read-unreadable = "{ $name }" is damaged or not in the format its type says, so the bot cannot read it. Please open it on your computer, save it again and resend it.

## Drafting a campaign from a plan (npm run campaign -- draft)

plan-draft-missing-number = plan number (the plan leaves "Số: …/KH-…" blank)
plan-draft-missing-date = date the plan was issued
plan-draft-missing-body = issuing body (which commune or ward People's Committee)
plan-draft-missing-title = plan title (the summary under "KẾ HOẠCH")
plan-draft-missing-legal-basis = legal basis of the plan
plan-draft-missing-period = campaign period (from, to)
plan-draft-missing-lead-office = lead office that follows up the campaign
plan-draft-missing-units = list of competing offices and units
plan-draft-missing-unit-code = unit code (plain letters, e.g. { $hint })
plan-draft-missing-org-code = commune or ward code in the bot (lower case, no accents, e.g. kim-phuong)
plan-draft-missing-campaign-code = campaign code (lower case, no accents, e.g. kim-phuong-2026)
plan-draft-missing-task-areas = key tasks, criteria and targets
plan-draft-missing-award-forms = award forms
plan-draft-missing-award-numbers = number of awards (the plan gives no number of collectives or individuals)
plan-draft-missing-eligibility = award eligibility criteria
plan-draft-missing-dossier = documents of the award proposal dossier
plan-draft-missing-deadlines = deadlines for reports and dossiers (the plan gives no date)
plan-draft-default-grade-bands = usual grade bands (Outstanding from 90, Good from 80, Fair from 70, Average from 50 points)
plan-draft-default-award-form = Certificate of merit of the commune or ward Chairperson (decided by the commune or ward itself)
plan-draft-default-eligibility = judged by the general rules on emulation and awards
plan-draft-default-eligibility-note = by the general rules on emulation and awards
plan-draft-default-dossier = the three usual documents of an award proposal
plan-draft-doc-to-trinh = Award proposal letter
plan-draft-doc-bien-ban = Minutes of the award meeting
plan-draft-doc-bao-cao-thanh-tich = Achievement report of the collective or individual
plan-draft-default-area-title = group name taken from the plan's heading
plan-draft-default-area-name = Emulation criteria
plan-draft-default-criterion = the plan sets no measurable target for this task
plan-draft-default-criterion-title = Completion of the task: { $area }
plan-draft-yaml-header = Drafted automatically from the plan: each value carries its quote and place in the plan; check before importing.
plan-draft-yaml-number = Plan number: { $number }
plan-draft-yaml-date = Issued on: { $date }
plan-draft-yaml-default = default: { $what }
plan-draft-yaml-missing = MISSING: { $what }
plan-draft-yaml-unquantified = Criterion the plan states without a measurable target, to review:
plan-draft-yaml-initiative = Requirement on initiatives:
plan-draft-summary = Plan "{ $plan }": { $found } values from the plan, { $defaults } defaults, { $missing } items missing.
plan-draft-saved = Draft written to { $file }.
plan-draft-missing-list = The plan does not state these; fill them in before importing:
plan-draft-next = Fill in the "MISSING" items in the file, then import it with: npm run campaign -- import { $file }

## /kehoach: starting a campaign from the plan document sent in chat

plan-chat-ask-file = Please send the campaign plan document (Kế hoạch; Word .docx, PDF saved from Word, ODT or .txt). The bot reads it and drafts the campaign for you to check item by item before publishing.
plan-chat-no-documents = Zalo cannot carry Word or PDF files to the bot. Please send the plan to the bot on Telegram (type /kehoach there); a draft in progress can be continued here with /kehoach.
plan-chat-file-needed = The bot is waiting for the plan document. Please attach the plan as a Word (.docx) or PDF file, or type /huy to stop.
plan-chat-not-a-plan = The bot does not recognise a campaign plan's structure in this file: no tasks, criteria, units, award forms, dossier or deadlines were found. Please check this is the campaign plan (with sections such as "Nội dung thi đua", "Tiêu chí", "Khen thưởng", "Tổ chức thực hiện") and send the plan's Word (.docx) file.
plan-chat-read = The bot read the plan "{ $file }" and drafted a campaign of { $count } items. Please check each one: under each item is the sentence it came from and where it is in the plan (paragraph, page, table); "default" marks a value the bot proposes because the plan does not say.
plan-chat-resume = You have a campaign draft in progress from the plan "{ $file }" ({ $count } items):
plan-chat-section-header = ▸ GENERAL
plan-chat-section-legal = ▸ LEGAL BASIS
plan-chat-section-period = ▸ PERIOD
plan-chat-section-offices = ▸ LEAD OFFICE AND UNITS
plan-chat-section-areas = ▸ TASK AREAS, CRITERIA AND TARGETS
plan-chat-section-awards = ▸ AWARD FORMS AND QUOTAS
plan-chat-section-eligibility = ▸ ELIGIBILITY
plan-chat-section-dossier = ▸ AWARD DOSSIER
plan-chat-section-deadlines = ▸ DEADLINES
plan-chat-item-title = Campaign title
plan-chat-item-number = Plan number
plan-chat-item-issued = Issued on
plan-chat-item-code = Campaign code (used in the bot)
plan-chat-item-legal = Legal basis
plan-chat-item-period = Period
plan-chat-item-lead = Lead office
plan-chat-item-unit = Unit
plan-chat-item-area = Task area
plan-chat-item-criterion = Target — { $title }
plan-chat-item-quota = { $nominee ->
        [COLLECTIVE] Collective
       *[other] Individual
    } — { $award }, at most
plan-chat-item-eligibility = Eligibility, { $nominee ->
        [COLLECTIVE] collectives
       *[other] individuals
    }{ $forms ->
        [all] {""}
       *[other] {" "}(for { $forms })
    }
plan-chat-item-document = Dossier document
plan-chat-item-deadline = { $title }
plan-chat-target = { $direction ->
        [lower] at most { $value }
       *[other] at least { $value }
    }
plan-chat-area-criterion = default: scored by the criterion "{ $criterion }", target 100% (the plan sets no measurable target for it)
plan-chat-value-by-default = by the general rules
plan-chat-value-missing = (none)
plan-chat-source-quote = «{ $quote }» ({ $location })
plan-chat-source-default = default: { $why }
plan-chat-source-edited = changed in chat
plan-chat-source-missing = MISSING: the plan does not say, to be filled in
plan-chat-default-code = proposed from the commune's code and the year
plan-chat-default-eligibility = the plan sets no standards of its own for this award; the general rules of the emulation and commendation law apply
plan-chat-default-added = added in chat
plan-chat-missing-head = The plan does not state (required ones must be filled in before publishing):
plan-chat-missing-none = The draft has everything it needs.
plan-chat-menu = What next? To correct an item quickly, type its number and the new value: "6 01/01/2026 - 31/12/2026" corrects item 6.
plan-chat-menu-hint = Please pick one of the options, or type an item's number and its new value, e.g. 5 Office - Statistics
plan-chat-option-fix = Correct an item
plan-chat-option-units = Add units
plan-chat-option-show = Show the draft again
plan-chat-option-publish = Publish the campaign
plan-chat-option-cancel = Cancel the draft
plan-chat-option-yes = Publish
plan-chat-option-back = Back to corrections
plan-chat-ask-item = Type the number of the item to correct (1 to { $count }); you can add the new value after the number, e.g. 3 Emulation campaign 2026
plan-chat-item-needed = Please type the number of the item to correct, e.g. 3 (or 3 and the new value).
plan-chat-hint-text = Type the new text for this item.
plan-chat-hint-date = Type the new date as day/month/year, e.g. 15/12/2026
plan-chat-hint-period = Type the new period: from - to, e.g. 01/01/2026 - 31/12/2026
plan-chat-hint-target = Type the new target (a number, with its unit if any), e.g. 95 %
plan-chat-hint-quota = Type the largest number that may be awarded, e.g. 2
plan-chat-hint-code = Type the new campaign code: lowercase letters without diacritics, digits and hyphens, e.g. kim-phuong-2026
plan-chat-fixed = Corrected:
    { $line }
plan-chat-fix-no-item = There is no item { $number }. The draft has items 1 to { $count }.
plan-chat-fix-empty = You have not typed a new value for this item.
plan-chat-fix-too-long = The text is { $length } characters long, more than { $max }. Please keep it shorter.
plan-chat-fix-fixed = Eligibility standards have several conditions and cannot be changed in chat yet. Publish the campaign and edit its file (npm run campaign -- export), or draft from the file: npm run campaign -- draft <plan file> --out x.yaml
plan-chat-fix-date = "{ $text }" is not a valid date. Type it as day/month/year, e.g. 15/12/2026
plan-chat-fix-period = Type the period as: from - to, e.g. 01/01/2026 - 31/12/2026 (typed: "{ $text }").
plan-chat-fix-period-order = The start { $from } is after the end { $to }. Please type the period again.
plan-chat-fix-number = "{ $text }" is not a numeric target. Type a number, with its unit if any, e.g. 95 %
plan-chat-fix-quota = "{ $text }" is not a valid number. Type a whole number of 1 or more, e.g. 2
plan-chat-fix-code = "{ $text }" cannot be a campaign code: lowercase letters without diacritics, digits and hyphens only, e.g. kim-phuong-2026
plan-chat-code-taken = Another campaign already uses the code "{ $code }". Please choose another (item "Campaign code").
plan-chat-draft-gone = This draft is no longer open (published, cancelled or replaced by another plan). Type /kehoach to start again.
plan-chat-ask-units = Type the names of the units, one per line, e.g.:
    Justice - Civil Status
    Land Administration - Construction
plan-chat-units-empty = You have not typed any unit. Type one unit per line.
plan-chat-units-added = { $count ->
        [0] No unit added.
        [one] Added 1 unit: { $names }.
       *[other] Added { $count } units: { $names }.
    }
plan-chat-units-skipped = Already in the draft, skipped: { $names }.
plan-chat-confirm = Publish the campaign as drafted? Once published, units can report and the bot gives an invite code for each unit's head. The commune's units not in the draft will no longer be followed.
plan-chat-publish-missing = Not published: these required items are still missing. Fill them in ("Correct an item" or "Add units") and publish again:
    { $list }
    Task areas and criteria cannot be added in chat yet: if the plan has none, ask the bot's administrator to draft the campaign as a file (npm run campaign -- draft).
plan-chat-publish-invalid = Not published: the draft still has errors:
    { $list }
plan-chat-published = Published the campaign "{ $title }" (code { $code }), from { $from } to { $to }: { $units } units, { $criteria } criteria. Type /chiendich for its summary.
plan-chat-invites-head = Invite codes for the units' heads (each code works once, until { $expires }). Forward this message to each unit:
plan-chat-invite-line = - { $unit }: { $code }{ $link }
plan-chat-invites-how = The head opens a chat with the bot and types: /start <their unit's invite code>
plan-chat-cancelled = The campaign draft is cancelled. It is kept on record; to start again, type /kehoach and send the plan.
