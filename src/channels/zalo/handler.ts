import type { Logger } from 'pino';
import type { DialogEngine } from '../../dialogs/engine.js';
import { DEFAULT_LOCALE, type I18n } from '../../i18n/i18n.js';
import type { HandledUpdateService } from '../../services/shared/handled-updates.js';
import type { Actor, MemberService } from '../../services/campaigns/members.js';
import { downloadPhoto } from './download.js';
import { formatReply, type PublishDocument, type PublishImage } from './format.js';
import { parseUpdate, type ZaloUpdate } from './parse.js';
import type { ZaloReplies } from './replies.js';

// One Zalo update → the dialog engine → replies on Zalo. Used by polling and webhook alike. Each
// message is taken once: its id is kept in the database, since Zalo may deliver it again, also after
// a restart. Replies go through zaloReplies, which keeps what Zalo does not take and sends it later.

export interface ZaloHandlerDeps {
  engine: DialogEngine;
  members: MemberService;
  i18n: I18n;
  logger: Logger;
  /** the message ids already taken in, in the database: Zalo has no update ids or acks */
  handled: Pick<HandledUpdateService, 'firstTime'>;
  replies: Pick<ZaloReplies, 'send'>;
  /** the public address of a chart picture, or null when the bot has none */
  publish: PublishImage;
  /** a download link for a document, bound to the person who asked, or null when the bot has no public address */
  publishDocument?: (document: Parameters<PublishDocument>[0], actor: Actor) => ReturnType<PublishDocument>;
  /** fetches a picture someone sent (tests may bound it) */
  download?: (url: string) => Promise<Uint8Array>;
}

export type ZaloHandler = (update: ZaloUpdate) => Promise<void>;

export function zaloHandler(deps: ZaloHandlerDeps): ZaloHandler {
  const { engine, members, i18n, logger, replies } = deps;
  const download = deps.download ?? ((url: string) => downloadPhoto(url));

  return async (update) => {
    const parsed = parseUpdate(update, download);
    if (parsed.kind === 'ignored') return void logger.debug({ event: update.event_name, reason: parsed.reason }, 'update ignored');
    if (!(await deps.handled.firstTime('ZALO', parsed.messageId))) return void logger.info({ messageId: parsed.messageId }, 'duplicate delivery dropped');
    if (parsed.kind === 'unsupported') {
      const actor = await members.findActor('ZALO', parsed.userId);
      return replies.send(parsed.chatId, [{ kind: 'text', text: i18n.t(actor?.locale ?? DEFAULT_LOCALE, 'zalo-unsupported') }]);
    }
    const { envelope } = parsed;
    // The person as they are after the engine ran: /start may just have registered them.
    const { replies: said, actor } = await engine.converse(envelope);
    const t = i18n.translator(actor?.locale ?? DEFAULT_LOCALE);
    await replies.send(
      envelope.chatId,
      said.flatMap((r) => formatReply(r, t, deps.publish, (document) => (actor && deps.publishDocument?.(document, actor)) || null)),
    );
  };
}
