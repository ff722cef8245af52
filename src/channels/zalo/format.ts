import type { Reply } from '../../dialogs/port.js';
import type { Translate } from '../../i18n/i18n.js';
import { splitText } from '../telegram/format.js';

// Reply → what to send on Zalo, as plain data. Zalo has no buttons and takes no documents: options
// become a numbered list to answer by typing, a document is named with where to get it, and a
// picture goes out only as an address Zalo can fetch.

/** Zalo's limit for a text and for a caption */
export const TEXT_MAX = 2000;

export type ZaloOutgoing = { kind: 'text'; text: string } | { kind: 'photo'; url: string; caption?: string };

/** Turns a picture into a public address, or gives null when the bot has none (no PUBLIC_BASE_URL). */
export type PublishImage = (image: NonNullable<Reply['image']>) => string | null;

export function formatReply(reply: Reply, t: Translate, publish: PublishImage): ZaloOutgoing[] {
  const parts = [reply.text];
  if (reply.options?.length) parts.push(reply.options.map((o, i) => `${i + 1}. ${o.label}`).join('\n'), t('zalo-options-hint'));
  if (reply.document) parts.push(t('zalo-document-unavailable', { name: reply.document.name }));
  const text = parts.filter((p) => p !== '').join('\n');
  const texts = splitText(text, TEXT_MAX).map((chunk): ZaloOutgoing => ({ kind: 'text', text: chunk }));
  const url = reply.image ? publish(reply.image) : null;
  if (!url) return texts;
  const caption = text.trim();
  if (caption.length <= TEXT_MAX) return [{ kind: 'photo', url, ...(caption ? { caption } : {}) }];
  return [{ kind: 'photo', url }, ...texts];
}
