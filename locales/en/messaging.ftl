## Outbox: notices the sender itself raises
outbox-member-unreachable = ⚠️ Messages to { $name } ({ $unit }) on { $channel ->
        [TELEGRAM] Telegram
        [ZALO] Zalo
       *[other] { $channel }
    } cannot be delivered: they blocked or deleted the chat with the bot. Reminders will not reach them until they write to the bot again (for example /start). Please contact them directly.

## /nhacnho: my reminders
cmd-nhacnho = Reminders: messages on the way, deadlines, mute/unmute the periodic progress check-in
remind-queued-title = Reminders on their way to you:
remind-queued-none = No reminder is waiting to be sent to you.
remind-sending-soon = shortly
remind-message-line = • { $when } — { $text }
remind-message-unknown = (a “{ $kind }” message whose text cannot be shown)
remind-sent-title = Sent recently:
remind-deadlines-title = Upcoming deadlines that concern you:
remind-deadlines-none = No upcoming deadline concerns you.
remind-checkin-status = Periodic progress check-in: { $muted ->
        [yes] muted
       *[other] on
    }.
remind-checkin-heads-only = Periodic progress check-in: sent to unit heads only.
remind-checkin-off = Periodic progress check-in: not used by this plan.
remind-nudges-status = Deadline nudges (when a deadline is near and the work is not done): always on, as the plan requires work done on time; the bot only nudges during working hours and stops as soon as the work is done.
remind-ask = What would you like to change?
remind-option-mute = Mute the periodic progress check-in
remind-option-unmute = Turn the periodic progress check-in back on
remind-checkin-muted = The periodic progress check-in is muted. You still receive deadline nudges and the announcements of { $office }. To turn it back on, type /nhacnho.
remind-checkin-unmuted = The periodic progress check-in is on again.

## /thongbao: announcements through the outbox
cmd-thongbao = Send an announcement to everyone, a unit or a role
broadcast-message = 📢 Announcement from { $sender }:
    { $text }
broadcast-ask-audience = Who should receive the announcement?
broadcast-option-all = All members
broadcast-option-unit = One unit
broadcast-option-role = By role (heads, leaders, council…)
broadcast-pick-unit = Which unit? (Type its number or name; diacritics are optional, e.g. van hoa.)
broadcast-pick-role = Which role?
broadcast-unit-gone = That unit is no longer listed. Type /thongbao to start again.
broadcast-audience-all = all members
broadcast-audience-unit = the members of { $unit }
broadcast-audience-role = everyone with the role { $role }
broadcast-nobody = Nobody in { $audience } can be reached through the bot: { $recipients ->
        [0] there is no one besides you.
       *[other] none of the { $recipients } people has an account to receive messages, or they have blocked the bot.
    } Please choose another audience, or type /huy to cancel.
broadcast-ask-text = Type the announcement for { $audience } ({ $recipients } people), at most { $max } characters:
broadcast-text-empty = The announcement is empty. Please type the text to send, or /huy to cancel.
broadcast-text-too-long = The text is { $length } characters long, more than the { $max } characters an announcement may have. Please shorten it and send it again (or split it into several announcements), or type /huy to cancel.
broadcast-forbidden = Only the campaign secretariat may send announcements.
broadcast-preview-title = Preview — recipients will see exactly this:
broadcast-preview-audience = To: { $audience } — { $recipients } people{ $unreachable ->
        [0] .
       *[other] ; { $unreachable } of them have no account to receive messages or have blocked the bot, and will not get it.
    }
broadcast-preview-when = { $later ->
        [yes] Sent at: { $when } (the bot does not send outside working hours, so it waits for the next working hours).
       *[other] Sent at: right after you confirm ({ $when }).
    }
broadcast-preview-messages = Messages to be sent:
broadcast-preview-channel = • { $channel ->
        [TELEGRAM] Telegram
        [ZALO] Zalo
       *[other] Console
    }: { $messages } messages to { $people } people{ $split ->
        [yes] {" "}(a message holds at most { $max } characters, so the announcement is split into several).
       *[other] .
    }
broadcast-option-send = Send
broadcast-cancelled = Cancelled. The announcement was not sent to anyone.
broadcast-sent = The announcement is taken. { $later ->
        [yes] The bot will send it to { $queued } people at { $when } (the next working hours).
       *[other] The bot is sending it to { $queued } people now.
    }{ $unreachable ->
        [0] {""}
       *[other] {" "}{ $unreachable } people will not get it because they have no account to receive messages or have blocked the bot; please tell them directly.
    }

## Scheduled reminders: check-in, deadline nudges, overdue, weekly digest
reminder-checkin = 📋 Progress check-in — { $campaign }
    Please update the results of { $unit } on the campaign's criteria ({ $reported }/{ $total } criteria reported so far). Send /baocao to report; send /nhacnho to turn this periodic reminder off.
reminder-nudge = ⏰ { $days ->
        [0] Today is the last working day before the deadline
        [one] Due in { $days } working day
       *[other] Due in { $days } working days
    } ({ $due }): { $deadline }.
    { $kind ->
        [PROGRESS_REPORT] { $unit } has not reported its results for this period yet. Send /baocao to report.
        [SELF_SCORE] { $unit } has not self-scored every criterion yet. Send /chamdiem to self-score.
        [DOSSIER] The award dossier of { $unit } is missing documents. Send /hoso to see what is missing, /nophoso to file it.
        [VOTE] You have not voted on every award nomination before the Emulation and Commendation Council. Send /bophieu to vote.
       *[other] Please make sure { $unit } completes it on time.
    }
reminder-overdue = ⚠️ Overdue by { $days ->
        [one] { $days } working day
       *[other] { $days } working days
    }: { $deadline } (due { $due }).
    { $kind ->
        [PROGRESS_REPORT] { $unit } has not reported its results. Please report now with /baocao.
        [SELF_SCORE] { $unit } has not self-scored every criterion. Please finish now with /chamdiem.
        [DOSSIER] The award dossier of { $unit } is missing documents. Please file them now with /nophoso.
       *[VOTE] You have not voted on every award nomination before the Emulation and Commendation Council. Please vote now with /bophieu.
    }
reminder-escalation = 🔔 Overdue, needs a leader's follow-up: { $deadline } (due { $due }) is { $days ->
        [one] { $days } working day
       *[other] { $days } working days
    } late. { $kind ->
        [VOTE] Council members yet to vote on every nomination ({ $count })
       *[other] Units yet to complete it ({ $count })
    }: { $late }.
digest-weekly = 📊 Week of { $from } – { $to }: { $campaign }
    { $silentCount ->
        [0] • Every unit has reported results in the last 7 days.
       *[other] • { $silentCount } units have not reported results in the last 7 days: { $silent }.
    }
    { $unreachableCount ->
        [0] • The bot can reach every unit head.
       *[other] • The bot cannot reach { $unreachableCount } unit heads (not registered, or they blocked the bot); follow up in person: { $unreachable }.
    }
    { $compared ->
        [yes] { $moved ->
            [0] • No unit changed places since last week:
           *[other] • Standings ({ $moved } units changed places since last week):
        }
       *[no] • Current standings (no figures from last week to compare with):
    }
    { $standings }
