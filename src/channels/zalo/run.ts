import type { Logger } from 'pino';
import type { HttpServer } from '../../http/server.js';
import type { I18n } from '../../i18n/i18n.js';
import type { Runnable } from '../../lifecycle.js';
import { StartupError } from '../../startup-error.js';
import { ZaloApiError, type ZaloClient } from './client.js';
import type { ZaloHandler } from './handler.js';
import { startPolling, type PollingLoop, type PollingOptions } from './poll.js';
import type { ZaloReplies } from './replies.js';
import { zaloWebhook } from './webhook.js';

// The Zalo channel as a Runnable: long polling by default, the webhook when ZALO_WEBHOOK_URL is
// set. Either way stop() takes no new updates and lets the one in flight finish. A token Zalo
// refuses is fatal: at start it fails the start; later the channel reports it (onFatal) so that
// the process ends and its supervisor sees it, instead of running on without Zalo.

export interface ZaloRunnableOptions {
  client: ZaloClient;
  handle: ZaloHandler;
  replies: ZaloReplies;
  i18n: I18n;
  /** the channel's logger (its serializer keeps the token out) */
  logger: Logger;
  webhook: { server: HttpServer; url: string; secret: string } | null;
  polling?: Pick<PollingOptions, 'pollTimeoutSeconds' | 'backoff'>;
  /** called once, with the operator's message, when Zalo refuses the token after start */
  onFatal?: (message: string) => void;
}

export interface ZaloRunnable extends Runnable {
  /** the polling loop while it runs (it ends by itself on a 401) */
  polling(): PollingLoop | null;
  /** why the channel stopped working by itself (a refused token), or null while it is healthy */
  failure(): string | null;
  /** Zalo answered 401 to some call: the client reports every one here */
  tokenRefused(): void;
}

const isRefusedToken = (error: unknown) => error instanceof ZaloApiError && error.errorCode === 401;

export function createZaloRunnable(options: ZaloRunnableOptions): ZaloRunnable {
  const { client, handle, replies, i18n, logger: log } = options;
  const webhook = options.webhook ? zaloWebhook({ ...options.webhook, handle, logger: log }) : null;
  let loop: PollingLoop | null = null;
  let running = false;
  let failure: string | null = null;

  /** Sets the webhook and checks Zalo's answer: an address it refused or recorded otherwise fails the start. */
  const setWebhook = async (url: string, secret: string, bot: string | undefined) => {
    const refused = (reason: string, cause?: unknown) => new StartupError(i18n.both('zalo-webhook-refused', { url, reason }), { cause });
    let answer: { url?: unknown; updated_at?: unknown } | null;
    try {
      answer = await client.request('setWebhook', { url, secret_token: secret });
    } catch (error) {
      if (error instanceof ZaloApiError && !isRefusedToken(error)) throw refused(error.description, error);
      throw error;
    }
    if (typeof answer?.url === 'string' && answer.url !== url) throw refused(`Zalo recorded ${answer.url}`);
    log.info({ bot, path: new URL(url).pathname, updatedAt: answer?.updated_at }, 'zalo webhook set');
  };

  return {
    name: webhook ? 'zalo (webhook)' : 'zalo (long polling)',
    polling: () => loop,
    failure: () => failure,
    tokenRefused() {
      if (!running || failure) return;
      failure = i18n.both('zalo-token-refused');
      log.fatal(failure);
      // Not from inside the call that met the 401: the stop that follows waits for that call.
      const onFatal = options.onFatal;
      if (onFatal) setImmediate(() => onFatal(failure!));
    },
    async start() {
      try {
        const me = await client.getMe();
        if (webhook && options.webhook) {
          webhook.listen();
          await setWebhook(options.webhook.url, options.webhook.secret, me.account_name);
        } else {
          // Zalo does not answer getUpdates while a webhook is set.
          await client.request('deleteWebhook');
          loop = startPolling({ client, handle, logger: log, ...options.polling });
          log.info({ bot: me.account_name }, 'zalo bot polling');
        }
      } catch (error) {
        await webhook?.close();
        if (!isRefusedToken(error)) throw error;
        throw new StartupError(i18n.both('zalo-token-refused'), { cause: error });
      }
      running = true;
      replies.start();
    },
    async stop() {
      running = false;
      await loop?.stop();
      loop = null;
      await webhook?.close();
      await replies.stop();
    },
  };
}
