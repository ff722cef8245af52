import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createScheduler } from '../../src/jobs/scheduler.js';
import { standingsSnapshotJob } from '../../src/jobs/standings-snapshot.js';
import { startTestBot, type TestBot } from '../support/core.js';

let bot: TestBot;
beforeEach(async () => {
  bot = await startTestBot({ withReports: true });
});
afterEach(() => bot.close());

describe('scheduled standings snapshots', () => {
  it('record each running campaign once per change', async () => {
    const job = standingsSnapshotJob(bot.core.services);
    const snapshots = () => bot.core.db.standingsSnapshot.count({ where: { campaignId: bot.campaignId } });
    const before = await snapshots();
    expect(await job.run()).toEqual({ recorded: [bot.campaignId] });
    expect(await snapshots()).toBe(before + 1);
    // Nothing changed since: nothing stored.
    expect(await job.run()).toEqual({ recorded: [] });
    bot.as('vhxh-1');
    await bot.say('/baocao');
    for (const answer of ['1', '100', '1', '1']) await bot.say(answer);
    expect(await bot.say('1')).toContain('Đã lưu báo cáo.');
    // Saving the report already stored the new standings; the evening run has nothing new.
    expect(await job.run()).toEqual({ recorded: [] });
    const latest = await bot.core.db.standingsSnapshot.findFirstOrThrow({ where: { campaignId: bot.campaignId }, orderBy: { id: 'desc' } });
    expect(latest.takenAt).toEqual(bot.now.value);
  });

  it('are scheduled for 17:00 in Asia/Ho_Chi_Minh', async () => {
    const scheduler = createScheduler([standingsSnapshotJob(bot.core.services)], pino({ level: 'silent' }));
    await scheduler.start();
    const next = scheduler.nextRuns().get('standings-snapshot')!;
    expect(next).toBeInstanceOf(Date);
    // 17:00 in Vietnam is 10:00 UTC, whatever the machine's own zone.
    expect([next.getUTCHours(), next.getUTCMinutes()]).toEqual([10, 0]);
    expect(next.getTime() - Date.now()).toBeLessThanOrEqual(24 * 3600_000);
    await scheduler.stop();
  });
});
