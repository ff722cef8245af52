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
