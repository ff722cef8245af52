import type { Context } from 'grammy';
import type { Message, PhotoSize } from 'grammy/types';
import type { Envelope, Incoming, IncomingFile } from '../../dialogs/port.js';
import { CHANNEL_CAPABILITIES } from '../../domain/channels.js';
import { decodeChoice } from './callback-data.js';
import { downloadTelegramFile } from './download.js';

// A Telegram update → the channel-neutral Envelope the dialog engine reads.

export interface ParseOptions {
  apiRoot: string;
  token: string;
}

/** The chat types the bot talks in; channels (broadcast) are not among them. */
export function chatTypeOf(type: string | undefined): 'private' | 'group' | null {
  if (type === 'private') return 'private';
  if (type === 'group' || type === 'supergroup') return 'group';
  return null;
}

export const displayNameOf = (user: { first_name: string; last_name?: string }): string => [user.first_name, user.last_name].filter((s) => s && s.trim() !== '').join(' ');

/** The biggest rendition of a photo (Telegram sends several sizes). */
export function largestPhoto(sizes: readonly PhotoSize[]): PhotoSize | undefined {
  return [...sizes].sort((a, b) => (a.file_size ?? a.width * a.height) - (b.file_size ?? b.width * b.height)).at(-1);
}

function fileOf(ctx: Context, message: Message, options: ParseOptions): IncomingFile | null {
  const source = { api: ctx.api, apiRoot: options.apiRoot, token: options.token };
  if (message.document) {
    const d = message.document;
    return {
      kind: 'document',
      name: d.file_name ?? null,
      mime: d.mime_type ?? null,
      size: d.file_size ?? null,
      download: () => downloadTelegramFile(source, d.file_id),
      ...(message.caption ? { caption: message.caption } : {}),
    };
  }
  const photo = message.photo ? largestPhoto(message.photo) : undefined;
  if (photo) {
    return {
      kind: 'photo',
      name: null,
      mime: 'image/jpeg',
      size: photo.file_size ?? null,
      download: () => downloadTelegramFile(source, photo.file_id),
      ...(message.caption ? { caption: message.caption } : {}),
    };
  }
  return null;
}

function incomingOf(ctx: Context, options: ParseOptions): Incoming | null {
  const query = ctx.callbackQuery;
  if (query) {
    const choice = decodeChoice(query.data);
    return choice ? { kind: 'choice', ...choice } : null;
  }
  const message = ctx.message;
  if (!message) return null;
  if (message.text !== undefined) return { kind: 'text', text: message.text };
  const file = fileOf(ctx, message, options);
  return file ? { kind: 'file', file } : null;
}

/**
 * The Envelope of a message or a tapped button, or null for what the bot does not read (edited
 * messages, stickers, channel posts, buttons of other bots' making).
 */
export function toEnvelope(ctx: Context, options: ParseOptions): Envelope | null {
  const chatType = chatTypeOf(ctx.chat?.type);
  const from = ctx.from;
  if (!ctx.chat || !chatType || !from || from.is_bot) return null;
  const incoming = incomingOf(ctx, options);
  if (!incoming) return null;
  const username = ctx.me.username;
  const envelope: Envelope = {
    channel: 'TELEGRAM',
    chatId: String(ctx.chat.id),
    chatType,
    userId: String(from.id),
    displayName: displayNameOf(from),
    startLink: (payload) => `https://t.me/${username}?start=${encodeURIComponent(payload)}`,
    capabilities: CHANNEL_CAPABILITIES.TELEGRAM,
    incoming,
  };
  if (from.language_code) envelope.languageHint = from.language_code;
  return envelope;
}
