import { GrammyError, InputFile, type Api } from 'grammy';
import { LRUCache } from 'lru-cache';
import type { InlineKeyboardMarkup, Message } from 'grammy/types';
import type { Announcer } from '../contract.js';
import { groupAnnouncer } from '../shared/announcer.js';
import { splitText, type Outgoing } from './format.js';

// Outgoing messages → Bot API calls. A chart is uploaded once: Telegram's file_id is kept by the
// picture's key and sent again instead of the bytes.

export const CHART_FILE_NAME = 'xephang.png';
/** Pictures whose file_id is remembered; the least recently sent is forgotten first. */
const PHOTO_CACHE_SIZE = 64;

/**
 * A stored file's original name as the upload's file name. grammY writes it unquoted into a
 * multipart header, so separators, quotes and control characters become "_"; it never names a path.
 */
export function safeFileName(name: string): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\\/:*?"<>|;=]/gu, '_')
    .replace(/^[.\s_]+/, '')
    .trim();
  if (cleaned === '') return 'file';
  const chars = [...cleaned];
  if (chars.length <= 120) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const ext = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : '';
  return chars.slice(0, 120 - ext.length).join('') + ext;
}

export interface SendOptions {
  /** in groups, answers quote the message that asked */
  replyTo?: number;
}

export class TelegramSender {
  private readonly photoIds = new LRUCache<string, string>({ max: PHOTO_CACHE_SIZE });

  /** Sends the messages in order and returns them; the first refusal stops the rest and is thrown. */
  async send(api: Api, chatId: number, items: readonly Outgoing[], options: SendOptions = {}): Promise<Message[]> {
    const sent: Message[] = [];
    for (const item of items) sent.push(await this.sendOne(api, chatId, item, options));
    return sent;
  }

  private common(keyboard: InlineKeyboardMarkup | undefined, options: SendOptions) {
    return {
      ...(keyboard ? { reply_markup: keyboard } : {}),
      ...(options.replyTo ? { reply_parameters: { message_id: options.replyTo, allow_sending_without_reply: true } } : {}),
    };
  }

  private async sendOne(api: Api, chatId: number, item: Outgoing, options: SendOptions): Promise<Message> {
    const common = this.common(item.keyboard, options);
    switch (item.kind) {
      case 'text':
        return api.sendMessage(chatId, item.text, { ...common, link_preview_options: { is_disabled: true } });
      case 'document':
        return api.sendDocument(chatId, new InputFile(item.bytes, safeFileName(item.name)), {
          ...common,
          ...(item.caption ? { caption: item.caption } : {}),
        });
      case 'photo': {
        const extra = { ...common, ...(item.caption ? { caption: item.caption } : {}) };
        const cached = this.photoIds.get(item.key);
        if (cached) {
          try {
            return await api.sendPhoto(chatId, cached, extra);
          } catch (error) {
            // A file_id Telegram no longer knows: forget it and upload again.
            if (!(error instanceof GrammyError) || error.error_code !== 400) throw error;
            this.photoIds.delete(item.key);
          }
        }
        const sent: Message.PhotoMessage = await api.sendPhoto(chatId, new InputFile(item.png, CHART_FILE_NAME), extra);
        const fileId = sent.photo?.at(-1)?.file_id;
        if (fileId) this.photoIds.set(item.key, fileId);
        return sent;
      }
    }
  }
}

/** Posts to a group chat named in a campaign file (the honour board, announcements). */
export function telegramAnnouncer(api: Api): Announcer {
  return groupAnnouncer('TELEGRAM', async (chatId, text) => {
    for (const chunk of splitText(text)) await api.sendMessage(chatId, chunk, { link_preview_options: { is_disabled: true } });
  });
}
