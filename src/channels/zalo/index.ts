import type { Core } from '../../app.js';
import type { Config } from '../../config.js';
import { createChartHost } from '../../http/charts.js';
import { createDocumentHost } from '../../http/documents.js';
import { CHANNEL_CAPABILITIES } from '../../domain/channels.js';
import type { HttpServer } from '../../http/server.js';
import type { ChannelAdapter, CreateAdapter } from '../contract.js';
import { channelLogger } from '../shared/redact.js';
import { ZaloClient } from './client.js';
import { zaloAnnouncer, zaloDeliver } from './deliver.js';
import { zaloHandler } from './handler.js';
import { zaloReplies, type ZaloRepliesOptions } from './replies.js';
import { createZaloRunnable, type ZaloRunnable, type ZaloRunnableOptions } from './run.js';

export interface ZaloChannel extends ZaloRunnable, ChannelAdapter {
  announcer: NonNullable<ChannelAdapter['announcer']>;
}

export interface ZaloChannelOptions {
  /** the shared HTTP server, when the bot runs one (webhook, chart pictures) */
  server: HttpServer | null;
  /** with the server: standings pictures and documents are served there and sent by address */
  publicBaseUrl: string | null;
  /** poll timeout and back-off (tests shorten them) */
  polling?: ZaloRunnableOptions['polling'];
  /** back-off of replies Zalo did not take, and how often they are looked for (tests shorten them) */
  replies?: Pick<ZaloRepliesOptions, 'backoff' | 'intervalMs'>;
  /** Zalo refused the token after start: the process should end (npm start stops and exits 1) */
  onFatal?: ZaloRunnableOptions['onFatal'];
}

/** The Zalo channel from the configuration: long polling, or a webhook on the shared server when a URL is set. */
export function zaloChannel(core: Core, zalo: NonNullable<Config['zalo']>, options: ZaloChannelOptions): ZaloChannel {
  const { server } = options;
  const logger = channelLogger(core.logger, 'ZALO', zalo.token);
  // Every accepted message counts against the plan's monthly quota; a failed count never fails a send.
  const onSent = (count: number) => void core.services.channelUsage.countSent('ZALO', count).catch((err: unknown) => logger.warn({ err }, 'Zalo message count not stored'));
  // The runnable is built below; a 401 can only come once it runs.
  let runnable: ZaloRunnable | null = null;
  const client = new ZaloClient({ token: zalo.token, apiRoot: zalo.apiRoot, onSent, onRefusedToken: () => runnable?.tokenRefused() });
  const replies = zaloReplies({ client, pending: core.services.pendingReplies, logger, ...options.replies });
  const hosting = server && options.publicBaseUrl ? { server, publicBaseUrl: options.publicBaseUrl } : null;
  const charts = hosting ? createChartHost(hosting) : null;
  const documents = hosting ? createDocumentHost({ server: hosting.server, deps: { services: core.services, i18n: core.i18n, logger } }) : null;
  const handle = zaloHandler({
    engine: core.engine,
    members: core.services.members,
    i18n: core.i18n,
    logger,
    handled: core.services.handledUpdates,
    replies,
    // Without a public address Zalo cannot fetch a picture: the standings go as text only.
    publish: (image) => charts?.publish(image) ?? null,
    // Zalo cannot send a document: a link for the person who asked, expiring, or a word on where to get it.
    publishDocument: (document, actor) => documents?.publish(document, actor) ?? null,
  });
  if (zalo.webhookUrl && !server) throw new Error('the Zalo webhook needs the shared HTTP server');
  const webhook = zalo.webhookUrl && zalo.webhookSecret && server ? { server, url: zalo.webhookUrl, secret: zalo.webhookSecret } : null;
  runnable = createZaloRunnable({
    client,
    handle,
    replies,
    i18n: core.i18n,
    logger,
    webhook,
    ...(options.polling ? { polling: options.polling } : {}),
    ...(options.onFatal ? { onFatal: options.onFatal } : {}),
  });
  return Object.assign(runnable, {
    channel: 'ZALO' as const,
    capabilities: CHANNEL_CAPABILITIES.ZALO,
    deliver: zaloDeliver(client),
    announcer: zaloAnnouncer(client),
  });
}

export const createAdapter: CreateAdapter = ({ core, config, server, onFatal }) => {
  if (!config.zalo) throw new Error('Zalo is not configured');
  return zaloChannel(core, config.zalo, { server, publicBaseUrl: config.publicBaseUrl, onFatal });
};
