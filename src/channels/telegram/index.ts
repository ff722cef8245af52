import type { Core } from '../../app.js';
import type { Config } from '../../config.js';
import { CHANNEL_CAPABILITIES } from '../../domain/channels.js';
import type { HttpServer } from '../../http/server.js';
import type { ChannelAdapter, CreateAdapter } from '../contract.js';
import { createTelegramBot } from './bot.js';
import { telegramAnnouncer } from './client.js';
import { telegramDeliver } from './deliver.js';
import { createTelegramRunnable, type TelegramRunnable } from './run.js';

export interface TelegramChannel extends TelegramRunnable, ChannelAdapter {
  announcer: NonNullable<ChannelAdapter['announcer']>;
}

/**
 * The Telegram channel from the configuration: long polling, or a webhook on the shared HTTP server
 * when a URL is set (main.ts makes the server whenever the registry says a configured channel listens).
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
  return Object.assign(runnable, {
    channel: 'TELEGRAM' as const,
    capabilities: CHANNEL_CAPABILITIES.TELEGRAM,
    deliver: telegramDeliver(bot.api, telegram.token),
    announcer: telegramAnnouncer(bot.api),
  });
}

export const createAdapter: CreateAdapter = ({ core, config, server }) => {
  if (!config.telegram) throw new Error('Telegram is not configured');
  return telegramChannel(core, config.telegram, server);
};
