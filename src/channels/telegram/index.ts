import type { Core } from '../../app.js';
import type { Config } from '../../config.js';
import { createTelegramBot } from './bot.js';
import { createTelegramRunnable, type TelegramRunnable } from './run.js';

/** The Telegram channel from the configuration: long polling, or a webhook when a URL is set. */
export function telegramChannel(core: Core, telegram: NonNullable<Config['telegram']>, http: Config['http']): TelegramRunnable {
  const bot = createTelegramBot({
    token: telegram.token,
    apiRoot: telegram.apiRoot,
    engine: core.engine,
    members: core.services.members,
    i18n: core.i18n,
    logger: core.logger,
  });
  const webhook =
    telegram.webhookUrl && telegram.webhookSecret
      ? { url: telegram.webhookUrl, secret: telegram.webhookSecret, host: http.host, port: http.port }
      : null;
  return createTelegramRunnable({ bot, engine: core.engine, i18n: core.i18n, logger: core.logger, webhook });
}
