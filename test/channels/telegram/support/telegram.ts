import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { Bot } from 'grammy';
import type { InlineKeyboardMarkup, Message, Update, User } from 'grammy/types';
import pino, { type Logger } from 'pino';
import { setupTelegramBot, type TelegramBotDeps } from '../../../../src/channels/telegram/bot.js';
import { startTestBot, type TestBot } from '../../../support/core.js';
import { BOT_INFO, FakeBotApi, TOKEN } from './fake-api.js';
import { startFileServer, type FileServer } from './file-server.js';

// A real grammY bot on the real core (SQLite, Kim Phượng campaign), its Bot API answered by
// FakeBotApi, files served by a local HTTP server, and everything it logs captured.

export type Person = Pick<User, 'id' | 'first_name' | 'last_name' | 'language_code'>;

/** Đinh Văn Quang, HEAD of Văn hóa - Xã hội (vhxh-1) */
export const QUANG: Person = { id: 7001, first_name: 'Quang', last_name: 'Đinh Văn', language_code: 'vi' };
/** Nông Thị Hồng Nhung, HEAD of Văn phòng - Thống kê and ADMIN (vptk-1) */
export const NHUNG: Person = { id: 7002, first_name: 'Nhung', last_name: 'Nông Thị Hồng', language_code: 'vi' };
/** someone with an invite and no account yet */
export const HOA: Person = { id: 7003, first_name: 'Hoa', last_name: 'Nguyễn Thị', language_code: 'vi' };
export const GROUP_ID = -1002233445566;

const FIXTURES = new URL('../../../fixtures/telegram/', import.meta.url);
export function fixture<T = Update>(name: string): T {
  return JSON.parse(readFileSync(new URL(`${name}.json`, FIXTURES), 'utf8')) as T;
}

let nextUpdateId = 900_000;
let nextMessageId = 100;
const userOf = (p: Person): User => ({ is_bot: false, ...p });
const privateChat = (p: Person) => ({ id: p.id, type: 'private' as const, first_name: p.first_name, ...(p.last_name ? { last_name: p.last_name } : {}) });
const groupChat = { id: GROUP_ID, title: 'Thi đua CCHC xã Kim Phượng', type: 'supergroup' as const };

function commandEntities(text: string) {
  const m = /^\/\S+/.exec(text);
  return m ? { entities: [{ offset: 0, length: m[0].length, type: 'bot_command' as const }] } : {};
}

/** A message update from a fixture, as `from` in this chat. */
export function messageUpdate(name: string, from: Person, chat: 'private' | 'group', patch: Record<string, unknown>): Update {
  const u = fixture<Update & { message: Record<string, unknown> }>(name);
  u.update_id = ++nextUpdateId;
  Object.assign(
    u.message,
    { message_id: ++nextMessageId, from: userOf(from), chat: chat === 'private' ? privateChat(from) : groupChat, date: Math.floor(Date.now() / 1000) },
    patch,
  );
  return u;
}

export function textUpdate(from: Person, text: string, chat: 'private' | 'group' = 'private'): Update {
  const u = messageUpdate(text.startsWith('/') ? (chat === 'group' ? 'group-command' : 'private-command') : chat === 'group' ? 'group-text' : 'private-text', from, chat, { text });
  const message = u.message as unknown as Record<string, unknown>;
  delete message.entities;
  Object.assign(message, commandEntities(text));
  return u;
}

/** A tap on a button of a message the bot sent (as Telegram shows it now). */
export function tapUpdate(from: Person, message: Message, data: string): Update {
  const u = fixture<Update & { callback_query: Record<string, unknown> }>(message.chat.type === 'private' ? 'callback-query' : 'group-callback-query');
  u.update_id = ++nextUpdateId;
  Object.assign(u.callback_query, { id: `cb-${nextUpdateId}`, from: userOf(from), message: structuredClone(message), data });
  return u;
}

export function buttonsOf(message: Message | undefined): Array<{ text: string; data: string }> {
  const markup = message?.reply_markup as InlineKeyboardMarkup | undefined;
  return (markup?.inline_keyboard ?? []).flat().map((b) => ({ text: b.text, data: 'callback_data' in b ? String(b.callback_data) : '' }));
}

export interface TelegramTest {
  core: TestBot;
  bot: Bot;
  api: FakeBotApi;
  files: FileServer;
  /** every line the channel logged (pino JSON) */
  logs: string[];
  /** a new bot on the same database and fake Bot API, as after a restart: nothing kept in memory */
  restart(): void;
  /** gives a declared member (by code) this Telegram account */
  link(memberCode: string, person: Person): Promise<void>;
  send(update: Update): Promise<void>;
  /** a private message; returns the texts the bot sent back */
  say(person: Person, text: string): Promise<string[]>;
  /** a command in the group; returns the texts the bot sent to the group */
  sayInGroup(person: Person, text: string): Promise<string[]>;
  /** taps the button with this label on the bot's latest message with buttons (or on `message`) */
  tap(person: Person, label: string, message?: Message): Promise<string[]>;
  /** the bot's latest message in the chat that has buttons */
  keyboardMessage(chatId: number): Message | undefined;
  close(): Promise<void>;
}

export async function startTelegramTest(options: { withReports?: boolean; deps?: Partial<TelegramBotDeps>; coreLogger?: Logger } = {}): Promise<TelegramTest> {
  const core = await startTestBot({ withReports: options.withReports ?? true, ...(options.coreLogger ? { logger: options.coreLogger } : {}) });
  const files = await startFileServer(TOKEN);
  const api = new FakeBotApi();
  const logs: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      logs.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  const logger = pino({ level: 'debug' }, stream);
  const newBot = () => {
    const bot = new Bot(TOKEN, { botInfo: BOT_INFO, client: { apiRoot: files.url } });
    bot.api.config.use(api.transformer); // first: closest to the network
    return setupTelegramBot(bot, {
      engine: core.core.engine,
      members: core.core.services.members,
      i18n: core.core.i18n,
      logger,
      apiRoot: files.url,
      ...options.deps,
    });
  };
  let bot = newBot();

  const sentSince = async (chatId: number, run: () => Promise<void>) => {
    const before = api.textsTo(chatId).length;
    await run();
    return api.textsTo(chatId).slice(before);
  };
  const keyboardMessage = (chatId: number) => [...(api.messages.get(chatId) ?? [])].reverse().find((m) => buttonsOf(m).length > 0);
  const t: TelegramTest = {
    core,
    bot,
    api,
    files,
    logs,
    async link(memberCode, person) {
      const members = await core.core.services.members.membersOfOrganization(core.organizationId);
      const member = members.find((m) => m.code === memberCode);
      if (!member) throw new Error(`no declared member ${memberCode}`);
      await core.core.services.members.linkAccount(member.id, 'TELEGRAM', String(person.id), member.fullName);
    },
    restart() {
      t.bot = bot = newBot();
    },
    send: (update) => bot.handleUpdate(update),
    say: (person, text) => sentSince(person.id, () => bot.handleUpdate(textUpdate(person, text))),
    sayInGroup: (person, text) => sentSince(GROUP_ID, () => bot.handleUpdate(textUpdate(person, text, 'group'))),
    async tap(person, label, message) {
      const chatId = message?.chat.id ?? person.id;
      const target = message ?? keyboardMessage(chatId);
      const button = buttonsOf(target).find((b) => b.text === label);
      if (!target || !button) throw new Error(`no button "${label}" in ${JSON.stringify(buttonsOf(target).map((b) => b.text))}`);
      return sentSince(chatId, () => bot.handleUpdate(tapUpdate(person, target, button.data)));
    },
    keyboardMessage,
    async close() {
      await files.close();
      await core.close();
    },
  };
  return t;
}
