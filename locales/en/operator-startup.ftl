## Start-up
main-no-channel = No channel (Telegram, Zalo) is configured in .env, so the bot has nothing to run. See .env.example, or try it in the terminal: npm run demo
# Start-up and configuration errors: shown in Vietnamese, then English (src/startup.ts, src/config.ts).
startup-failed = The bot could not start: { $detail }. Run again with LOG_LEVEL=debug for the details.
startup-database-unreachable = Cannot reach the database { $url } (DATABASE_URL; error: { $reason }). Check that the PostgreSQL server is running, and the host, port, user name and password in DATABASE_URL.
startup-folder-unwritable = The bot cannot write to the folder { $folder } ({ $variable }; error: { $reason }). Set { $variable } in .env to a folder the bot's user can write to, or allow it to write to this one.
startup-port-in-use = Port { $port } on { $host } is already used by another program. Stop that program, or set HTTP_PORT in .env to another port (such as 8081).
startup-port-denied = The bot may not open port { $port } on { $host } (ports below 1024 need administrator rights). Set HTTP_PORT in .env to 1024 or above, such as 8080.
demo-campaign-unreadable = Cannot read the campaign file { $file } (DEMO_CAMPAIGN; error: { $reason }). Correct DEMO_CAMPAIGN to the path of a .yaml file, or leave it blank for the sample campaign.
config-invalid = Invalid configuration: fix .env (see .env.example) and run again.
config-database-url = must be a SQLite file URL such as file:./data/thidua.db, or a PostgreSQL URL such as postgresql://thidua:secret@127.0.0.1:5432/thidua
config-log-level = use one of fatal, error, warn, info, debug, trace, silent (default info)
config-default-locale = use vi (Vietnamese) or en (English)
config-file-store-dir = use the path of a folder, such as data/files
config-dialog-timeout = use a whole number of minutes above 0, such as 30
config-outbox-lease = use a whole number of seconds, at least 1, such as 300
config-database-pool-size = use a whole number of connections from 1 to 100, such as 10; all processes together must stay under PostgreSQL's max_connections
config-document-template-dir = use the path of the folder holding your own document templates, such as data/templates (leave empty for the shipped ones)
config-telegram-token = looks wrong: copy the whole token BotFather gave, like 123456789:AA…
config-telegram-api-root = must be a URL such as http://127.0.0.1:8081 (a self-hosted Bot API server)
config-telegram-webhook-url = must be the public https URL Telegram should call, such as https://bot.example.vn/telegram
config-telegram-webhook-secret = use 16 to 256 characters from A-Z, a-z, 0-9, _ and -
config-telegram-webhook-secret-required = required with TELEGRAM_WEBHOOK_URL, so that only Telegram can call the webhook
config-zalo-token = looks wrong: copy the whole token Zalo Bot Manager gave, like 12345689:abc-xyz
config-zalo-api-root = must be a URL such as https://bot-api.zaloplatforms.com
config-zalo-webhook-url = must be the public https URL Zalo should call, such as https://bot.example.vn/zalo
config-zalo-webhook-https = Zalo calls https webhooks only: use an https:// URL
config-zalo-webhook-secret = use 8 to 256 visible ASCII characters (letters, digits, punctuation; no spaces)
config-zalo-webhook-secret-required = required with ZALO_WEBHOOK_URL, so that only Zalo can call the webhook
config-zalo-quota = use a whole number of messages above 0, such as 3000
config-public-base-url = must be the public https address of this bot's HTTP server, such as https://bot.example.vn
config-http-port = use a port number from 1 to 65535, such as 8080
config-http-host = use an address to listen on, such as 0.0.0.0 (all addresses) or 127.0.0.1
config-web-link-secret = use a random string of at least 32 characters, or leave it blank to derive one from the bot tokens
config-web-link-minutes = give the minutes a link to the bot's web pages keeps working, from 1 to 1440 (default 30)
config-outbox-rate = use a number of messages a second above 0 and at most 30 (Telegram allows about 30)
