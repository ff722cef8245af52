import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { ZaloClient } from '../../../src/channels/zalo/client.js';
import { zaloAnnouncer, zaloDeliver } from '../../../src/channels/zalo/deliver.js';
import { createOutboxSender } from '../../../src/services/messaging/outbox-sender.js';
import { startTestBot, type TestBot } from '../../support/core.js';
import { refusal, startFakeZaloApi, ZALO_TOKEN, type FakeZaloApi } from '../../support/zalo-api-server.js';

// Outbox delivery on Zalo, through a Zalo Bot API on 127.0.0.1.

let api: FakeZaloApi | null = null;
let bot: TestBot | null = null;
afterEach(async () => {
  await api?.close();
  await bot?.close();
  api = null;
  bot = null;
});

async function client() {
  api = await startFakeZaloApi();
  return new ZaloClient({ token: ZALO_TOKEN, apiRoot: api.url });
}
const texts = () => api!.calls.filter((c) => c.method === 'sendMessage').map((c) => String(c.params.text));

describe('zaloDeliver', () => {
  it('sends the text, split at line breaks past 2,000 characters', async () => {
    const deliver = zaloDeliver(await client());
    expect(await deliver('c1', 'Nhắc hạn: tự chấm điểm trước 28/11/2025.')).toBe('sent');
    const long = Array.from({ length: 120 }, (_, i) => `Dòng ${i}: đơn vị chưa báo cáo kết quả thực hiện`).join('\n');
    expect(await deliver('c2', long)).toBe('sent');
    expect(texts()[0]).toBe('Nhắc hạn: tự chấm điểm trước 28/11/2025.');
    expect(texts().length).toBeGreaterThan(2);
    expect(texts().slice(1).join('\n')).toBe(long);
  });

  it('a 429 holds every send back for the wait, without asking Zalo again meanwhile', async () => {
    const now = { value: 0 };
    const deliver = zaloDeliver(await client(), { now: () => now.value });
    api!.failNext('sendMessage', refusal(429, 'Quota exceeded'));
    expect(await deliver('c1', 'x')).toEqual({ retryAfterMs: 300_000 });
    now.value += 60_000;
    expect(await deliver('c2', 'y')).toEqual({ retryAfterMs: 240_000 });
    expect(api!.calls).toHaveLength(1);
    now.value += 240_000;
    expect(await deliver('c2', 'y')).toBe('sent');
  });

  it('throws a 401, other refusals and network failures for back-off, without the token', async () => {
    const deliver = zaloDeliver(await client());
    api!.failNext('sendMessage', refusal(401, 'Unauthorized'));
    await expect(deliver('c1', 'x')).rejects.toThrow('Zalo sendMessage refused (401): Unauthorized');
    api!.failNext('sendMessage', refusal(404, 'user not found'));
    await expect(deliver('c1', 'x')).rejects.toThrow(/404/);
    const offline = zaloDeliver(new ZaloClient({ token: ZALO_TOKEN, apiRoot: 'http://127.0.0.1:1' }));
    const error = await offline('c1', 'x').then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toBe('Zalo sendMessage failed: network error (ECONNREFUSED)');
    expect(error?.message).not.toContain(ZALO_TOKEN);
  });

  it('the announcer posts long texts to the campaign’s Zalo group in pieces', async () => {
    const announcer = zaloAnnouncer(await client());
    expect(announcer.chatFor({ TELEGRAM: '-100123' })).toBeNull();
    const chat = announcer.chatFor({ TELEGRAM: '-100123', ZALO: 'group-1' });
    expect(chat).toBe('group-1');
    const board = ['Bảng vàng thi đua 2025', ...Array.from({ length: 100 }, (_, i) => `${i + 1}. Tập thể tiêu biểu số ${i + 1} — Giấy khen của Chủ tịch UBND xã`)].join('\n');
    await announcer.post(chat!, board);
    expect(texts().length).toBeGreaterThan(1);
    expect(texts().join('\n')).toBe(board);
  });
});

describe('the outbox sender', () => {
  it('delivers a member’s message through their Zalo account', async () => {
    bot = await startTestBot();
    const deliver = zaloDeliver(await client());
    const member = await bot.core.db.member.create({ data: { organizationId: bot.organizationId, fullName: 'Lê Thị Zalo', searchKey: 'le thi zalo' } });
    await bot.core.db.channelAccount.create({ data: { memberId: member.id, channel: 'ZALO', externalId: 'z0z0z0z0z0z0z0z0z0z0' } });
    await bot.core.services.outbox.enqueue([
      { dedupeKey: 'zalo-test-1', memberId: member.id, kind: 'broadcast', payload: { key: 'outbox-member-unreachable', args: { name: 'A', unit: 'Văn phòng', channel: 'ZALO' } } },
    ]);
    const sender = createOutboxSender({
      outbox: bot.core.services.outbox,
      deliverers: { ZALO: deliver },
      i18n: bot.core.i18n,
      logger: pino({ level: 'silent' }),
      clock: () => bot!.now.value,
    });
    expect(await sender.drainOnce()).toMatchObject({ claimed: 1, sent: 1 });
    expect(api!.calls.map((c) => [c.method, c.params.chat_id])).toEqual([['sendMessage', 'z0z0z0z0z0z0z0z0z0z0']]);
    expect(texts()[0]).toContain('A');
    expect((await bot.core.db.outboxMessage.findFirstOrThrow()).status).toBe('SENT');
  });
});
