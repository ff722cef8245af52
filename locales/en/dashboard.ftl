## Dashboard (web page, opened from /bangdieukhien, /xephang or the Telegram Mini App)
dashboard-chat-link = The { $scope ->
        [campaign] campaign's
       *[unit] { $unit }
    } dashboard: standings over time, by task area, who still owes what, the award pipeline. The link is yours alone, works for { $minutes } minutes; do not pass it on:
dashboard-chat-open = Open the dashboard
dashboard-chat-no-web = The bot has no web address (PUBLIC_BASE_URL), so the dashboard cannot be opened yet. Please tell the bot's administrator.
dashboard-standings-link = Trends, task areas and each unit on the dashboard: { $url }
dashboard-forbidden = The campaign dashboard is for the commune's leaders and the secretariat; a unit head sees their own unit's page.
dashboard-not-your-unit = You can only see your own unit's page.
dashboard-unit-gone = This unit no longer takes part in the campaign.
dashboard-campaign-gone = This campaign was not found, or it is not your commune's.
dashboard-no-campaign = Your commune has no running campaign right now.

## Page
dashboard-page-title = Dashboard
dashboard-updated = Figures as of { $time }
dashboard-provisional = Provisional figures: some criteria are not appraised yet.
dashboard-nav-standings = Standings
dashboard-nav-trend = Trend
dashboard-nav-areas = Task areas
dashboard-nav-owing = Outstanding
dashboard-nav-awards = Awards
dashboard-no-js = Charts need JavaScript; every figure is in the tables below.
dashboard-default = { $value } (default, not stated in the plan)
dashboard-grade-bands = Grade bands: { $bands }
dashboard-back = ← Whole campaign

dashboard-standings-title = Current standings
dashboard-standings-note = The same figures as /xephang and the summary workbook (Excel). Tap a unit for its details.
dashboard-col-rank = Rank
dashboard-col-unit = Unit
dashboard-col-score = Score
dashboard-col-grade = Grade
dashboard-col-reported = Reported
dashboard-reported = { $reported }/{ $total }
dashboard-unreported-title = Nothing reported, not ranked ({ $count }):
dashboard-standings-empty = No unit has results yet.
dashboard-score-axis = Score (out of 100)

dashboard-trend-title = Standings over time
dashboard-trend-note = Each point is a change of the standings (stored when someone looks at /xephang, and at 17:00 every day).
dashboard-trend-empty = No standings have been stored yet.
dashboard-trend-first = First ({ $date })
dashboard-trend-latest = Latest ({ $date })
dashboard-trend-all = Every point ({ $count })
dashboard-col-date = Date

dashboard-areas-title = By task area
dashboard-areas-note = Area scores are out of 100 of that area's points, as /xephang <area> gives them; a low average is an area that lags.
dashboard-col-area = Task area
dashboard-col-max = Max points
dashboard-col-average = Average
dashboard-col-lowest = Lowest
dashboard-area-lowest = { $unit } ({ $score })
dashboard-none = –

dashboard-owing-title = Who still owes what
dashboard-col-deadline = Task
dashboard-col-due = Due
dashboard-col-owing = Still owing
dashboard-due-left = { $days } working days left
dashboard-due-today = due today
dashboard-due-late = { $days } working days late
dashboard-owing-none = Nobody owes it now
dashboard-owing-all = All { $count } units
dashboard-owing-untracked = The bot cannot follow this task
dashboard-missing-title = Criteria without a report
dashboard-missing-line = { $unit }: { $missing } of { $total } criteria missing
dashboard-missing-none = Every unit has reported on all its criteria.
dashboard-late-awaiting = Sent after the campaign closed, waiting for the secretariat (/thamdinh): { $reports } reports, { $scores } self-scores.

dashboard-awards-title = Award pipeline
dashboard-awards-empty = No award proposals yet.
dashboard-stage = { $stage ->
        [DRAFT] Being drafted
        [SUBMITTED] Sent to the council
        [IN_REVIEW] Council reviewing
        [PASSED] Passed by the council, awaiting the leader
        [PROPOSED] Proposed to the higher level
        [AWARDED] Awarded by decision
        [FAILED] Not passed by the council
        [NOT_AWARDED] Not awarded by the higher level
       *[WITHDRAWN] Withdrawn
    }
dashboard-nominee = { $kind ->
        [COLLECTIVE] Collective: { $unit }
       *[INDIVIDUAL] { $name } ({ $unit })
    }
dashboard-decision = Decision no. { $number } of { $date }
dashboard-col-stage = Stage
dashboard-col-count = Proposals

## A unit's page
dashboard-unit-rank = Rank { $rank } of { $count } — { $score } points — { $grade }
dashboard-unit-unranked = No results yet, not ranked.
dashboard-unit-areas-title = Results by task area
dashboard-criteria-default = { $what ->
        [target] The criteria's targets
        [points] The criteria's maximum points
       *[both] The criteria's targets and maximum points
    }: defaults, not stated in the plan.
dashboard-unit-area-score = { $area }: { $score }/100
dashboard-col-target = Target
dashboard-col-value = Result
dashboard-col-points = Points
dashboard-col-reports = Reports
dashboard-col-evidence = Evidence
dashboard-value-on = { $value } ({ $date })
dashboard-not-reported = Not reported
dashboard-points = { $points }/{ $max }
dashboard-points-how = { $how ->
        [appraised] appraised
        [self] self-scored
        [report] from the report
       *[none] none yet
    }
dashboard-dossier-title = Award dossier
dashboard-dossier-filed = ✓ { $title } — { $name } ({ $date })
dashboard-dossier-missing = ✗ { $title }{ $required ->
        [yes] {""}
       *[no] {" "}(optional)
    }
dashboard-dossier-empty = The campaign asks for no dossier.

## Refusal page
dashboard-refused-title = The dashboard cannot be opened
dashboard-refused-forged = This request could not be verified as coming from Telegram. Please close the window and open the dashboard again from the bot's message.
dashboard-refused-expired = This dashboard session has expired. Please close the window and open it again from the bot's message (send /bangdieukhien).
dashboard-refused-missing = This page opens from the "Open the dashboard" button in Telegram. On Zalo, send /bangdieukhien to get a link.
dashboard-refused-stranger = This Telegram account is not registered with the bot. Send /start with the invite code from the secretariat.
dashboard-mini-app-opening = Opening the dashboard…
