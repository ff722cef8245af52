import { join } from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../src/app.js';
import { zaloChannel, type ZaloChannel } from '../../../src/channels/zalo/index.js';
import { loadConfig } from '../../../src/config.js';
import { createHttpServer, type HttpServer } from '../../../src/http/server.js';
import { startTestBot, type TestBot } from '../../support/core.js';
import { refusal, startFakeZaloApi, ZALO_TOKEN, type FakeZaloApi } from '../../support/zalo-api-server.js';
import { QUANG, startZaloTest, textUpdate, WEBHOOK_SECRET, WEBHOOK_URL, type ZaloTest } from './support/zalo.js';

// Zalo as its documentation allows: an update without event_name, a resend after a restart, a
// reply Zalo does not take at first, a token refused while running, a webhook Zalo refuses.

let zl: ZaloTest | null = null;
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  await zl?.close();
  zl = null;
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const sendsTo = (api: FakeZaloApi, chatId: string) => api.calls.filter((c) => c.method === 'sendMessage' && c.params.chat_id === chatId);
const quiet = (ms = 300) => new Promise((r) => setTimeout(r, ms));
/** Waits for something the stand-in does not see (a log line), checking every 20 ms. */
async function until(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await quiet(20);
  }
}

/** The shape of the getUpdates sample in Zalo's documentation: wrapped, no event_name, first_name. */
const docsSample = (text: string, messageId: string) => ({
  ok: true,
  result: {
    message: {
      from: { id: QUANG.id, is_bot: false, first_name: 'Quang' },
      chat: { id: QUANG.id, chat_type: 'PRIVATE' },
      text,
      message_id: messageId,
      date: Date.now(),
    },
  },
});

describe('an update without event_name', () => {
  it('is read from its fields and answered, with no warning', async () => {
    zl = await startZaloTest();
    await zl.link('vhxh-1', QUANG);
    const texts = await zl.send(docsSample('/tiendo', 'd0c5a3p1e000000000a1') as never, QUANG.id);
    expect(texts[0]).toContain('Tiến độ của');
    expect(zl.logs.filter((l) => /"level":(40|50)/.test(l))).toEqual([]);
  });
});

describe('a resend after a restart', () => {
  it('is dropped by the next instance on the same database, which still answers new messages', async () => {
    zl = await startZaloTest({ mode: 'webhook' });
    await zl.link('vhxh-1', QUANG);
    const update = textUpdate(QUANG, '/tiendo');
    expect(await zl.post(update)).toBe(200);
    await zl.api.waitUntil(() => sendsTo(zl!.api, QUANG.id).some((c) => c.doneAt), 10_000, 'the first answer');
    await zl.channel.stop();

    // The restarted bot: a new process's core on the same database, its own webhook server.
    const logs: string[] = [];
    const logger = pino({ level: 'info' }, new Writable({ write: (c: Buffer, _e, done) => (logs.push(c.toString()), done()) }));
    const core: Core = await createCore(loadConfig({ DATABASE_URL: zl.bot.url, LOG_LEVEL: 'silent', FILE_STORE_DIR: join(zl.bot.dir, 'files') }), {
      clock: () => zl!.bot.now.value,
      logger,
    });
    cleanups.push(() => core.close());
    const server = createHttpServer({ host: '127.0.0.1', port: 0, logger });
    await server.start();
    cleanups.push(() => server.stop());
    const channel = zaloChannel(core, { token: ZALO_TOKEN, apiRoot: zl.api.url, webhookUrl: WEBHOOK_URL, webhookSecret: WEBHOOK_SECRET }, { server, publicBaseUrl: null });
    await channel.start();
    cleanups.push(() => channel.stop());
    const post = async (body: unknown) =>
      (
        await fetch(`http://127.0.0.1:${server.address()!.port}${new URL(WEBHOOK_URL).pathname}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'X-Bot-Api-Secret-Token': WEBHOOK_SECRET },
          body: JSON.stringify(body),
        })
      ).status;

    expect(await post(update)).toBe(200);
    await until(() => logs.some((l) => l.includes('duplicate delivery dropped')), 'the resend to be dropped');
    expect(sendsTo(zl.api, QUANG.id)).toHaveLength(1);

    expect(await post(textUpdate(QUANG, '/tiendo'))).toBe(200);
    await zl.api.waitUntil(() => sendsTo(zl!.api, QUANG.id).filter((c) => c.doneAt).length === 2, 10_000, 'the answer to a new message');
  });
});

describe('a reply Zalo does not take at once', () => {
  it('a 429 keeps the reply, which is delivered after the wait', async () => {
    zl = await startZaloTest();
    await zl.link('vhxh-1', QUANG);
    zl.api.failNext('sendMessage', refusal(429, 'Quota exceeded'));
    zl.api.push(textUpdate(QUANG, '/tiendo'));
    const delivered = await zl.api.waitFor((c) => c.method === 'sendMessage' && c.refused === undefined, 0, 10_000);
    const [refused, sent] = sendsTo(zl.api, QUANG.id);
    expect(refused!.refused).toBe(429);
    expect(sent).toBe(delivered);
    expect(sent!.params.text).toBe(refused!.params.text);
    expect(String(sent!.params.text)).toContain('Tiến độ của');
    // the rate-limit wait of the test's back-off
    expect(sent!.at - refused!.doneAt!).toBeGreaterThanOrEqual(290);
    await until(() => zl!.logs.some((l) => l.includes('kept Zalo replies sent')), 'the kept reply to be marked sent');
    expect(await zl.bot.core.db.pendingReply.count()).toBe(0);
    const warn = zl.logs.find((l) => l.includes('Zalo did not take a reply'));
    expect(JSON.parse(warn!)).toMatchObject({ level: 40, left: 1, retryInMs: 300, err: { type: 'ZaloRateLimitError' } });
  });

  it('a 5xx twice: sent on the third try; a plain refusal (400) is not kept', async () => {
    zl = await startZaloTest();
    await zl.link('vhxh-1', QUANG);
    zl.api.failNext('sendMessage', refusal(503, 'Service Unavailable'));
    zl.api.failNext('sendMessage', refusal(500, 'Internal error'));
    zl.api.push(textUpdate(QUANG, '/tiendo'));
    await zl.api.waitFor((c) => c.method === 'sendMessage' && c.refused === undefined, 0, 10_000);
    expect(sendsTo(zl.api, QUANG.id).map((c) => c.refused ?? 'ok')).toEqual([503, 500, 'ok']);

    zl.api.failNext('sendMessage', refusal(400, 'text must be 1 to 2000 characters'));
    await zl.say(QUANG, '/tiendo');
    await quiet();
    expect(sendsTo(zl.api, QUANG.id).map((c) => c.refused ?? 'ok')).toEqual([503, 500, 'ok', 400]);
    expect(await zl.bot.core.db.pendingReply.count()).toBe(0);
  });
});

describe('a token refused while running', () => {
  it('in webhook mode a 401 on a reply reports the channel failed, once', async () => {
    const fatal: string[] = [];
    zl = await startZaloTest({ mode: 'webhook', onFatal: (message) => fatal.push(message) });
    await zl.link('vhxh-1', QUANG);
    zl.api.revokeToken();
    expect(await zl.post(textUpdate(QUANG, '/tiendo'))).toBe(200);
    expect(await zl.post(textUpdate(QUANG, '/xephang'))).toBe(200);
    await until(() => fatal.length > 0, 'the channel to report the refused token');
    await quiet();
    expect(fatal).toEqual([zl.bot.core.i18n.both('zalo-token-refused')]);
    expect(zl.channel.failure()).toBe(fatal[0]);
  });
});

describe('setWebhook', () => {
  let bot: TestBot;
  let api: FakeZaloApi;
  let server: HttpServer;
  let logs: string[];

  async function webhookChannel(): Promise<ZaloChannel> {
    bot = await startTestBot();
    api = await startFakeZaloApi();
    logs = [];
    const logger = pino({ level: 'info' }, new Writable({ write: (c: Buffer, _e, done) => (logs.push(c.toString()), done()) }));
    server = createHttpServer({ host: '127.0.0.1', port: 0, logger });
    await server.start();
    cleanups.push(async () => {
      await server.stop();
      await api.close();
      await bot.close();
    });
    return zaloChannel({ ...bot.core, logger }, { token: ZALO_TOKEN, apiRoot: api.url, webhookUrl: WEBHOOK_URL, webhookSecret: WEBHOOK_SECRET }, { server, publicBaseUrl: null });
  }

  it('logs what Zalo recorded when it accepts the address', async () => {
    const channel = await webhookChannel();
    await channel.start();
    cleanups.unshift(() => channel.stop());
    const line = JSON.parse(logs.find((l) => l.includes('zalo webhook set'))!) as { path: string; updatedAt: number };
    expect(line.path).toBe(new URL(WEBHOOK_URL).pathname);
    expect(typeof line.updatedAt).toBe('number');
  });

  it('an address Zalo refuses fails the start, saying what to check, in both languages', async () => {
    const channel = await webhookChannel();
    api.failNext('setWebhook', refusal(400, 'url must be https'));
    const error = await channel.start().then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error).toMatchObject({ name: 'StartupError', message: bot.core.i18n.both('zalo-webhook-refused', { url: WEBHOOK_URL, reason: 'url must be https' }) });
    expect(error!.message).toContain('Kiểm tra ZALO_WEBHOOK_URL');
    expect(error!.message).toContain('Check ZALO_WEBHOOK_URL');
    // the webhook path no longer answers
    const response = await fetch(`http://127.0.0.1:${server.address()!.port}${new URL(WEBHOOK_URL).pathname}`, { method: 'POST', body: '' });
    expect(response.status).toBe(404);
  });

  it('an answer that records another address fails the start too', async () => {
    const channel = await webhookChannel();
    api.failNext('setWebhook', { status: 200, body: { ok: true, result: { url: 'https://old.example.vn/hook', updated_at: Date.now() } } });
    await expect(channel.start()).rejects.toMatchObject({ name: 'StartupError', message: expect.stringContaining('https://old.example.vn/hook') });
  });
});
