# The console as the outbox's channel: a message to a console account is shown in the terminal.
console-delivered = 📨 Tin nhắn gửi tài khoản { $account }:
    { $text }
