import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import pino from 'pino';
import { zaloChannel, type ZaloChannel } from '../../../../src/channels/zalo/index.js';
import { createHttpServer, type HttpServer } from '../../../../src/http/server.js';
import { startTestBot, type TestBot } from '../../../support/core.js';
import { startFakeZaloApi, ZALO_TOKEN, type FakeZaloApi } from '../../../support/zalo-api-server.js';

// The real Zalo channel (zaloChannel, as npm start builds it) on the real core (SQLite, Kim Phượng
// campaign), talking to a fake Zalo Bot API on 127.0.0.1, with everything it logs captured.

export interface Person {
  id: string;
  name: string;
}

/** a stranger with an invite code */
export const NAM: Person = { id: 'a1b2c3d4e5f6a7b8c9d0', name: 'Trần Văn Nam' };
/** Đinh Văn Quang, HEAD of Văn hóa - Xã hội (vhxh-1) */
export const QUANG: Person = { id: '0a1b2c3d4e5f60718293', name: 'Quang Đinh' };
/** Nông Thị Hồng Nhung, HEAD of Văn phòng - Thống kê and ADMIN (vptk-1) */
export const NHUNG: Person = { id: 'f0e1d2c3b4a596877869', name: 'Hồng Nhung' };
export const GROUP_ID = '9c8b7a6f5e4d3c2b1a09';
export const WEBHOOK_URL = 'https://bot.example.vn/zalo/hook-5e1d';
export const WEBHOOK_SECRET = 'zalo-webhook-secret-0123';

type Update = { event_name: string; message?: Record<string, unknown> };

export function fixture<T = Update>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../../../fixtures/zalo/${name}.json`, import.meta.url), 'utf8')) as T;
}

let messageNo = 0;
const nextMessageId = () => (0xab000000 + ++messageNo).toString(16).padStart(20, '0');

/** A fixture's update as `person` in their private chat (or the group), with a fresh message id. */
export function updateFrom(name: string, person: Person, patch: Record<string, unknown> = {}, group = false): Update {
  const update = fixture(name);
  Object.assign(update.message!, {
    message_id: nextMessageId(),
    date: Date.now(),
    from: { id: person.id, display_name: person.name, is_bot: false },
    chat: group ? { id: GROUP_ID, chat_type: 'GROUP' } : { id: person.id, chat_type: 'PRIVATE' },
    ...patch,
  });
  return update;
}

export const textUpdate = (person: Person, text: string, group = false) => updateFrom(group ? 'group-text' : 'text', person, { text }, group);
export const photoUpdate = (person: Person, url: string) => updateFrom('image', person, { photo_url: url });

export interface ZaloTest {
  bot: TestBot;
  api: FakeZaloApi;
  channel: ZaloChannel;
  /** the shared HTTP server (webhook mode, or with publicBaseUrl) */
  server: HttpServer | null;
  /** every line the channel logged (pino JSON) */
  logs: string[];
  /** gives a declared member (by code) this Zalo account */
  link(memberCode: string, person: Person): Promise<void>;
  /** polling: queues an update and waits until the channel has handled it; returns the texts sent to `chatId` meanwhile */
  send(update: Update, chatId?: string): Promise<string[]>;
  /** a private text message, handled; returns the bot's texts */
  say(person: Person, text: string): Promise<string[]>;
  /** POSTs a body to the webhook; returns the HTTP status */
  post(body: unknown, secret?: string | null): Promise<number>;
  close(): Promise<void>;
}

export interface ZaloTestOptions {
  mode?: 'polling' | 'webhook';
  /** serve chart pictures from the shared server */
  charts?: boolean;
  token?: string;
  backoff?: { baseMs: number; maxMs: number; rateLimitMs: number };
  withReports?: boolean;
  /** receives the operator's message when Zalo refuses the token after start */
  onFatal?: (message: string) => void;
}

export async function startZaloTest(options: ZaloTestOptions = {}): Promise<ZaloTest> {
  const mode = options.mode ?? 'polling';
  const api = await startFakeZaloApi();
  const logs: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      logs.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  const logger = pino({ level: 'debug' }, stream);
  const server = mode === 'webhook' || options.charts ? createHttpServer({ host: '127.0.0.1', port: 0, logger }) : null;
  await server?.start();
  const base = server ? `http://127.0.0.1:${server.address()!.port}` : null;
  // With a public address the core signs links to the web pages (documents on Zalo go as such links).
  const env = options.charts && base ? { PUBLIC_BASE_URL: base, WEB_LINK_SECRET: 'zalo-test-web-link-secret-0123456789' } : {};
  const bot = await startTestBot({ withReports: options.withReports ?? true, env });
  const channel = zaloChannel(
    { ...bot.core, logger },
    {
      token: options.token ?? ZALO_TOKEN,
      apiRoot: api.url,
      webhookUrl: mode === 'webhook' ? WEBHOOK_URL : null,
      webhookSecret: mode === 'webhook' ? WEBHOOK_SECRET : null,
    },
    {
      server,
      publicBaseUrl: options.charts ? base : null,
      polling: { pollTimeoutSeconds: 1, backoff: options.backoff ?? { baseMs: 50, maxMs: 200, rateLimitMs: 300 } },
      replies: { backoff: options.backoff ?? { baseMs: 50, maxMs: 200, rateLimitMs: 300 }, intervalMs: 50 },
      ...(options.onFatal ? { onFatal: options.onFatal } : {}),
    },
  );
  await channel.start();

  const send = async (update: Update, chatId = String((update.message?.chat as { id?: string } | undefined)?.id ?? '')) => {
    const before = api.textsTo(chatId).length;
    api.push(update);
    // Handled once the loop polls again after the poll that handed the update out.
    await api.waitUntil(
      () => {
        const at = api.polls.findIndex((p) => p.delivered === update);
        return at >= 0 && api.polls.length > at + 1;
      },
      15_000,
      'the update to be handled',
    );
    return api.textsTo(chatId).slice(before);
  };

  return {
    bot,
    api,
    channel,
    server,
    logs,
    async link(memberCode, person) {
      const members = await bot.core.services.members.membersOfOrganization(bot.organizationId);
      const member = members.find((m) => m.code === memberCode);
      if (!member) throw new Error(`no declared member ${memberCode}`);
      await bot.core.services.members.linkAccount(member.id, 'ZALO', person.id, person.name);
    },
    send,
    say: (person, text) => send(textUpdate(person, text), person.id),
    async post(body, secret = WEBHOOK_SECRET) {
      const response = await fetch(`${base}${new URL(WEBHOOK_URL).pathname}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(secret === null ? {} : { 'X-Bot-Api-Secret-Token': secret }) },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      await response.arrayBuffer();
      return response.status;
    },
    async close() {
      await channel.stop();
      await server?.stop();
      await api.close();
      await bot.close();
    },
  };
}
