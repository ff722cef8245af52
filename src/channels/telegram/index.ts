import type { Core } from '../../app.js';
import type { Config } from '../../config.js';
import type { HttpServer } from '../../http/server.js';
import type { Deliver } from '../../services/messaging/outbox-sender.js';
import { createTelegramBot } from './bot.js';
import { telegramDeliver } from './deliver.js';
import { createTelegramRunnable, type TelegramRunnable } from './run.js';

export interface TelegramChannel extends TelegramRunnable {
  /** sends an outbox message to a Telegram chat */
  deliver: Deliver;
}

/**
 * The Telegram channel from the configuration: long polling, or a webhook on the shared HTTP server
 * when a URL is set (main.ts makes the server whenever a webhook is configured).
 */
export function telegramChannel(core: Core, telegram: NonNullable<Config['telegram']>, server: HttpServer | null): TelegramChannel {
  const bot = createTelegramBot({
    token: telegram.token,
    apiRoot: telegram.apiRoot,
    engine: core.engine,
    members: core.services.members,
    i18n: core.i18n,
    logger: core.logger,
  });
  if (telegram.webhookUrl && !server) throw new Error('the Telegram webhook needs the shared HTTP server');
  const webhook = telegram.webhookUrl && telegram.webhookSecret && server ? { url: telegram.webhookUrl, secret: telegram.webhookSecret, server } : null;
  const runnable = createTelegramRunnable({ bot, engine: core.engine, i18n: core.i18n, logger: core.logger, webhook });
  return Object.assign(runnable, { deliver: telegramDeliver(bot.api, telegram.token) });
}
