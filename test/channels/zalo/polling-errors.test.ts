import pino from 'pino';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { zaloChannel } from '../../../src/channels/zalo/index.js';
import { JPEG } from '../../support/files.js';
import { startTestBot } from '../../support/core.js';
import { refusal, startFakeZaloApi, ZALO_TOKEN } from '../../support/zalo-api-server.js';
import { photoUpdate, QUANG, startZaloTest, textUpdate, type ZaloTest } from './support/zalo.js';

// The polling loop when Zalo answers badly: idle polls, rate limits, server errors, a revoked
// token; and a shutdown in the middle of an update.

let zl: ZaloTest | null = null;
afterEach(async () => {
  await zl?.close();
  zl = null;
});

const problems = (logs: string[]) => logs.filter((l) => /"level":(40|50|60)/.test(l));

describe('long polling', () => {
  it('an idle poll (408) is no error: the loop just polls again', async () => {
    zl = await startZaloTest();
    await zl.api.waitUntil(() => zl!.api.polls.length >= 4);
    expect(problems(zl.logs)).toEqual([]);
  });

  it('a 429 backs off for the rate-limit wait, then polling resumes', async () => {
    zl = await startZaloTest();
    zl.api.failNext('getUpdates', refusal(429, 'Quota exceeded'));
    await zl.api.waitUntil(() => {
      const at = zl!.api.polls.findIndex((p) => p.refused === 429);
      return at >= 0 && zl!.api.polls.length > at + 1;
    }, 5_000);
    const at = zl.api.polls.findIndex((p) => p.refused === 429);
    // the next poll came only after the wait
    expect(zl.api.polls[at + 1]!.at - zl.api.polls[at]!.doneAt!).toBeGreaterThanOrEqual(290);
    const warn = JSON.parse(problems(zl.logs)[0]!) as { retryInMs: number; err: { type: string } };
    expect(warn).toMatchObject({ retryInMs: 300, err: { type: 'ZaloRateLimitError' } });
  });

  it('server errors back off, doubling, and the loop carries on', async () => {
    zl = await startZaloTest();
    await zl.link('vhxh-1', QUANG);
    for (let i = 0; i < 3; i++) zl.api.failNext('getUpdates', { status: 502, body: 'Bad Gateway' });
    const texts = await zl.say(QUANG, '/tiendo');
    expect(texts[0]).toContain('Tiến độ của');
    // A poll may already be under way when the failures are set up: they can come after the reply.
    await zl.api.waitUntil(() => problems(zl!.logs).length >= 3, 10_000, 'three failed polls');
    const waits = problems(zl.logs).map((l) => (JSON.parse(l) as { retryInMs: number }).retryInMs);
    expect(waits).toEqual([50, 100, 200]);
  });

  it('a 401 stops the loop, reports the channel failed with a bilingual line, and the line holds no token', async () => {
    const fatal: string[] = [];
    zl = await startZaloTest({ onFatal: (message) => fatal.push(message) });
    expect(zl.channel.failure()).toBeNull();
    zl.api.failNext('getUpdates', refusal(401, 'Unauthorized'));
    await zl.channel.polling()!.done;
    const count = zl.api.polls.length;
    await new Promise((r) => setTimeout(r, 300));
    expect(zl.api.polls.length).toBe(count);
    const i18n = zl.bot.core.i18n;
    expect(fatal).toEqual([i18n.both('zalo-token-refused')]);
    expect(fatal[0]).toContain('Kiểm tra ZALO_BOT_TOKEN');
    expect(fatal[0]).toContain('Check ZALO_BOT_TOKEN');
    expect(zl.channel.failure()).toBe(fatal[0]);
    const logged = zl.logs.filter((l) => l.includes('"level":60'));
    expect(logged).toHaveLength(1);
    expect((JSON.parse(logged[0]!) as { msg: string }).msg).toBe(fatal[0]);
    for (const line of [...zl.logs, ...fatal]) expect(line).not.toContain(ZALO_TOKEN.split(':')[1]);
  });

  it('a token refused at start fails the start, saying which variable to fix', async () => {
    const bot = await startTestBot();
    const api = await startFakeZaloApi();
    const logs: string[] = [];
    const logger = pino({ level: 'info' }, new Writable({ write: (c: Buffer, _e, done) => (logs.push(c.toString()), done()) }));
    const wrong = '11111111:revoked-token';
    const channel = zaloChannel({ ...bot.core, logger }, { token: wrong, apiRoot: api.url, webhookUrl: null, webhookSecret: null }, { server: null, publicBaseUrl: null });
    const error = await channel.start().then(
      () => null,
      (e: unknown) => e as Error & { cause?: unknown },
    );
    expect(error).toMatchObject({ name: 'StartupError', message: bot.core.i18n.both('zalo-token-refused'), cause: { errorCode: 401 } });
    expect(error!.message).not.toContain('revoked-token');
    expect(logs.join('')).not.toContain(wrong);
    expect(api.polls).toHaveLength(0);
    await api.close();
    await bot.close();
  });

  it('stop() ends the poll under way and waits for the update being handled', async () => {
    zl = await startZaloTest();
    await zl.link('vhxh-1', QUANG);
    zl.api.slowNext('sendMessage', 400);
    zl.api.push(textUpdate(QUANG, '/tiendo'));
    await zl.api.waitUntil(() => zl!.api.calls.some((c) => c.method === 'sendMessage'));
    const sending = zl.api.calls.find((c) => c.method === 'sendMessage')!;
    expect(sending.doneAt).toBeUndefined();
    await zl.channel.stop();
    expect(sending.doneAt).toBeDefined();
    const count = zl.api.polls.length;
    await new Promise((r) => setTimeout(r, 200));
    expect(zl.api.polls.length).toBe(count);
  });
});

describe('photos', () => {
  it('a photo over 20 MB is refused from its announced size, before reading it', async () => {
    zl = await startZaloTest();
    await zl.link('vhxh-1', QUANG);
    await zl.say(QUANG, '/nophoso');
    await zl.say(QUANG, '1');
    const big = Buffer.concat([JPEG, Buffer.alloc(21 * 1024 * 1024)]);
    const refused = await zl.send(photoUpdate(QUANG, zl.api.addPhoto(big)));
    expect(refused).toEqual(['Tệp lớn hơn 20 MB nên bot không nhận được. Vui lòng nén tệp, chia nhỏ, hoặc chụp ảnh các trang chính rồi gửi lại.']);
    expect(await zl.bot.core.db.evidence.count()).toBe(0);
  });

  it('a temporary address that no longer works is an internal error for the person; the log names no address', async () => {
    zl = await startZaloTest();
    await zl.link('vhxh-1', QUANG);
    await zl.say(QUANG, '/nophoso');
    await zl.say(QUANG, '1');
    const gone = `${zl.api.url}/cdn/expired.jpg?sig=secret-signature`;
    expect(await zl.send(photoUpdate(QUANG, gone))).toEqual([zl.bot.core.i18n.t('vi', 'error-internal')]);
    expect(zl.logs.join('\n')).not.toContain('secret-signature');
    // the step still waits for the photo
    expect((await zl.send(photoUpdate(QUANG, zl.api.addPhoto(JPEG))))[0]).toContain('Đã nhận tệp');
  });
});
