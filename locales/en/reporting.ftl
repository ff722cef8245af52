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

## City level
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
