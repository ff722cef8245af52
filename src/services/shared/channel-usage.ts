import type { Db } from '../../db/client.js';
import { formatDate, isoDay } from '../../domain/dates.js';
import type { Channel } from '../../generated/prisma/client.js';
import type { Clock } from './clock.js';

/** How much of a channel's monthly allowance is used (Zalo's plans count messages per month). */
export interface ChannelMonth {
  /** 12/2026, as people read it */
  month: string;
  sent: number;
  /** the plan's allowance when the operator set one (ZALO_MONTHLY_QUOTA), else null */
  quota: number | null;
}

/** "2026-12": the calendar month in Vietnam of an instant, as stored. */
export function vnMonth(at: Date): string {
  return isoDay(at).slice(0, 7);
}

/**
 * Counts the messages each channel accepted, per month, in the database: several instances share
 * one count, and a restart loses none.
 */
export class ChannelUsageService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly quotas: Partial<Record<Channel, number>> = {},
  ) {}

  async countSent(channel: Channel, count = 1): Promise<void> {
    const month = vnMonth(this.clock());
    await this.db.channelUsage.upsert({
      where: { channel_month: { channel, month } },
      create: { channel, month, sent: count },
      update: { sent: { increment: count } },
    });
  }

  async thisMonth(channel: Channel): Promise<ChannelMonth> {
    const now = this.clock();
    const row = await this.db.channelUsage.findUnique({ where: { channel_month: { channel, month: vnMonth(now) } } });
    return { month: formatDate(now).slice(3), sent: row?.sent ?? 0, quota: this.quotas[channel] ?? null };
  }
}
