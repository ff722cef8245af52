import type { DatabaseKind } from '../../db/adapter.js';
import type { Db } from '../../db/client.js';
import type { Channel, Prisma } from '../../generated/prisma/client.js';
import { isoDay } from '../../domain/dates.js';
import type { Clock } from '../shared/clock.js';
import { recipientSelect, toEnvelope, type OutboxEnvelope, type OutboxItem } from './outbox-message.js';
import { isUniqueViolation } from '../shared/unique-violation.js';
import { holdersOf } from '../../domain/permissions.js';

export interface OutboxOptions {
  /** PostgreSQL claims with FOR UPDATE SKIP LOCKED; SQLite has one writer at a time anyway */
  kind?: DatabaseKind;
  /** a SENDING row whose claim is older than this belongs to a crashed sender and is claimed again */
  leaseMs?: number;
  /** after this many failed attempts a row is FAILED for good */
  maxAttempts?: number;
}

export const DEFAULT_LEASE_MS = 5 * 60_000;
export const DEFAULT_MAX_ATTEMPTS = 5;
/** keeps each IN (…) list well under SQLite's bound-variable limit */
const CHUNK = 500;

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * The persistent outbox: every reminder or broadcast is a row with a unique key, created once
 * however often a job runs, claimed by one sender at a time, and marked when delivered or failed.
 * A sender that crashes leaves its rows SENDING; once their lease runs out another sender claims
 * them again, so nothing is lost.
 */
export class OutboxService {
  readonly leaseMs: number;
  readonly maxAttempts: number;
  private readonly kind: DatabaseKind;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    options: OutboxOptions = {},
  ) {
    this.leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
    this.maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    this.kind = options.kind ?? 'sqlite';
  }

  /**
   * Adds the messages whose key is new; a key already in the outbox (whatever its status) or
   * repeated in `items` is skipped. SQLite has no `skipDuplicates`, so existing keys are looked up
   * first and a key created meanwhile by a concurrent job is caught as a unique violation.
   */
  async enqueue(items: readonly OutboxItem[]): Promise<{ created: number; skipped: number }> {
    const unique = new Map<string, OutboxItem>();
    for (const item of items) if (!unique.has(item.dedupeKey)) unique.set(item.dedupeKey, item);
    let created = 0;
    const now = this.clock();
    for (const batch of chunks([...unique.values()])) {
      const existing = await this.db.outboxMessage.findMany({
        where: { dedupeKey: { in: batch.map((item) => item.dedupeKey) } },
        select: { dedupeKey: true },
      });
      const known = new Set(existing.map((row) => row.dedupeKey));
      const fresh = batch.filter((item) => !known.has(item.dedupeKey));
      if (fresh.length === 0) continue;
      const rows = fresh.map((item) => ({
        dedupeKey: item.dedupeKey,
        campaignId: item.campaignId ?? null,
        memberId: item.memberId,
        kind: item.kind,
        payload: item.payload as unknown as Prisma.InputJsonValue,
        notBefore: item.notBefore ?? now,
        createdAt: now,
      }));
      try {
        created += (await this.db.outboxMessage.createMany({ data: rows })).count;
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        // Another job inserted some of these keys between the look-up and the insert: the batch
        // was rolled back as a whole, so insert one by one and skip the taken keys.
        for (const row of rows) {
          try {
            await this.db.outboxMessage.create({ data: row });
            created += 1;
          } catch (inner) {
            if (!isUniqueViolation(inner)) throw inner;
          }
        }
      }
    }
    return { created, skipped: items.length - created };
  }

  /**
   * Moves up to `limit` due rows to SENDING for `worker`: PENDING rows with notBefore ≤ now, and
   * SENDING rows whose claim is older than the lease and whose send never started (their sender
   * crashed before it got to them). The update repeats the status condition, so of two workers
   * racing for a row only one gets it; what each worker really holds is read back by its name and
   * claim time. Worker names must be unique per process.
   *
   * A stale row whose send had started is UNCERTAIN: the request left, the answer never came back.
   * It most likely arrived, and Telegram has no idempotency key, so it is not sent again.
   */
  async claim(worker: string, limit: number, now: Date = this.clock()): Promise<OutboxEnvelope[]> {
    if (limit <= 0) return [];
    const staleBefore = new Date(now.getTime() - this.leaseMs);
    await this.db.outboxMessage.updateMany({
      where: { status: 'SENDING', claimedAt: { lt: staleBefore }, startedAt: { not: null } },
      data: { status: 'UNCERTAIN', lastError: 'the sender stopped while this message was being sent' },
    });
    const claimable: Prisma.OutboxMessageWhereInput = {
      OR: [
        { status: 'PENDING', notBefore: { lte: now } },
        { status: 'SENDING', claimedAt: { lt: staleBefore }, startedAt: null },
      ],
    };
    const take = async (db: Pick<Db, 'outboxMessage'>, ids: number[]) =>
      ids.length === 0
        ? 0
        : (await db.outboxMessage.updateMany({ where: { AND: [{ id: { in: ids } }, claimable] }, data: { status: 'SENDING', claimedBy: worker, claimedAt: now } })).count;
    let ids: number[];
    let updated: number;
    if (this.kind === 'postgresql') {
      // Several instances claim at once: each skips the rows another is taking, instead of all
      // queueing for the same ones.
      [ids, updated] = await this.db.$transaction(async (tx) => {
        const locked = await tx.$queryRaw<{ id: number }[]>`
          SELECT "id" FROM "OutboxMessage"
          WHERE ("status" = 'PENDING' AND "notBefore" <= ${now})
             OR ("status" = 'SENDING' AND "claimedAt" < ${staleBefore} AND "startedAt" IS NULL)
          ORDER BY "notBefore", "id" LIMIT ${limit}
          FOR UPDATE SKIP LOCKED`;
        const lockedIds = locked.map((row) => Number(row.id));
        return [lockedIds, await take(tx, lockedIds)] as const;
      });
    } else {
      const candidates = await this.db.outboxMessage.findMany({
        where: claimable,
        orderBy: [{ notBefore: 'asc' }, { id: 'asc' }],
        take: limit,
        select: { id: true },
      });
      ids = candidates.map((row) => row.id);
      updated = await take(this.db, ids);
    }
    if (updated === 0) return [];
    const mine = await this.db.outboxMessage.findMany({
      where: { id: { in: ids }, status: 'SENDING', claimedBy: worker, claimedAt: now },
      orderBy: [{ notBefore: 'asc' }, { id: 'asc' }],
      include: { member: { select: recipientSelect } },
    });
    return mine.map(toEnvelope);
  }

  /**
   * Records that the request is about to leave. False when the row is no longer this worker's
   * (its lease ran out and another sender took it): then it must not be sent.
   */
  async markStarted(id: number, worker: string): Promise<boolean> {
    const updated = await this.db.outboxMessage.updateMany({
      where: { id, status: 'SENDING', claimedBy: worker, startedAt: null },
      data: { startedAt: this.clock() },
    });
    return updated.count === 1;
  }

  /**
   * Delivered. Only a row still SENDING (under this worker's claim, when given) is marked, or one
   * that another sender took for UNCERTAIN while this one was still waiting for the answer.
   */
  async markSent(id: number, worker?: string): Promise<boolean> {
    const updated = await this.db.outboxMessage.updateMany({
      where: { id, status: { in: ['SENDING', 'UNCERTAIN'] }, ...(worker ? { claimedBy: worker } : {}) },
      data: { status: 'SENT', sentAt: this.clock(), lastError: null },
    });
    return updated.count === 1;
  }

  /**
   * A failed attempt. With a `retryAt` and attempts left the row is PENDING again from `retryAt`;
   * otherwise (or with `retryAt` null: the failure is final, e.g. the bot is blocked) it is FAILED.
   * Returns the row's new status, or null when the row was not SENDING.
   */
  async markFailed(id: number, error: string, retryAt: Date | null, worker?: string): Promise<'PENDING' | 'FAILED' | null> {
    const row = await this.db.outboxMessage.findUnique({ where: { id }, select: { attempts: true, status: true } });
    if (!row || row.status !== 'SENDING') return null;
    const attempts = row.attempts + 1;
    const retry = retryAt !== null && attempts < this.maxAttempts;
    const updated = await this.db.outboxMessage.updateMany({
      where: { id, status: 'SENDING', attempts: row.attempts, ...(worker ? { claimedBy: worker } : {}) },
      data: retry
        ? { status: 'PENDING', attempts, notBefore: retryAt, lastError: error, claimedBy: null, claimedAt: null, startedAt: null }
        : { status: 'FAILED', attempts, lastError: error },
    });
    if (updated.count !== 1) return null;
    return retry ? 'PENDING' : 'FAILED';
  }

  /**
   * Gives a claimed row back without counting an attempt: a sender stopping before it got to the
   * row, or a platform asking to wait (`notBefore`, e.g. a 429's retry_after).
   */
  async release(id: number, worker?: string, notBefore?: Date, reason?: string): Promise<boolean> {
    const updated = await this.db.outboxMessage.updateMany({
      where: { id, status: 'SENDING', ...(worker ? { claimedBy: worker } : {}) },
      data: {
        status: 'PENDING',
        claimedBy: null,
        claimedAt: null,
        startedAt: null,
        ...(notBefore ? { notBefore } : {}),
        ...(reason ? { lastError: reason } : {}),
      },
    });
    return updated.count === 1;
  }

  /**
   * The platform refuses delivery (bot blocked): the member's accounts on `channel` are marked
   * unreachable; without a channel, the preferred accounts (those reminders go to).
   */
  async markUnreachable(memberId: number, channel?: Channel): Promise<number> {
    const updated = await this.db.channelAccount.updateMany({
      where: { memberId, unreachable: false, ...(channel ? { channel } : { preferred: true }) },
      data: { unreachable: true },
    });
    return updated.count;
  }

  /**
   * A member blocked the bot on `channel`: their accounts there are marked unreachable and each
   * ADMIN of their organization is told once a day (through the outbox, like any message).
   */
  async reportUnreachable(memberId: number, channel: Channel): Promise<void> {
    await this.markUnreachable(memberId, channel);
    const member = await this.db.member.findUnique({
      where: { id: memberId },
      select: { fullName: true, organizationId: true, unit: { select: { name: true } } },
    });
    if (!member) return;
    const admins = await this.db.member.findMany({
      where: { organizationId: member.organizationId, active: true, id: { not: memberId }, roles: { some: { role: { in: holdersOf('unreachable.receive') } } } },
      select: { id: true },
    });
    const day = isoDay(this.clock());
    await this.enqueue(
      admins.map((admin) => ({
        dedupeKey: `unreachable:m${memberId}:${channel}:a${admin.id}:${day}`,
        memberId: admin.id,
        kind: 'unreachable',
        payload: { key: 'outbox-member-unreachable', args: { name: member.fullName, unit: member.unit?.name ?? '-', channel } },
      })),
    );
  }
}
