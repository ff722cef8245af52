import type { Db } from '../../db/client.js';
import type { Clock } from './clock.js';
import { isUniqueViolation } from './unique-violation.js';

/**
 * Leases on scheduled jobs in the database, so that with several instances of the bot on one
 * database each cron run happens once: every instance's scheduler fires, the first to take the
 * job's lease runs it, the others skip. A lease runs out by itself, so a crashed holder never
 * blocks the job for long.
 */
export class JobLeaseService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /** Takes the lease for `ttlMs` when it is free, expired or already `holder`'s. */
  async tryAcquire(name: string, holder: string, ttlMs: number): Promise<boolean> {
    const now = this.clock();
    const expiresAt = new Date(now.getTime() + ttlMs);
    // The condition is re-checked on the row itself, so of two instances only one updates it.
    const taken = await this.db.jobLease.updateMany({
      where: { name, OR: [{ expiresAt: { lte: now } }, { holder }] },
      data: { holder, expiresAt },
    });
    if (taken.count === 1) return true;
    try {
      await this.db.jobLease.create({ data: { name, holder, expiresAt } });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }
}
