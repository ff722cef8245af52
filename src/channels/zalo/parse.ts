import { z } from 'zod';
import type { Envelope, IncomingFile } from '../../dialogs/port.js';
import { CHANNEL_CAPABILITIES } from '../../domain/channels.js';

// A Zalo update → the channel-neutral Envelope. Sources disagree on details (the update may come
// wrapped in { ok, result }, with or without event_name; the name may be display_name, name or
// first_name + last_name; the picture photo or photo_url), so every form is read; ids are kept as
// strings.

// Zalo's ids are short hex strings: one with a control character (NUL, which PostgreSQL refuses in
// text) or of any length is not Zalo's, and the message carrying it is not read.
const id = z.union([z.string().regex(/^[^\p{Cc}]{1,128}$/u), z.number()]).transform(String);
const optionalText = z.string().optional().catch(undefined);

const messageSchema = z.object({
  message_id: id,
  from: z.object({
    id,
    display_name: optionalText,
    name: optionalText,
    first_name: optionalText,
    last_name: optionalText,
    is_bot: z.boolean().optional().catch(undefined),
  }),
  chat: z.object({ id, chat_type: optionalText }),
  text: optionalText,
  photo: optionalText,
  photo_url: optionalText,
  sticker: z.unknown().optional(),
});

type ReadMessage = z.infer<typeof messageSchema>;

/** The event a message without `event_name` stands for, read from what it carries. */
function inferEvent(message: ReadMessage): string {
  if (message.text !== undefined) return 'message.text.received';
  if (message.photo_url !== undefined || message.photo !== undefined) return 'message.image.received';
  if (message.sticker !== undefined) return 'message.sticker.received';
  return 'message.unsupported.received';
}

const updateSchema = z
  .object({
    event_name: z.string().optional(),
    // A message the schema cannot read is treated as absent: the event is still seen (and logged).
    message: messageSchema.optional().catch(undefined),
  })
  // Without an event name only a readable message makes it an update.
  .refine((u) => u.event_name !== undefined || u.message !== undefined)
  .transform((u) => ({ ...u, event_name: u.event_name ?? inferEvent(u.message!) }));

export type ZaloUpdate = z.output<typeof updateSchema>;
export type ZaloMessage = NonNullable<ZaloUpdate['message']>;

/** The update in a webhook body or a getUpdates result, either shape; null when it is not one. */
export function unwrapUpdate(body: unknown): ZaloUpdate | null {
  const wrapped = body !== null && typeof body === 'object' && 'result' in body && !('event_name' in body) && !('message' in body);
  const parsed = updateSchema.safeParse(wrapped ? (body as { result: unknown }).result : body);
  return parsed.success ? parsed.data : null;
}

/** The sender's name from whichever documented field carries it. */
function senderName(from: ZaloMessage['from']): string | undefined {
  const full = [from.first_name, from.last_name].filter((part) => part?.trim()).join(' ');
  return from.display_name ?? from.name ?? (full || undefined);
}

export type ParsedUpdate =
  /** something for the dialog engine */
  | { kind: 'envelope'; messageId: string; envelope: Envelope }
  /** a sticker, a voice message or anything else the bot cannot read, in a private chat */
  | { kind: 'unsupported'; messageId: string; chatId: string; userId: string }
  /** not for the bot: no message, another bot, group talk it cannot read */
  | { kind: 'ignored'; reason: string };

/** A temporary CDN address of a picture someone sent; only web addresses are fetched. */
function photoUrlOf(message: ZaloMessage): string | null {
  const url = message.photo_url ?? message.photo;
  return url && /^https?:\/\//i.test(url) ? url : null;
}

/**
 * In groups the bot only sees messages that mention it: "@Thi đua CCHC /xephang" is read as
 * "/xephang" (the mention's form is undocumented, so everything before the command goes).
 */
export function withoutMention(text: string): string {
  return text.trimStart().startsWith('@') && text.includes('/') ? text.slice(text.indexOf('/')) : text;
}

export function parseUpdate(update: ZaloUpdate, download: (url: string) => Promise<Uint8Array>): ParsedUpdate {
  const message = update.message;
  // An `unsupported` event may come without a message: there is no chat to answer in.
  if (!message) return { kind: 'ignored', reason: `${update.event_name} without a message` };
  if (message.from.is_bot) return { kind: 'ignored', reason: 'from a bot' };
  const chatType = message.chat.chat_type?.toUpperCase() === 'GROUP' ? 'group' : 'private';
  const base = {
    channel: 'ZALO' as const,
    chatId: message.chat.id,
    chatType,
    userId: message.from.id,
    // Zalo cannot carry documents: steps that want one ask for a photo or point to Telegram.
    capabilities: CHANNEL_CAPABILITIES.ZALO,
  } satisfies Partial<Envelope>;
  const displayName = senderName(message.from);
  const envelope = (incoming: Envelope['incoming']): ParsedUpdate => ({
    kind: 'envelope',
    messageId: message.message_id,
    envelope: { ...base, ...(displayName ? { displayName } : {}), incoming },
  });

  const photoUrl = update.event_name === 'message.image.received' ? photoUrlOf(message) : null;
  if (photoUrl) {
    const file: IncomingFile = { kind: 'photo', name: null, mime: null, size: null, download: () => download(photoUrl) };
    return envelope({ kind: 'file', file });
  }
  if (update.event_name === 'message.text.received' && message.text !== undefined) {
    return envelope({ kind: 'text', text: chatType === 'group' ? withoutMention(message.text) : message.text });
  }
  if (chatType === 'group') return { kind: 'ignored', reason: `${update.event_name} in a group` };
  return { kind: 'unsupported', messageId: message.message_id, chatId: message.chat.id, userId: message.from.id };
}
