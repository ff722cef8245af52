import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { run, type RunnerHandle } from '@grammyjs/runner';
import { webhookCallback, type Bot } from 'grammy';
import type { Update } from 'grammy/types';
import type { Logger } from 'pino';
import { createHttpServer, type HttpServer } from '../../http/server.js';
import type { Runnable } from '../../lifecycle.js';
import { setDefaultMenus, type MenuSource } from './menus.js';
import { channelLogger } from './redact.js';

// The Telegram channel as a Runnable: long polling through grammY's runner (default), or a webhook
// on the bot's shared HTTP server when a public URL is configured. stop() takes no new updates and
// lets the ones in flight finish.

export const ALLOWED_UPDATES = ['message', 'callback_query'] as const;

export type WebhookOptions = {
  /** the public https URL Telegram calls; its path is where the server listens */
  url: string;
  /** Telegram sends it in X-Telegram-Bot-Api-Secret-Token; anything else gets 401 */
  secret: string;
} &
  // the bot's shared server (npm start), started before the channel and stopped after it…
  (
    | { server: HttpServer }
    // …or a server of the channel's own on this address
    | { host: string; port: number }
  );

export interface TelegramRunnableOptions extends MenuSource {
  bot: Bot;
  logger: Logger;
  webhook: WebhookOptions | null;
}

export interface TelegramRunnable extends Runnable {
  /** where the webhook server listens once started (port 0 picks a free one) */
  address(): AddressInfo | null;
}

export function createTelegramRunnable(options: TelegramRunnableOptions): TelegramRunnable {
  return options.webhook ? webhookRunnable(options, options.webhook) : pollingRunnable(options);
}

async function prepare(options: TelegramRunnableOptions, log: Logger): Promise<void> {
  await options.bot.init();
  await setDefaultMenus(options.bot.api, options).catch((err: unknown) => log.warn({ err }, 'command menus not set'));
}

/**
 * Updates handled at once by long polling (the runner's default is 500). The database work of an
 * update is mostly synchronous on SQLite, so more in flight only hold more memory: a burst of
 * 4,500 updates took 7.7 s and 512 MB at 500, and 6.5 s and 436 MB at 50 (bench:city).
 */
const UPDATES_IN_FLIGHT = 50;

/**
 * Counts the updates being handled, whichever way they came in. Neither grammY's runner (its
 * concurrent sink does not await handlers on stop) nor the webhook callback (it answers Telegram
 * after 50 s and lets a slow update go on) waits for all of them, so stop() waits here.
 */
export function trackUpdates(bot: Bot): { idle(): Promise<void> } {
  const inFlight = new Set<Promise<unknown>>();
  const handleUpdate = bot.handleUpdate.bind(bot);
  bot.handleUpdate = (update: Update, envelope?: Parameters<Bot['handleUpdate']>[1]) => {
    const task = handleUpdate(update, envelope);
    const settled = task.catch(() => undefined);
    inFlight.add(settled);
    void settled.finally(() => inFlight.delete(settled));
    return task;
  };
  return {
    async idle() {
      while (inFlight.size > 0) await Promise.all([...inFlight]);
    },
  };
}

function pollingRunnable(options: TelegramRunnableOptions): TelegramRunnable {
  const { bot } = options;
  const log = channelLogger(options.logger, bot.token);
  const inFlight = trackUpdates(bot);
  let runner: RunnerHandle | null = null;
  return {
    name: 'telegram (long polling)',
    address: () => null,
    async start() {
      await prepare(options, log);
      // Telegram refuses getUpdates while a webhook is set.
      await bot.api.deleteWebhook({ drop_pending_updates: false });
      runner = run(bot, { sink: { concurrency: UPDATES_IN_FLIGHT }, runner: { silent: true, fetch: { allowed_updates: [...ALLOWED_UPDATES] } } });
      runner.task()?.catch((err: unknown) => log.fatal({ err }, 'long polling stopped: check TELEGRAM_BOT_TOKEN and that no other copy of the bot is running'));
      log.info({ bot: bot.botInfo.username }, 'telegram bot polling');
    },
    async stop() {
      if (runner?.isRunning()) await runner.stop();
      runner = null;
      await inFlight.idle();
    },
  };
}

function webhookRunnable(options: TelegramRunnableOptions, webhook: WebhookOptions): TelegramRunnable {
  const { bot } = options;
  const log = channelLogger(options.logger, bot.token);
  const path = new URL(webhook.url).pathname;
  const inFlight = trackUpdates(bot);
  // Without the shared server (tests, a channel run on its own) the channel has one of its own.
  const own = 'server' in webhook ? null : createHttpServer({ host: webhook.host, port: webhook.port, logger: log });
  const server = 'server' in webhook ? webhook.server : own!;
  let unroute: (() => void) | null = null;

  const callback = webhookCallback(bot, 'http', { secretToken: webhook.secret, onTimeout: 'return', timeoutMilliseconds: 50_000 });
  const onRequest = (req: IncomingMessage, res: ServerResponse) =>
    callback(req, res).catch((err: unknown) => {
      log.error({ err }, 'webhook request failed');
      if (!res.headersSent) res.writeHead(500).end();
    });

  return {
    name: 'telegram (webhook)',
    address: () => server.address(),
    async start() {
      await prepare(options, log);
      await own?.start();
      unroute = server.route('POST', path, onRequest);
      await bot.api.setWebhook(webhook.url, { secret_token: webhook.secret, allowed_updates: [...ALLOWED_UPDATES], drop_pending_updates: false });
      log.info({ bot: bot.botInfo.username, path, port: server.address()?.port }, 'telegram webhook listening');
    },
    async stop() {
      // No new requests; the webhook stays set so Telegram keeps updates until the bot is back.
      unroute?.();
      unroute = null;
      await inFlight.idle();
      await own?.stop();
    },
  };
}
