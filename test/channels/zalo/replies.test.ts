import { Writable } from 'node:stream';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ZaloClient } from '../../../src/channels/zalo/client.js';
import { zaloReplies, type ZaloReplies } from '../../../src/channels/zalo/replies.js';
import { startTestBot, type TestBot } from '../../support/core.js';
import { refusal, startFakeZaloApi, ZALO_TOKEN, type FakeZaloApi } from '../../support/zalo-api-server.js';

// zaloReplies on a real database and the Zalo stand-in: what is kept when Zalo does not take a
// reply, what is sent again, and when it gives up. Retries are driven by hand with a movable clock.

const CHAT = '0a1b2c3d4e5f60718293';
const backoff = { baseMs: 1_000, maxMs: 8_000, rateLimitMs: 60_000 };

let bot: TestBot;
let api: FakeZaloApi;
let replies: ZaloReplies;
let now: number;
let logs: string[];

function build(apiRoot = api.url): ZaloReplies {
  const logger = pino({ level: 'info' }, new Writable({ write: (c: Buffer, _e, done) => (logs.push(c.toString()), done()) }));
  return zaloReplies({ client: new ZaloClient({ token: ZALO_TOKEN, apiRoot, timeoutMs: 2_000 }), pending: bot.core.services.pendingReplies, logger, backoff, now: () => now });
}

beforeEach(async () => {
  bot = await startTestBot();
  api = await startFakeZaloApi();
  now = Date.UTC(2026, 11, 6, 2, 0);
  logs = [];
  replies = build();
});
afterEach(async () => {
  await api.close();
  await bot.close();
});

const kept = () => bot.core.db.pendingReply.findMany();
const sent = () => api.calls.filter((c) => c.method.startsWith('send') && c.refused === undefined).map((c) => String(c.params.text ?? c.params.photo));

describe('zaloReplies', () => {
  it('a reply that goes through is sent in order and not kept', async () => {
    await replies.send(CHAT, [
      { kind: 'text', text: 'một' },
      { kind: 'text', text: 'hai' },
    ]);
    expect(sent()).toEqual(['một', 'hai']);
    expect(await kept()).toEqual([]);
  });

  it('keeps only the part Zalo did not take, and sends it, in order, once due', async () => {
    api.failNext('sendMessage', refusal(502, 'Bad Gateway'));
    await replies.send(CHAT, [
      { kind: 'photo', url: 'https://bot.example.vn/charts/a.png' },
      { kind: 'text', text: 'hai' },
      { kind: 'text', text: 'ba' },
    ]);
    expect(sent()).toEqual(['https://bot.example.vn/charts/a.png']);
    const [row] = await kept();
    expect(row).toMatchObject({
      channel: 'ZALO',
      chatId: CHAT,
      attempts: 1,
      items: [
        { kind: 'text', text: 'hai' },
        { kind: 'text', text: 'ba' },
      ],
    });
    expect(row!.notBefore.getTime()).toBe(now + 1_000);

    expect(await replies.retryDue()).toBe(0);
    now += 1_000;
    expect(await replies.retryDue()).toBe(1);
    expect(sent()).toEqual(['https://bot.example.vn/charts/a.png', 'hai', 'ba']);
    expect(await kept()).toEqual([]);
  });

  it('waits longer after each failure, at least the rate-limit wait after a 429, and gives up after five attempts', async () => {
    api.failNext('sendMessage', refusal(500, 'Internal error'));
    await replies.send(CHAT, [{ kind: 'text', text: 'một' }]);
    const waits: number[] = [];
    for (const answer of [refusal(429, 'Quota exceeded'), refusal(503, 'Busy'), refusal(500, 'Internal error')]) {
      const [row] = await kept();
      waits.push(row!.notBefore.getTime() - now);
      now = row!.notBefore.getTime();
      api.failNext('sendMessage', answer);
      expect(await replies.retryDue()).toBe(0);
    }
    const [last] = await kept();
    waits.push(last!.notBefore.getTime() - now);
    expect(waits).toEqual([1_000, 60_000, 4_000, 8_000]);
    expect(last).toMatchObject({ attempts: 4, lastError: 'Zalo sendMessage refused (500): Internal error' });

    now = last!.notBefore.getTime();
    api.failNext('sendMessage', refusal(500, 'Internal error'));
    await replies.retryDue();
    expect(await kept()).toEqual([]);
    expect(logs.some((l) => l.includes('"level":50') && l.includes('Zalo reply given up'))).toBe(true);
  });

  it('a refusal that a retry will not mend is thrown at once, or drops a kept reply', async () => {
    api.failNext('sendMessage', refusal(400, 'text must be 1 to 2000 characters'));
    await expect(replies.send(CHAT, [{ kind: 'text', text: 'một' }])).rejects.toMatchObject({ errorCode: 400 });
    expect(await kept()).toEqual([]);

    api.failNext('sendMessage', refusal(429, 'Quota exceeded'));
    await replies.send(CHAT, [{ kind: 'text', text: 'hai' }]);
    now += 60_000;
    api.failNext('sendMessage', refusal(400, 'chat not found'));
    await replies.retryDue();
    expect(await kept()).toEqual([]);
  });

  it('no answer at all (Zalo unreachable) keeps the reply too; the token never shows', async () => {
    const offline = build('http://127.0.0.1:1');
    await offline.send(CHAT, [{ kind: 'text', text: 'một' }]);
    const [row] = await kept();
    expect(row).toMatchObject({ attempts: 1, items: [{ kind: 'text', text: 'một' }] });
    expect(row!.lastError).toMatch(/^Zalo sendMessage failed: network error/);
    expect(logs.join('')).not.toContain(ZALO_TOKEN.split(':')[1]);
  });

  it('two retriers on one database: a due reply is sent by one of them', async () => {
    api.failNext('sendMessage', refusal(503, 'Busy'));
    await replies.send(CHAT, [{ kind: 'text', text: 'một' }]);
    now += 1_000;
    const results = await Promise.all([replies.retryDue(), build().retryDue()]);
    expect(results.sort()).toEqual([0, 1]);
    expect(sent()).toEqual(['một']);
  });
});
