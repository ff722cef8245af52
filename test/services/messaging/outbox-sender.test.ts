import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { databaseKind } from '../../../src/db/adapter.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOutboxSender, type Deliver, type DeliveryResult, type OutboxSenderOptions } from '../../../src/services/messaging/outbox-sender.js';
import type { OutboxItem } from '../../../src/services/messaging/outbox-message.js';
import { OutboxService } from '../../../src/services/messaging/outbox.js';
import { startTestBot, type TestBot } from '../../support/core.js';

let bot: TestBot;
let outbox: OutboxService;
const logger = pino({ level: 'silent' });

beforeEach(async () => {
  bot = await startTestBot();
  outbox = new OutboxService(bot.core.db, () => bot.now.value, { maxAttempts: 3, kind: databaseKind(bot.url) });
});
afterEach(() => bot.close());

/** fresh members, so tests do not depend on how many the demo declares */
async function members(n: number): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < n; i++) {
    const m = await bot.core.db.member.create({
      data: { organizationId: bot.organizationId, fullName: `Người nhận ${i}`, searchKey: `nguoi nhan ${i}` },
    });
    await bot.core.db.channelAccount.create({ data: { memberId: m.id, channel: 'TELEGRAM', externalId: `tg-${m.id}` } });
    ids.push(m.id);
  }
  return ids;
}

const item = (memberId: number, key: string): OutboxItem => ({
  dedupeKey: key,
  memberId,
  kind: 'broadcast',
  payload: { key: 'outbox-member-unreachable', args: { name: key, unit: 'Văn phòng', channel: 'TELEGRAM' } },
});

interface Delivery {
  memberId: number;
  text: string;
  at: number;
}

/** a local channel: records each delivery and answers what `answer` says */
function recorder(answer: (memberId: number) => Promise<DeliveryResult> | DeliveryResult = () => 'sent') {
  const deliveries: Delivery[] = [];
  const deliver: Deliver = async (externalId, text) => {
    const memberId = Number(externalId.replace('tg-', ''));
    deliveries.push({ memberId, text, at: performance.now() });
    return answer(memberId);
  };
  return { deliveries, deliver };
}

function sender(deliver: Deliver, extra: Partial<OutboxSenderOptions> = {}) {
  return createOutboxSender({ outbox, deliverers: { TELEGRAM: deliver }, i18n: bot.core.i18n, logger, clock: () => bot.now.value, ...extra });
}

const statuses = async () => (await bot.core.db.outboxMessage.findMany({ orderBy: { id: 'asc' } })).map((r) => r.status);

describe('outbox sender pacing', () => {
  it('sends 60 messages to 60 members at 30 a second, evenly', async () => {
    const ids = await members(60);
    await outbox.enqueue(ids.map((id) => item(id, `b:${id}`)));
    const { deliveries, deliver } = recorder();
    const s = sender(deliver, { ratePerSecond: 30 });
    const started = performance.now();
    const result = await s.drainOnce();
    const elapsed = performance.now() - started;
    expect(result).toMatchObject({ claimed: 60, sent: 60, failed: 0, undeliverable: 0 });
    expect(deliveries).toHaveLength(60);
    // rendered in the member's language from the payload's key and arguments
    expect(deliveries.find((d) => d.memberId === ids[0])!.text).toContain(`b:${ids[0]}`);
    expect(deliveries[0]!.text).toContain('Văn phòng');
    expect(new Set(deliveries.map((d) => d.memberId)).size).toBe(60);
    const span = deliveries[59]!.at - deliveries[0]!.at;
    expect(span).toBeGreaterThanOrEqual(1900);
    expect(elapsed).toBeLessThan(4000);
    // no burst: within any second, at most 30 starts (+1 for the window's edge)
    for (const d of deliveries) {
      expect(deliveries.filter((e) => e.at >= d.at && e.at < d.at + 1000).length).toBeLessThanOrEqual(31);
    }
    expect((await statuses()).every((s) => s === 'SENT')).toBe(true);
    expect(await s.drainOnce()).toMatchObject({ claimed: 0, sent: 0 });
    expect(deliveries).toHaveLength(60);
  });

  it('keeps two messages to one member a second apart without holding up the others', async () => {
    const [a, b, c] = await members(3);
    await outbox.enqueue([item(a!, 'a1'), item(a!, 'a2'), item(b!, 'b1'), item(c!, 'c1')]);
    const { deliveries, deliver } = recorder();
    const result = await sender(deliver, { ratePerSecond: 30 }).drainOnce();
    expect(result).toMatchObject({ sent: 4 });
    const toA = deliveries.filter((d) => d.memberId === a);
    expect(toA).toHaveLength(2);
    expect(toA[1]!.at - toA[0]!.at).toBeGreaterThanOrEqual(995);
    // b and c went out right after a's first message, not behind its second
    const others = deliveries.filter((d) => d.memberId !== a);
    for (const d of others) expect(d.at - toA[0]!.at).toBeLessThan(500);
    expect(deliveries.map((d) => d.memberId).at(-1)).toBe(a);
  });
});

describe('outbox sender outcomes', () => {
  it('marks a member who blocked the bot unreachable, tells the ADMIN, and does not retry', async () => {
    const [blocker, fine] = await members(2);
    await outbox.enqueue([item(blocker!, 'x'), item(fine!, 'y')]);
    const { deliveries, deliver } = recorder((memberId) => (memberId === blocker ? 'blocked' : 'sent'));
    const s = sender(deliver);
    expect(await s.drainOnce()).toMatchObject({ sent: 1, undeliverable: 1, failed: 0 });
    // one notice for the organization's ADMIN (vptk-1), queued like any message
    const admin = await bot.core.db.member.findFirstOrThrow({ where: { code: 'vptk-1' } });
    const notices = await bot.core.db.outboxMessage.findMany({ where: { kind: 'unreachable' } });
    expect(notices).toMatchObject([{ memberId: admin.id, status: 'PENDING', payload: { key: 'outbox-member-unreachable', args: { name: 'Người nhận 0' } } }]);
    await outbox.reportUnreachable(blocker!, 'TELEGRAM');
    expect(await bot.core.db.outboxMessage.count({ where: { kind: 'unreachable' } })).toBe(1);
    await bot.core.db.outboxMessage.deleteMany({ where: { kind: 'unreachable' } });
    const account = await bot.core.db.channelAccount.findFirstOrThrow({ where: { memberId: blocker! } });
    expect(account.unreachable).toBe(true);
    expect((await bot.core.db.channelAccount.findFirstOrThrow({ where: { memberId: fine! } })).unreachable).toBe(false);
    const row = await bot.core.db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: 'x' } });
    expect(row).toMatchObject({ status: 'FAILED', attempts: 1 });
    bot.now.value = new Date(bot.now.value.getTime() + 24 * 3600_000);
    expect(await s.drainOnce()).toMatchObject({ claimed: 0 });
    expect(deliveries).toHaveLength(2);
  });

  it('retries a thrown error with exponential back-off, then gives up', async () => {
    const [m] = await members(1);
    await outbox.enqueue([item(m!, 'k')]);
    const { deliveries, deliver } = recorder(() => {
      throw new Error('network down');
    });
    const s = sender(deliver, { backoffBaseMs: 10_000 });
    const t0 = bot.now.value.getTime();
    const row = () => bot.core.db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: 'k' } });
    expect(await s.drainOnce()).toMatchObject({ failed: 1 });
    expect(await row()).toMatchObject({ status: 'PENDING', attempts: 1, lastError: 'network down', notBefore: new Date(t0 + 10_000) });
    // not due yet: nothing sent
    expect(await s.drainOnce()).toMatchObject({ claimed: 0 });
    bot.now.value = new Date(t0 + 10_000);
    expect(await s.drainOnce()).toMatchObject({ failed: 1 });
    expect(await row()).toMatchObject({ status: 'PENDING', attempts: 2, notBefore: new Date(t0 + 10_000 + 20_000) });
    bot.now.value = new Date(t0 + 30_000);
    expect(await s.drainOnce()).toMatchObject({ failed: 1 });
    expect(await row()).toMatchObject({ status: 'FAILED', attempts: 3 });
    bot.now.value = new Date(t0 + 3600_000);
    expect(await s.drainOnce()).toMatchObject({ claimed: 0 });
    expect(deliveries).toHaveLength(3);
  });

  it('defers a message the platform asks to hold back, without counting an attempt', async () => {
    const [m] = await members(1);
    await outbox.enqueue([item(m!, 'k')]);
    let calls = 0;
    const { deliveries, deliver } = recorder(() => (++calls === 1 ? { retryAfterMs: 5000 } : 'sent'));
    const s = sender(deliver);
    expect(await s.drainOnce()).toMatchObject({ deferred: 1, sent: 0 });
    const row = await bot.core.db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: 'k' } });
    expect(row).toMatchObject({ status: 'PENDING', attempts: 0, notBefore: new Date(bot.now.value.getTime() + 5000) });
    bot.now.value = new Date(bot.now.value.getTime() + 5000);
    expect(await s.drainOnce()).toMatchObject({ sent: 1 });
    expect(deliveries).toHaveLength(2);
  });
});

describe('outbox sender after a crash', () => {
  it('sends what a crashed sender left, once, and never what it had sent', async () => {
    const ids = await members(4);
    await outbox.enqueue(ids.map((id) => item(id, `k${id}`)));
    // The crashed process had claimed everything and delivered the first message only.
    const claimed = await outbox.claim('crashed-worker', 10);
    await outbox.markSent(claimed[0]!.id, 'crashed-worker');
    const { deliveries, deliver } = recorder();
    const s = sender(deliver);
    expect(await s.drainOnce()).toMatchObject({ claimed: 0 });
    bot.now.value = new Date(bot.now.value.getTime() + 6 * 60_000);
    expect(await s.drainOnce()).toMatchObject({ claimed: 3, sent: 3 });
    expect(deliveries.map((d) => d.memberId).sort()).toEqual(
      claimed
        .slice(1)
        .map((m) => m.memberId)
        .sort(),
    );
    expect(await s.drainOnce()).toMatchObject({ claimed: 0 });
    expect(deliveries).toHaveLength(3);
    expect(await statuses()).toEqual(['SENT', 'SENT', 'SENT', 'SENT']);
  });
});

describe('outbox sender and uncertain sends', () => {
  it('never resends a message whose request had left when its sender died', async () => {
    const ids = await members(3);
    await outbox.enqueue(ids.map((id) => item(id, `k${id}`)));
    // The dead sender had claimed all three and started the first one's request.
    const claimed = await outbox.claim('dead-worker', 10);
    expect(await outbox.markStarted(claimed[0]!.id, 'dead-worker')).toBe(true);
    const { deliveries, deliver } = recorder();
    bot.now.value = new Date(bot.now.value.getTime() + 6 * 60_000);
    expect(await sender(deliver).drainOnce()).toMatchObject({ claimed: 2, sent: 2 });
    expect(deliveries.map((d) => d.memberId).sort()).toEqual([ids[1], ids[2]].sort());
    const first = await bot.core.db.outboxMessage.findUniqueOrThrow({ where: { id: claimed[0]!.id } });
    expect(first.status).toBe('UNCERTAIN');
    expect((await bot.core.services.outboxViews.summary()).UNCERTAIN).toBe(1);
    // the dead sender's late answer still counts, if it comes
    expect(await outbox.markSent(claimed[0]!.id, 'dead-worker')).toBe(true);
  });

  it('gives up a message for a member with no account a running channel reaches', async () => {
    const [zaloOnly, none] = await members(2);
    await bot.core.db.channelAccount.updateMany({ where: { memberId: zaloOnly! }, data: { channel: 'ZALO' } });
    await bot.core.db.channelAccount.deleteMany({ where: { memberId: none! } });
    await outbox.enqueue([item(zaloOnly!, 'z'), item(none!, 'n')]);
    const { deliveries, deliver } = recorder();
    expect(await sender(deliver).drainOnce()).toMatchObject({ claimed: 2, undeliverable: 2 });
    expect(deliveries).toHaveLength(0);
    const rows = await bot.core.db.outboxMessage.findMany({ orderBy: { dedupeKey: 'asc' } });
    expect(rows.map((r) => [r.dedupeKey, r.status, r.lastError])).toEqual([
      ['n', 'FAILED', 'no reachable account'],
      ['z', 'FAILED', 'no running channel for ZALO'],
    ]);
  });
});

describe('outbox sender and linked apps', () => {
  it('sends to the preferred app, and to another app of the member when this instance does not run it', async () => {
    const [both, zaloFirst] = await members(2);
    // `both` prefers Telegram and has Zalo too; `zaloFirst` prefers Zalo and has Telegram too.
    await bot.core.db.channelAccount.create({ data: { memberId: both!, channel: 'ZALO', externalId: `zl-${both}`, preferred: false } });
    await bot.core.db.channelAccount.updateMany({ where: { memberId: zaloFirst! }, data: { preferred: false } });
    await bot.core.db.channelAccount.create({ data: { memberId: zaloFirst!, channel: 'ZALO', externalId: `zl-${zaloFirst}`, preferred: true } });
    const received: string[] = [];
    const channel =
      (name: string): Deliver =>
      async (externalId) => {
        received.push(`${name}:${externalId}`);
        return 'sent';
      };
    await outbox.enqueue([item(both!, 'a'), item(zaloFirst!, 'b')]);
    await sender(channel('telegram'), { deliverers: { TELEGRAM: channel('telegram'), ZALO: channel('zalo') } }).drainOnce();
    expect(received.sort()).toEqual([`telegram:tg-${both}`, `zalo:zl-${zaloFirst}`]);

    received.length = 0;
    await outbox.enqueue([item(zaloFirst!, 'c')]);
    await sender(channel('telegram')).drainOnce();
    expect(received).toEqual([`telegram:tg-${zaloFirst}`]);
  });
});

describe('outbox sender stop', () => {
  it('waits for the send in flight and gives back what had not started', async () => {
    const ids = await members(4);
    await outbox.enqueue(ids.map((id) => item(id, `k${id}`)));
    let finished = 0;
    let firstStarted!: () => void;
    const started = new Promise<void>((resolve) => (firstStarted = resolve));
    const { deliveries, deliver } = recorder(async (): Promise<DeliveryResult> => {
      firstStarted();
      await new Promise((resolve) => setTimeout(resolve, 400));
      finished += 1;
      return 'sent';
    });
    // 2 a second: the first message starts at once, the next ones 500 ms apart
    const s = sender(deliver, { ratePerSecond: 2, pollIntervalMs: 50 });
    await s.start();
    await started;
    await s.stop();
    expect(deliveries).toHaveLength(1);
    expect(finished).toBe(1);
    const rows = await bot.core.db.outboxMessage.findMany({ orderBy: { id: 'asc' } });
    expect(rows.map((r) => r.status).sort()).toEqual(['PENDING', 'PENDING', 'PENDING', 'SENT']);
    expect(rows.filter((r) => r.status === 'PENDING').every((r) => r.claimedBy === null && r.attempts === 0)).toBe(true);
    // Nothing lost: a later drain sends the rest, and the first one not again.
    const rest = await s.drainOnce();
    expect(rest).toMatchObject({ claimed: 3, sent: 3 });
    expect(new Set(deliveries.map((d) => d.memberId)).size).toBe(4);
    expect(deliveries).toHaveLength(4);
  });
});
