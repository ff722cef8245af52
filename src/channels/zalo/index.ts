import type { Core } from '../../app.js';
import type { Config } from '../../config.js';
import { createChartHost } from '../../http/charts.js';
import type { HttpServer } from '../../http/server.js';
import type { Deliver } from '../../jobs/outbox-sender.js';
import { errorForLog } from '../telegram/redact.js';
import { ZaloClient } from './client.js';
import { zaloDeliver } from './deliver.js';
import { zaloHandler } from './handler.js';
import { createZaloRunnable, type ZaloRunnable, type ZaloRunnableOptions } from './run.js';

export interface ZaloChannel extends ZaloRunnable {
  /** sends an outbox message to a Zalo chat */
  deliver: Deliver;
}

export interface ZaloChannelOptions {
  /** the shared HTTP server, when the bot runs one (webhook, chart pictures) */
  server: HttpServer | null;
  /** with the server: standings pictures are served there and sent by address */
  publicBaseUrl: string | null;
  /** poll timeout and back-off (tests shorten them) */
  polling?: ZaloRunnableOptions['polling'];
}

/** The Zalo channel from the configuration: long polling, or a webhook on the shared server when a URL is set. */
export function zaloChannel(core: Core, zalo: NonNullable<Config['zalo']>, options: ZaloChannelOptions): ZaloChannel {
  const { server } = options;
  const logger = core.logger.child({ channel: 'ZALO' }, { serializers: { err: (e: unknown) => errorForLog(e, zalo.token) } });
  // Every accepted message counts against the plan's monthly quota; a failed count never fails a send.
  const onSent = (count: number) => void core.services.channelUsage.countSent('ZALO', count).catch((err: unknown) => logger.warn({ err }, 'Zalo message count not stored'));
  const client = new ZaloClient({ token: zalo.token, apiRoot: zalo.apiRoot, onSent });
  const charts = server && options.publicBaseUrl ? createChartHost({ server, publicBaseUrl: options.publicBaseUrl }) : null;
  const handle = zaloHandler({
    engine: core.engine,
    members: core.services.members,
    i18n: core.i18n,
    logger,
    client,
    // Without a public address Zalo cannot fetch a picture: the standings go as text only.
    publish: (image) => charts?.publish(image) ?? null,
  });
  if (zalo.webhookUrl && !server) throw new Error('the Zalo webhook needs the shared HTTP server');
  const webhook = zalo.webhookUrl && zalo.webhookSecret && server ? { server, url: zalo.webhookUrl, secret: zalo.webhookSecret } : null;
  const runnable = createZaloRunnable({ client, handle, engine: core.engine, logger, webhook, ...(options.polling ? { polling: options.polling } : {}) });
  return Object.assign(runnable, { deliver: zaloDeliver(client) });
}
