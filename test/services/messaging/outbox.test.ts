import { databaseKind } from '../../../src/db/adapter.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb } from '../../../src/db/client.js';
import type { OutboxItem } from '../../../src/services/messaging/outbox-message.js';
import { OutboxService } from '../../../src/services/messaging/outbox.js';
import { startTestBot, type TestBot } from '../../support/core.js';

let bot: TestBot;
let outbox: OutboxService;
let memberIds: number[];

beforeEach(async () => {
  bot = await startTestBot();
  outbox = new OutboxService(bot.core.db, () => bot.now.value, { maxAttempts: 3, kind: databaseKind(bot.url) });
  memberIds = (await bot.core.db.member.findMany({ orderBy: { id: 'asc' }, select: { id: true } })).map((m) => m.id);
});
afterEach(() => bot.close());

const item = (memberId: number, key: string, notBefore?: Date): OutboxItem => ({
  dedupeKey: key,
  memberId,
  kind: 'deadline-nudge',
  payload: { key: 'reminder-deadline', args: { days: 3 } },
  ...(notBefore ? { notBefore } : {}),
});

const rows = () => bot.core.db.outboxMessage.findMany({ orderBy: { id: 'asc' } });

describe('OutboxService.enqueue', () => {
  it('creates each key once however often a job runs', async () => {
    const items = memberIds.slice(0, 5).map((id) => item(id, `c${bot.campaignId}:nudge:${id}:2025-11-25`));
    expect(await outbox.enqueue(items)).toEqual({ created: 5, skipped: 0 });
    expect(await outbox.enqueue(items)).toEqual({ created: 0, skipped: 5 });
    // Two runs at once, one with an extra key and a key repeated inside the same call.
    const more = [...items, item(memberIds[5]!, 'extra'), item(memberIds[5]!, 'extra')];
    const [a, b] = await Promise.all([outbox.enqueue(more), outbox.enqueue(more)]);
    expect(a.created + b.created).toBe(1);
    expect(a.created + a.skipped).toBe(7);
    const stored = await rows();
    expect(stored).toHaveLength(6);
    expect(new Set(stored.map((r) => r.dedupeKey)).size).toBe(6);
    expect(stored[0]!.payload).toEqual({ key: 'reminder-deadline', args: { days: 3 } });
    expect(stored[0]!.status).toBe('PENDING');
    expect(stored[0]!.notBefore).toEqual(bot.now.value);
  });

  it('skips a key whose message was already sent', async () => {
    await outbox.enqueue([item(memberIds[0]!, 'k1')]);
    const [claimed] = await outbox.claim('w', 10);
    expect(await outbox.markSent(claimed!.id)).toBe(true);
    expect(await outbox.enqueue([item(memberIds[0]!, 'k1')])).toEqual({ created: 0, skipped: 1 });
    expect(await outbox.claim('w', 10)).toEqual([]);
  });
});

describe('OutboxService.claim', () => {
  it('hands only due rows out, oldest first', async () => {
    // a minute later: within the 5-minute lease of the row claimed first
    const later = new Date(bot.now.value.getTime() + 60_000);
    await outbox.enqueue([item(memberIds[0]!, 'later', later), item(memberIds[1]!, 'now')]);
    const claimed = await outbox.claim('w1', 10);
    expect(claimed.map((m) => m.dedupeKey)).toEqual(['now']);
    expect(claimed[0]).toMatchObject({ memberId: memberIds[1], kind: 'deadline-nudge', claimedBy: 'w1', attempts: 0 });
    const stored = await bot.core.db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: 'now' } });
    expect(stored).toMatchObject({ status: 'SENDING', claimedBy: 'w1', claimedAt: bot.now.value });
    expect((await outbox.claim('w1', 10, later)).map((m) => m.dedupeKey)).toEqual(['later']);
  });

  it('never gives one row to two workers claiming at once', async () => {
    const n = 40;
    await outbox.enqueue(Array.from({ length: n }, (_, i) => item(memberIds[i % memberIds.length]!, `k${i}`)));
    // Two separate connections to the same database, each a worker.
    const dbA = await createDb(bot.url);
    const dbB = await createDb(bot.url);
    try {
      const a = new OutboxService(dbA, () => bot.now.value, { kind: databaseKind(bot.url) });
      const b = new OutboxService(dbB, () => bot.now.value, { kind: databaseKind(bot.url) });
      const got: number[][] = [[], []];
      for (let round = 0; round < 4; round++) {
        const [x, y] = await Promise.all([a.claim('A', 15), b.claim('B', 15)]);
        got[0]!.push(...x.map((m) => m.id));
        got[1]!.push(...y.map((m) => m.id));
      }
      const [fromA, fromB] = got as [number[], number[]];
      expect(fromA.filter((id) => fromB.includes(id))).toEqual([]);
      expect(new Set([...fromA, ...fromB]).size).toBe(n);
      expect(fromA.length + fromB.length).toBe(n);
      const stored = await rows();
      for (const row of stored) expect(row.claimedBy).toBe(fromA.includes(row.id) ? 'A' : 'B');
    } finally {
      await dbA.$disconnect();
      await dbB.$disconnect();
    }
  });

  it('takes back the rows of a crashed sender once the lease is over, never a sent one', async () => {
    await outbox.enqueue(memberIds.slice(0, 3).map((id, i) => item(id, `k${i}`)));
    const crashed = await outbox.claim('crashed', 10);
    expect(crashed).toHaveLength(3);
    await outbox.markSent(crashed[0]!.id, 'crashed');
    // The sender dies here: two rows stay SENDING.
    bot.now.value = new Date(bot.now.value.getTime() + 4 * 60_000);
    expect(await outbox.claim('rescuer', 10)).toEqual([]);
    bot.now.value = new Date(bot.now.value.getTime() + 2 * 60_000);
    const rescued = await outbox.claim('rescuer', 10);
    expect(rescued.map((m) => m.id)).toEqual([crashed[1]!.id, crashed[2]!.id]);
    expect(rescued.every((m) => m.claimedBy === 'rescuer')).toBe(true);
    // The crashed sender's late bookkeeping no longer counts.
    expect(await outbox.markSent(crashed[1]!.id, 'crashed')).toBe(false);
    expect(await outbox.markSent(crashed[1]!.id, 'rescuer')).toBe(true);
    const sent = await bot.core.db.outboxMessage.findUniqueOrThrow({ where: { id: crashed[0]!.id } });
    expect(sent.status).toBe('SENT');
    expect(sent.sentAt).toEqual(new Date(bot.now.value.getTime() - 6 * 60_000));
  });
});

describe('OutboxService failures', () => {
  it('retries with back-off, then fails for good after the last attempt', async () => {
    await outbox.enqueue([item(memberIds[0]!, 'k')]);
    const t0 = bot.now.value.getTime();
    let [m] = await outbox.claim('w', 1);
    expect(await outbox.markFailed(m!.id, 'timeout', new Date(t0 + 60_000))).toBe('PENDING');
    let row = await bot.core.db.outboxMessage.findUniqueOrThrow({ where: { id: m!.id } });
    expect(row).toMatchObject({ status: 'PENDING', attempts: 1, lastError: 'timeout', claimedBy: null, claimedAt: null });
    expect(row.notBefore).toEqual(new Date(t0 + 60_000));
    expect(await outbox.claim('w', 1)).toEqual([]);
    bot.now.value = new Date(t0 + 60_000);
    [m] = await outbox.claim('w', 1);
    expect(m!.attempts).toBe(1);
    expect(await outbox.markFailed(m!.id, 'timeout', new Date(t0 + 180_000))).toBe('PENDING');
    bot.now.value = new Date(t0 + 180_000);
    [m] = await outbox.claim('w', 1);
    expect(await outbox.markFailed(m!.id, 'still down', new Date(t0 + 600_000))).toBe('FAILED');
    row = await bot.core.db.outboxMessage.findUniqueOrThrow({ where: { id: m!.id } });
    expect(row).toMatchObject({ status: 'FAILED', attempts: 3, lastError: 'still down' });
    bot.now.value = new Date(t0 + 3600_000);
    expect(await outbox.claim('w', 1)).toEqual([]);
    // Marking a row that is not SENDING changes nothing.
    expect(await outbox.markFailed(m!.id, 'again', null)).toBeNull();
    expect(await bot.core.services.outboxViews.summary()).toEqual({ PENDING: 0, SENDING: 0, SENT: 0, FAILED: 1, UNCERTAIN: 0, due: 0 });
  });

  it('marks a member who blocked the bot unreachable', async () => {
    const memberId = memberIds[0]!;
    const before = await bot.core.db.channelAccount.findMany({ where: { memberId } });
    expect(before.length).toBeGreaterThan(0);
    expect(before.every((a) => !a.unreachable)).toBe(true);
    await outbox.enqueue([item(memberId, 'k')]);
    const [m] = await outbox.claim('w', 1);
    expect(await outbox.markUnreachable(memberId, before[0]!.channel)).toBe(before.length);
    expect(await outbox.markFailed(m!.id, 'blocked', null)).toBe('FAILED');
    const after = await bot.core.db.channelAccount.findMany({ where: { memberId } });
    expect(after.every((a) => a.unreachable)).toBe(true);
    const others = await bot.core.db.channelAccount.count({ where: { memberId: { not: memberId }, unreachable: true } });
    expect(others).toBe(0);
  });

  it('summarises the outbox by status', async () => {
    const later = new Date(bot.now.value.getTime() + 3600_000);
    await outbox.enqueue([item(memberIds[0]!, 'a'), item(memberIds[1]!, 'b'), item(memberIds[2]!, 'c'), item(memberIds[3]!, 'd', later)]);
    const [a, b] = await outbox.claim('w', 2);
    await outbox.markSent(a!.id);
    await outbox.markFailed(b!.id, 'x', null);
    expect(await bot.core.services.outboxViews.summary()).toEqual({ PENDING: 2, SENDING: 0, SENT: 1, FAILED: 1, UNCERTAIN: 0, due: 1 });
  });
});
