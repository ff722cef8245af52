## Console channel
console-banner = Thi đua CCHC assistant — terminal mode. Type /trogiup for commands, :ai to list demo members, :la <name> to switch user, :khach to become an unregistered visitor, :tep <path> to send a file.
console-you-are = You are: { $name } — { $unit }
console-visitor = You are an unregistered visitor. Type /start <code> to register.
console-options-hint = (Type the option's number or name; /huy to cancel.)
console-unknown = There is no console command { $command }. Use :ai, :la <name>, :khach or :tep <path>.
console-members-title = Demo members:
console-members-hint = Type :la <name> to switch user (diacritics optional, e.g. :la tu).
console-switch-usage = Usage: :la <member name>, for example :la truong anh tu
console-switch-unknown = No member matches "{ $name }". Type :ai to see the list.
console-switch-ambiguous = Several members match: { $names }. Please be more specific.

## Telegram
tg-rate-limited = You are sending messages too fast. Please wait about 10 seconds before sending more; messages sent meanwhile are not handled.
tg-not-yours = This button belongs to someone else's question.
tg-unsupported = The bot reads text messages, commands, buttons, documents and photos only. Type /trogiup to see the commands.
tg-options-type-number = (Type the number or the name of an option; /huy to cancel.)
tg-chosen = ✔ { $label }
console-image-note = (With a chart picture — visible on Telegram.)
console-document-saved = (File { $name } saved at: { $path })
console-document-unsaved = (Could not save { $name } in the folder { $dir }: { $reason }. Check that the folder can be written to and try again.)
console-announcement = 📣 Posted to the campaign's group:
    { $text }

## Zalo
zalo-options-hint = (Answer with the number (1, 2…) or type the option; type /huy to cancel.)
zalo-unsupported = On Zalo the bot reads text messages, commands (such as /trogiup) and photos; stickers, voice messages and attachments cannot be read. For PDF or Word documents, photograph the signed page and send the photo, or send the file through the bot on Telegram.
zalo-document-unavailable = (Zalo does not let the bot send files, so { $name } could not be sent. Type the same command to the bot on Telegram to get the file, or ask the emulation secretariat to send it.)
zalo-document-link =
    Download { $name } at: { $url }
    (The link works until { $until }; please do not pass it on.)
zalo-token-refused = Zalo refused the bot token (error 401); the bot has stopped. Check ZALO_BOT_TOKEN in .env (or reset the token in Zalo Bot Manager) and restart the bot.
zalo-webhook-refused = Zalo did not accept the webhook address { $url } ({ $reason }). Check ZALO_WEBHOOK_URL (an https address reachable from the Internet) and ZALO_WEBHOOK_SECRET (8 to 256 characters) in .env and restart the bot.
