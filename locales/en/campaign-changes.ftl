## Writing a running campaign back to a file (npm run campaign -- export) and changing a running campaign
# Comments in the exported file.
cf-export-header = { $title }: exported from the bot's data on { $date }. Importing this file changes nothing; values the plan does not state are marked "default".
cf-export-default = default
cf-export-quoted = Section { $where }: "{ $quote }"
cf-export-written = Campaign { $campaign } written to { $file }.

# Changing a campaign: refusals.
campaign-change-forbidden = Only the campaign secretariat (ADMIN) of the organising body may change the campaign.
campaign-change-no-campaign = This campaign was not found.
campaign-change-invalid = Not changed: after the change, "{ $field }" of the campaign would not be valid.
campaign-change-nothing = The new value is the current one: nothing to change.
campaign-change-unknown-deadline = The campaign has no deadline "{ $code }". Its deadlines: { $known }.
campaign-change-date-outside = { $date } is outside the campaign period ({ $from } – { $to }).
campaign-change-unknown-unit = The campaign has no unit "{ $code }". Its units: { $known }.
campaign-change-unit-name-empty = The unit's name cannot be empty.
campaign-change-unit-exists = There is already a unit "{ $name }" ({ $code }).
campaign-change-unit-code-invalid = The unit code "{ $code }" may only hold unaccented letters, digits, "_" or "-", e.g. VPTK.
campaign-change-unit-code-taken = The unit code "{ $code }" is taken (also by units that left). Choose another one.
campaign-change-last-unit = { $name } cannot leave: the campaign needs at least one unit.
campaign-change-unit-holds = { $name } cannot leave: it holds the commune-wide target { $criteria }. Give that target to another unit first.
campaign-change-unknown-criterion = The campaign has no criterion "{ $code }".
campaign-change-target-range = The target { $target } must lie within the criterion's range { $min } – { $max }.
campaign-change-weight-positive = The points of criterion "{ $code }" must be more than 0.
campaign-change-weights-total = After the change the criteria add up to { $sum } points; they must add up to exactly 100. Change the other criteria's points at the same time.
campaign-change-unknown-quota = The campaign has no award form "{ $form }" for these nominees. Its forms: { $known }.
campaign-change-quota-whole = An award quota is a whole number of 1 or more ({ $max } given).
campaign-change-quota-below-approved = "{ $title }" cannot go down to { $max }: { $approved } have been approved already.

# Messages to the heads of the units a change concerns.
campaign-change-told-deadline = The campaign secretariat moved the deadline "{ $title }" from { $before } to { $after }.
campaign-change-told-unit-added = The unit { $name } has joined the campaign.
campaign-change-told-unit-renamed = The unit { $before } is now called { $after }.
campaign-change-told-unit-retired = The unit { $name } no longer takes part in the campaign. The reports it sent are kept.
campaign-change-told-target = The campaign secretariat changed the target of "{ $title }" from { $before ->
        [none] none
       *[other] { $before }
    } to { $after }.
campaign-change-told-weights = The campaign secretariat changed the points of criteria: { $changes }.
campaign-change-told-quota = The number of "{ $title }" for { $nominee ->
        [COLLECTIVE] collectives
       *[INDIVIDUAL] individuals
    } changed from { $before ->
        [none] no limit
       *[other] { $before }
    } to { $after ->
        [none] no limit
       *[other] { $after }
    }.

# /suakehoach: changing the plan in chat.
campaign-change-chat-ask-kind = Changing the plan: { $campaign }.
    What do you need to change?
campaign-change-chat-kind-move-deadline = Move a deadline
campaign-change-chat-kind-add-unit = Add a unit
campaign-change-chat-kind-rename-unit = Rename a unit
campaign-change-chat-kind-retire-unit = Stop following a unit
campaign-change-chat-kind-set-target = Change a target
campaign-change-chat-kind-set-weight = Change a criterion's points
campaign-change-chat-kind-set-quota = Change an award quota
campaign-change-chat-pick-move-deadline = Choose the deadline to move:
campaign-change-chat-pick-rename-unit = Choose the unit to rename:
campaign-change-chat-pick-retire-unit = Choose the unit to stop following (the reports it sent are kept):
campaign-change-chat-pick-set-target = Choose the criterion whose target changes:
campaign-change-chat-pick-set-weight = Choose the criterion whose points change (all criteria must add up to exactly 100):
campaign-change-chat-pick-set-quota = Choose the award whose quota changes:
campaign-change-chat-quota-label = { $title } ({ $nominee ->
        [COLLECTIVE] collectives
       *[INDIVIDUAL] individuals
    }): { $count ->
        [none] no limit
       *[other] { $count }
    }
campaign-change-chat-none = The plan has nothing of this kind to change.
campaign-change-chat-gone = What you chose is no longer in the plan. Type /suakehoach to start again.
campaign-change-chat-ask-unit-name = Type the new unit's name (the bot makes its code from the name):
campaign-change-chat-ask-rename = Current name: { $current }. Type the new name:
campaign-change-chat-ask-date = The deadline "{ $title }" is now { $current }. Type the new date (day/month/year), within the campaign period { $from } – { $to }:
campaign-change-chat-ask-target = The target of "{ $title }" is now { $current }. Type the new target, in { $unit } (e.g. 98.5):
campaign-change-chat-ask-weight = The points of "{ $title }" are now { $current }. Type the new points (e.g. 12.5):
campaign-change-chat-ask-quota = The quota of "{ $title }" is now { $count ->
        [none] no limit
       *[other] { $count }
    }. Type the new number, or choose No limit:
campaign-change-chat-unlimited = No limit
campaign-change-chat-date-invalid = That is not a date. Type day/month/year, e.g. { $example }.
campaign-change-chat-number-invalid = That is not a number. Type e.g. 98.5 or 98,5.
campaign-change-chat-weights-pending = After the change the criteria add up to { $sum } points; they must add up to exactly 100. Changed so far: { $changes }. Choose another criterion to change:
campaign-change-chat-retry-value = Type another value, or /huy to stop.
campaign-change-chat-retry-pick = Choose something else, or /huy to stop.
campaign-change-chat-preview-title = Preview of the change to the plan:
campaign-change-chat-edit-deadline = • Deadline "{ $title }": { $before } → { $after }
campaign-change-chat-edit-unit-added = • New unit { $name } (code { $code })
campaign-change-chat-edit-unit-renamed = • Unit renamed: { $before } → { $after }
campaign-change-chat-edit-unit-retired = • { $name } no longer followed; the reports it sent are kept
campaign-change-chat-edit-target = • Target of "{ $title }": { $before ->
        [none] none
       *[other] { $before }
    } → { $after }
campaign-change-chat-edit-weight = • Points of "{ $title }": { $before } → { $after }
campaign-change-chat-edit-quota = • Quota of "{ $title }" ({ $nominee ->
        [COLLECTIVE] collectives
       *[INDIVIDUAL] individuals
    }): { $before ->
        [none] no limit
       *[other] { $before }
    } → { $after ->
        [none] no limit
       *[other] { $after }
    }
campaign-change-chat-affected = Units concerned ({ $count }): { $units }
campaign-change-chat-affected-none = No unit is concerned yet.
campaign-change-chat-unit-heads = { $unit } (head: { $heads })
campaign-change-chat-unit-no-head = { $unit } (no head yet)
campaign-change-chat-told = { $count } heads will be told (in working hours): { $names }.
campaign-change-chat-told-none = No head needs to be told.
campaign-change-chat-standings = Standings that move:
campaign-change-chat-standings-line = • { $unit }: { $before } → { $after }
campaign-change-chat-standing = rank { $rank }, { $score } points, { $grade }
campaign-change-chat-unranked = not ranked
campaign-change-chat-standings-same = The standings do not move.
campaign-change-chat-confirm = Confirm the change?
campaign-change-chat-option-confirm = Confirm
campaign-change-chat-cancelled = Cancelled; the plan stays as it was.
campaign-change-chat-done = The plan is changed:
campaign-change-chat-done-told = { $count } heads are being told (messages go out in working hours).
campaign-change-chat-done-told-none = No head needs to be told.
campaign-change-chat-start-again = The plan changed meanwhile, so nothing was changed. Type /suakehoach to start again on the plan as it is now.
