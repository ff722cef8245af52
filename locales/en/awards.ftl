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
