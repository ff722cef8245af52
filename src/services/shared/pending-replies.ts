import type { Db } from '../../db/client.js';
import type { Channel, Prisma } from '../../generated/prisma/client.js';
import { DEFAULT_MAX_ATTEMPTS } from '../messaging/outbox.js';

/** A reply waiting to be sent again: what is left of it, in the channel's own message shapes. */
export interface PendingReplyRow {
  id: number;
  chatId: string;
  items: unknown[];
  /** failed attempts so far (the first is the live reply's) */
  attempts: number;
}

/**
 * Replies the platform did not take (a 429, a 5xx, no answer), kept until sent. Unlike the outbox
 * they go to the chat that was answered, whoever writes there (a stranger registering too).
 * Times are passed in: back-off runs on the real clock, whatever the bot's business clock says.
 */
export class PendingReplyService {
  constructor(
    private readonly db: Db,
    readonly maxAttempts = DEFAULT_MAX_ATTEMPTS,
  ) {}

  /** Keeps what is left of a reply whose first attempt failed with `error`, due at `retryAt`. */
  async keep(channel: Channel, chatId: string, items: readonly unknown[], error: string, retryAt: Date): Promise<void> {
    await this.db.pendingReply.create({
      data: { channel, chatId, items: items as Prisma.InputJsonValue, attempts: 1, notBefore: retryAt, lastError: error },
    });
  }

  /**
   * Takes up to `limit` due replies of `channel`, oldest first, each moved `leaseMs` ahead so that
   * another instance (or the next round) does not take it meanwhile; a row another instance moved
   * first is left to it.
   */
  async claimDue(channel: Channel, now: Date, leaseMs: number, limit = 20): Promise<PendingReplyRow[]> {
    const due = await this.db.pendingReply.findMany({
      where: { channel, notBefore: { lte: now } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take: limit,
    });
    const mine: PendingReplyRow[] = [];
    for (const row of due) {
      const taken = await this.db.pendingReply.updateMany({
        where: { id: row.id, notBefore: row.notBefore },
        data: { notBefore: new Date(now.getTime() + leaseMs) },
      });
      if (taken.count === 1) mine.push({ id: row.id, chatId: row.chatId, items: row.items as unknown[], attempts: row.attempts });
    }
    return mine;
  }

  /** Sent whole: forgotten. */
  async sent(id: number): Promise<void> {
    await this.db.pendingReply.deleteMany({ where: { id } });
  }

  /**
   * Another failed attempt; `items` is what is still unsent. With a `retryAt` and attempts left the
   * row waits until then; otherwise (or with `retryAt` null: a refusal no retry mends) it is dropped.
   */
  async failed(row: PendingReplyRow, items: readonly unknown[], error: string, retryAt: Date | null): Promise<'retry' | 'dropped'> {
    const attempts = row.attempts + 1;
    if (retryAt === null || attempts >= this.maxAttempts) {
      await this.db.pendingReply.deleteMany({ where: { id: row.id } });
      return 'dropped';
    }
    await this.db.pendingReply.updateMany({
      where: { id: row.id },
      data: { items: items as Prisma.InputJsonValue, attempts, notBefore: retryAt, lastError: error },
    });
    return 'retry';
  }
}
