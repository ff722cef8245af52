## Common
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
cmd-bangdieukhien = Web dashboard: standings over time, task areas, who still owes what, awards
cmd-moi = Create an invite code for a unit and role
cmd-chiendich = Campaign summary
cmd-kehoach = Start a campaign from the plan document
cmd-suakehoach = Change the plan: deadlines, units, targets, points, award quotas

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

## /trogiup
help-title = Commands you can use:
help-title-stranger = You are not registered. Commands you can use:
