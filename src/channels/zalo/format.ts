import type { Reply } from '../../dialogs/port.js';
import type { Translate } from '../../i18n/i18n.js';
import { formatDateTime } from '../../domain/dates.js';
import { CHANNEL_CAPABILITIES } from '../../domain/channels.js';
import { splitText } from '../../domain/messages.js';

// Reply → what to send on Zalo, as plain data. Zalo has no buttons and takes no documents: options
// become a numbered list to answer by typing, a document goes as a link to download it (or, without
// a public address, a word on where to get it), and a picture only as an address Zalo can fetch.

/** Zalo's limit for a text and for a caption */
export const TEXT_MAX: number = CHANNEL_CAPABILITIES.ZALO.messageMax;

export type ZaloOutgoing = { kind: 'text'; text: string } | { kind: 'photo'; url: string; caption?: string };

/** Turns a picture into a public address, or gives null when the bot has none (no PUBLIC_BASE_URL). */
export type PublishImage = (image: NonNullable<Reply['image']>) => string | null;

/** Turns a document into a download link that expires, or gives null when the bot has no public address. */
export type PublishDocument = (document: NonNullable<Reply['document']>) => { url: string; expiresAt: Date } | null;

export function formatReply(reply: Reply, t: Translate, publish: PublishImage, publishDocument: PublishDocument = () => null): ZaloOutgoing[] {
  const parts = [reply.text];
  if (reply.options?.length) parts.push(reply.options.map((o, i) => `${i + 1}. ${o.label}`).join('\n'), t('zalo-options-hint'));
  if (reply.document) {
    const link = publishDocument(reply.document);
    const name = reply.document.name;
    parts.push(link ? t('zalo-document-link', { name, url: link.url, until: formatDateTime(link.expiresAt) }) : t('zalo-document-unavailable', { name }));
  }
  const text = parts.filter((p) => p !== '').join('\n');
  const texts = splitText(text, TEXT_MAX).map((chunk): ZaloOutgoing => ({ kind: 'text', text: chunk }));
  const url = reply.image ? publish(reply.image) : null;
  if (!url) return texts;
  const caption = text.trim();
  if (caption.length <= TEXT_MAX) return [{ kind: 'photo', url, ...(caption ? { caption } : {}) }];
  return [{ kind: 'photo', url }, ...texts];
}
