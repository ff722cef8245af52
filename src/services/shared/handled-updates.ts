import type { Db } from '../../db/client.js';
import { DAY_MS } from '../../domain/dates.js';
import type { Channel } from '../../generated/prisma/client.js';
import type { Clock } from './clock.js';
import { isUniqueViolation } from './unique-violation.js';

/** Zalo's resends come within minutes; a week covers a bot that was down over a long weekend. */
export const HANDLED_UPDATE_DAYS = 7;
/** pruning is a side job of taking an update in: at most once an hour */
const PRUNE_EVERY_MS = 60 * 60_000;

/**
 * The updates a channel has taken in, kept in the database: a platform without update ids or acks
 * (Zalo) may deliver an update again, also after a restart or to another instance.
 */
export class HandledUpdateService {
  private lastPrune = 0;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /**
   * Records `key` for `channel`; true the first time, false for an update seen before. Recorded
   * before it is handled, so two deliveries at once are handled once.
   */
  async firstTime(channel: Channel, key: string): Promise<boolean> {
    const now = this.clock();
    await this.prune(now);
    try {
      await this.db.handledUpdate.create({ data: { channel, updateKey: key, handledAt: now } });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  private async prune(now: Date): Promise<void> {
    if (now.getTime() - this.lastPrune < PRUNE_EVERY_MS) return;
    this.lastPrune = now.getTime();
    await this.db.handledUpdate.deleteMany({ where: { handledAt: { lt: new Date(now.getTime() - HANDLED_UPDATE_DAYS * DAY_MS) } } });
  }
}
