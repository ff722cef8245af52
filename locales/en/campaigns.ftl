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

## /lienket — one person, two apps
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
