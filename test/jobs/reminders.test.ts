import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseDateTime } from '../../src/domain/dates.js';
import { reminderJobs } from '../../src/jobs/reminders.js';
import { createScheduler } from '../../src/jobs/scheduler.js';
import { startTestBot, type TestBot } from '../support/core.js';

let bot: TestBot;
beforeEach(async () => {
  bot = await startTestBot();
});
afterEach(() => bot.close());

const clock = () => bot.now.value;

describe('reminder jobs', () => {
  it('are named and scheduled as the operators know them', () => {
    expect(reminderJobs(bot.core.services, clock).map((j) => [j.name, j.cron, j.descriptionKey])).toEqual([
      ['checkin', '*/15 * * * *', 'job-checkin'],
      ['deadline-nudges', '0 8 * * *', 'job-deadline-nudges'],
      ['overdue', '30 8 * * *', 'job-overdue'],
      ['weekly-digest', '0 16 * * 5', 'job-weekly-digest'],
    ]);
  });

  it('run at the clock they are given', async () => {
    const job = (name: string) => reminderJobs(bot.core.services, clock).find((j) => j.name === name)!;
    // Monday 24/11/2025 08:00 in Vietnam: the Kim Phượng check-in fires.
    bot.now.value = parseDateTime('24/11/2025 08:00')!;
    expect(await job('checkin').run()).toEqual({ campaigns: 1, created: 6, skipped: 0 });
    // Tuesday 25/11 is D-3 of the self-scoring deadline (28/11).
    bot.now.value = parseDateTime('25/11/2025 08:00')!;
    expect(await job('deadline-nudges').run()).toEqual({ campaigns: 1, created: 6, skipped: 0 });
    expect(await job('overdue').run()).toEqual({ campaigns: 1, created: 0, skipped: 0 });
    expect(await bot.core.db.outboxMessage.count({ where: { createdAt: bot.now.value, kind: 'nudge' } })).toBe(6);
  });

  it('are scheduled in Asia/Ho_Chi_Minh', async () => {
    const scheduler = createScheduler(reminderJobs(bot.core.services, clock), pino({ level: 'silent' }));
    await scheduler.start();
    try {
      const next = scheduler.nextRuns();
      // 08:00 in Vietnam is 01:00 UTC, 16:00 on Friday is 09:00 UTC on Friday.
      expect([next.get('deadline-nudges')!.getUTCHours(), next.get('deadline-nudges')!.getUTCMinutes()]).toEqual([1, 0]);
      expect([next.get('weekly-digest')!.getUTCDay(), next.get('weekly-digest')!.getUTCHours()]).toEqual([5, 9]);
      expect(next.get('checkin')!.getTime() - Date.now()).toBeLessThanOrEqual(15 * 60_000);
    } finally {
      await scheduler.stop();
    }
  });
});
