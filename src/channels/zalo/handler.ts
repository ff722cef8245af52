import type { Logger } from 'pino';
import type { DialogEngine } from '../../dialogs/engine.js';
import { DEFAULT_LOCALE, type I18n } from '../../i18n/i18n.js';
import type { MemberService } from '../../services/members.js';
import { ZaloApiError, ZaloRateLimitError, type ZaloClient } from './client.js';
import { downloadPhoto } from './download.js';
import { formatReply, type PublishImage, type ZaloOutgoing } from './format.js';
import { parseUpdate, type ZaloUpdate } from './parse.js';

// One Zalo update → the dialog engine → replies on Zalo. Used by polling and webhook alike.

/** message ids remembered to drop a delivery seen before (Zalo has no update ids or acks) */
const RECENT_IDS = 1000;

export interface ZaloHandlerDeps {
  engine: DialogEngine;
  members: MemberService;
  i18n: I18n;
  logger: Logger;
  client: ZaloClient;
  /** the public address of a chart picture, or null when the bot has none */
  publish: PublishImage;
  /** fetches a picture someone sent (tests may bound it) */
  download?: (url: string) => Promise<Uint8Array>;
}

export type ZaloHandler = (update: ZaloUpdate) => Promise<void>;

export function zaloHandler(deps: ZaloHandlerDeps): ZaloHandler {
  const { engine, members, i18n, logger, client } = deps;
  const download = deps.download ?? ((url: string) => downloadPhoto(url));
  const recent = new Set<string>();

  /** True the first time a message id is seen; the oldest ids are forgotten past RECENT_IDS. */
  const isNew = (messageId: string): boolean => {
    if (recent.has(messageId)) return false;
    recent.add(messageId);
    if (recent.size > RECENT_IDS) recent.delete(recent.values().next().value!);
    return true;
  };

  const send = async (chatId: string, item: ZaloOutgoing): Promise<void> => {
    if (item.kind === 'text') return client.sendMessage(chatId, item.text);
    try {
      await client.sendPhoto(chatId, item.url, item.caption);
    } catch (error) {
      // Zalo could not take the picture (perhaps it cannot reach PUBLIC_BASE_URL): the text still goes.
      if (!(error instanceof ZaloApiError) || error instanceof ZaloRateLimitError || error.errorCode === 401 || !item.caption) throw error;
      logger.warn({ err: error }, 'chart picture not sent; sending its text');
      await client.sendMessage(chatId, item.caption);
    }
  };

  return async (update) => {
    const parsed = parseUpdate(update, download);
    if (parsed.kind === 'ignored') return void logger.debug({ event: update.event_name, reason: parsed.reason }, 'update ignored');
    if (!isNew(parsed.messageId)) return void logger.info({ messageId: parsed.messageId }, 'duplicate delivery dropped');
    if (parsed.kind === 'unsupported') {
      const actor = await members.findActor('ZALO', parsed.userId);
      return client.sendMessage(parsed.chatId, i18n.t(actor?.locale ?? DEFAULT_LOCALE, 'zalo-unsupported'));
    }
    const { envelope } = parsed;
    // The person as they are after the engine ran: /start may just have registered them.
    const { replies, actor } = await engine.converse(envelope);
    const t = i18n.translator(actor?.locale ?? DEFAULT_LOCALE);
    for (const item of replies.flatMap((r) => formatReply(r, t, deps.publish))) await send(envelope.chatId, item);
  };
}
