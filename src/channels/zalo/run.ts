import type { Logger } from 'pino';
import type { DialogEngine } from '../../dialogs/engine.js';
import type { HttpServer } from '../../http/server.js';
import type { Runnable } from '../../main.js';
import { ZaloApiError, type ZaloClient } from './client.js';
import { zaloAnnouncer } from './deliver.js';
import type { ZaloHandler } from './handler.js';
import { startPolling, type PollingLoop, type PollingOptions } from './poll.js';
import { zaloWebhook } from './webhook.js';

// The Zalo channel as a Runnable: long polling by default, the webhook when ZALO_WEBHOOK_URL is
// set. Either way stop() takes no new updates and lets the one in flight finish.

export interface ZaloRunnableOptions {
  client: ZaloClient;
  handle: ZaloHandler;
  engine: DialogEngine;
  /** the channel's logger (its serializer keeps the token out) */
  logger: Logger;
  webhook: { server: HttpServer; url: string; secret: string } | null;
  polling?: Pick<PollingOptions, 'pollTimeoutSeconds' | 'backoff'>;
}

export interface ZaloRunnable extends Runnable {
  /** the polling loop while it runs (it ends by itself on a 401) */
  polling(): PollingLoop | null;
}

export function createZaloRunnable(options: ZaloRunnableOptions): ZaloRunnable {
  const { client, handle, logger: log } = options;
  const webhook = options.webhook ? zaloWebhook({ ...options.webhook, handle, logger: log }) : null;
  let loop: PollingLoop | null = null;

  return {
    name: webhook ? 'zalo (webhook)' : 'zalo (long polling)',
    polling: () => loop,
    async start() {
      const me = await client.getMe().catch((error: unknown) => {
        if (error instanceof ZaloApiError && error.errorCode === 401) log.fatal({ err: error }, 'Zalo refused the bot token (401): check ZALO_BOT_TOKEN in .env');
        throw error;
      });
      // From now on the campaign's Zalo group gets the announcements (the honour board…).
      options.engine.setAnnouncer('ZALO', zaloAnnouncer(client));
      if (webhook && options.webhook) {
        webhook.listen();
        await client.request('setWebhook', { url: options.webhook.url, secret_token: options.webhook.secret });
        log.info({ bot: me.account_name, path: new URL(options.webhook.url).pathname }, 'zalo webhook set');
        return;
      }
      // Zalo does not answer getUpdates while a webhook is set.
      await client.request('deleteWebhook');
      loop = startPolling({ client, handle, logger: log, ...options.polling });
      log.info({ bot: me.account_name }, 'zalo bot polling');
    },
    async stop() {
      await loop?.stop();
      loop = null;
      await webhook?.close();
    },
  };
}
