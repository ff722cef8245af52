import { HttpError, type Transformer } from 'grammy';
import type { Message, Update, UserFromGetMe } from 'grammy/types';

// A Bot API server in memory, installed as the transformer closest to the network: every call is
// recorded with its payload and answered with a plausible object; nothing leaves the process.

export const TOKEN = '8000000001:AAFakeTokenForTests_abcdefghijklmnopq';
export const BOT_INFO: UserFromGetMe = {
  id: 8000000001,
  is_bot: true,
  first_name: 'Thi đua CCHC',
  username: 'ThiDuaTestBot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
} as UserFromGetMe;

export interface ApiCall {
  method: string;
  payload: Record<string, unknown>;
  at: number;
  /** when the answer was given */
  doneAt?: number;
}

type Failure = { kind: 'api'; error_code: number; description: string; parameters?: Record<string, unknown> } | { kind: 'network'; message: string };

export class FakeBotApi {
  readonly calls: ApiCall[] = [];
  /** messages the bot has in each chat, as Telegram keeps them (edits applied) */
  readonly messages = new Map<number, Message[]>();
  /** what getFile answers as file_path, by file_id */
  readonly filePaths = new Map<string, string>();
  private readonly failures: Array<{ method: string; failure: Failure }> = [];
  private readonly pendingUpdates: Update[] = [];
  private readonly delays: Array<{ method: string; ms: number }> = [];
  private nextMessageId = 5000;
  private nextFileId = 1;

  constructor(private readonly me: UserFromGetMe = BOT_INFO) {}

  /** the next call of `method` fails once with this API error */
  failNext(method: string, error: { error_code: number; description: string; parameters?: Record<string, unknown> }): void {
    this.failures.push({ method, failure: { kind: 'api', ...error } });
  }

  /** the next call of `method` fails once as if the network broke (grammY's HttpError) */
  breakNext(method: string, message: string): void {
    this.failures.push({ method, failure: { kind: 'network', message } });
  }

  /** the next call of `method` is answered after `ms` milliseconds */
  slowNext(method: string, ms: number): void {
    this.delays.push({ method, ms });
  }

  /** updates the next getUpdates returns */
  queueUpdates(...updates: Update[]): void {
    this.pendingUpdates.push(...updates);
  }

  callsOf(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** texts (and captions) the bot sent to a chat, in order */
  textsTo(chatId: number): string[] {
    return this.calls
      .filter((c) => Number(c.payload.chat_id) === chatId && ['sendMessage', 'sendPhoto', 'sendDocument'].includes(c.method))
      .map((c) => String(c.payload.text ?? c.payload.caption ?? ''));
  }

  /** the last message the bot has in the chat (as edited since) */
  lastMessage(chatId: number): Message | undefined {
    return this.messages.get(chatId)?.at(-1);
  }

  /** resolves when a call matching `match` has been answered */
  async waitFor(match: (c: ApiCall) => boolean, timeoutMs = 10_000): Promise<ApiCall> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.calls.find((c) => c.doneAt !== undefined && match(c));
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no such Bot API call; calls: ${this.calls.map((c) => c.method).join(', ')}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  clear(): void {
    this.calls.length = 0;
  }

  /** keeps only each chat's latest `keep` messages, so a long run's memory stays bounded */
  forgetMessages(keep: number): void {
    for (const [chatId, list] of this.messages) if (list.length > keep) this.messages.set(chatId, list.slice(-keep));
  }

  readonly transformer: Transformer = async (_prev, method, payload) => {
    const p = (payload ?? {}) as Record<string, unknown>;
    const call: ApiCall = { method, payload: p, at: Date.now() };
    this.calls.push(call);
    const d = this.delays.findIndex((x) => x.method === method);
    if (d >= 0) await new Promise((r) => setTimeout(r, this.delays.splice(d, 1)[0]!.ms));
    const i = this.failures.findIndex((f) => f.method === method);
    if (i >= 0) {
      const { failure } = this.failures.splice(i, 1)[0]!;
      if (failure.kind === 'network') throw new HttpError(`Network request for '${method}' failed!`, new Error(failure.message));
      const { kind: _k, ...error } = failure;
      return { ok: false, ...error } as never;
    }
    const result = await this.answer(method, p);
    call.doneAt = Date.now();
    return { ok: true, result } as never;
  };

  private store(chatId: number, message: Message): Message {
    const list = this.messages.get(chatId) ?? [];
    list.push(message);
    this.messages.set(chatId, list);
    return message;
  }

  private find(chatId: unknown, messageId: unknown): Message | undefined {
    return this.messages.get(Number(chatId))?.find((m) => m.message_id === messageId);
  }

  private base(p: Record<string, unknown>): Message {
    const chatId = Number(p.chat_id);
    const message = {
      message_id: this.nextMessageId++,
      from: { id: this.me.id, is_bot: true, first_name: this.me.first_name, username: this.me.username },
      chat: chatId > 0 ? { id: chatId, type: 'private', first_name: 'Người dùng' } : { id: chatId, type: 'supergroup', title: 'Nhóm thi đua' },
      date: Math.floor(Date.now() / 1000),
    } as Message;
    if (p.reply_markup) Object.assign(message, { reply_markup: p.reply_markup });
    const replyTo = (p.reply_parameters as { message_id?: number } | undefined)?.message_id;
    if (replyTo !== undefined) Object.assign(message, { reply_to_message: { message_id: replyTo, chat: message.chat, date: message.date } });
    return message;
  }

  private async answer(method: string, p: Record<string, unknown>): Promise<unknown> {
    switch (method) {
      case 'getMe':
        return this.me;
      case 'sendMessage':
        return this.store(Number(p.chat_id), { ...this.base(p), text: String(p.text) } as Message);
      case 'sendPhoto': {
        const id = typeof p.photo === 'string' ? p.photo : `photo-${this.nextFileId++}`;
        const photo = [
          { file_id: `${id}-s`, file_unique_id: `${id}-us`, width: 90, height: 60 },
          { file_id: id, file_unique_id: `${id}-u`, width: 1000, height: 700 },
        ];
        return this.store(Number(p.chat_id), { ...this.base(p), photo, ...(p.caption ? { caption: p.caption } : {}) } as Message);
      }
      case 'sendDocument': {
        const id = `document-${this.nextFileId++}`;
        const document = { file_id: id, file_unique_id: `${id}-u` };
        return this.store(Number(p.chat_id), { ...this.base(p), document, ...(p.caption ? { caption: p.caption } : {}) } as Message);
      }
      case 'editMessageText':
      case 'editMessageCaption':
      case 'editMessageReplyMarkup': {
        const message = this.find(p.chat_id, p.message_id);
        if (!message) return true;
        const edited = message as unknown as Record<string, unknown>;
        if (method === 'editMessageText') edited.text = String(p.text);
        if (method === 'editMessageCaption') edited.caption = String(p.caption);
        if (p.reply_markup) edited.reply_markup = p.reply_markup;
        else delete edited.reply_markup;
        edited.edit_date = Math.floor(Date.now() / 1000);
        return message;
      }
      case 'getFile': {
        const fileId = String(p.file_id);
        return { file_id: fileId, file_unique_id: `${fileId}-u`, file_size: 1, file_path: this.filePaths.get(fileId) ?? `documents/${fileId}` };
      }
      case 'getUpdates': {
        if (this.pendingUpdates.length > 0) return this.pendingUpdates.splice(0);
        await new Promise((r) => setTimeout(r, 20));
        return [];
      }
      default:
        return true;
    }
  }
}
