import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../../../src/db/client.js';
import { JobLeaseService } from '../../../src/services/shared/job-leases.js';
import { startTestBot, type TestBot } from '../../support/core.js';

// Two instances of the bot on one database, each with its own connection: a cron run goes to one.

let bot: TestBot;
let otherDb: Db;
let a: JobLeaseService;
let b: JobLeaseService;

beforeEach(async () => {
  bot = await startTestBot();
  otherDb = await createDb(bot.url);
  a = new JobLeaseService(bot.core.db, () => bot.now.value);
  b = new JobLeaseService(otherDb, () => bot.now.value);
});
afterEach(async () => {
  await otherDb.$disconnect();
  await bot.close();
});

const later = (ms: number) => (bot.now.value = new Date(bot.now.value.getTime() + ms));

describe('JobLeaseService', () => {
  it('gives a run to one of two instances asking at once', async () => {
    for (let round = 0; round < 5; round++) {
      const results = await Promise.all([a.tryAcquire('checkin', 'host-a', 60_000), b.tryAcquire('checkin', 'host-b', 60_000)]);
      expect(results.filter(Boolean)).toHaveLength(1);
      later(61_000);
    }
  });

  it('holds until the lease runs out, then lets another instance take over', async () => {
    expect(await a.tryAcquire('overdue', 'host-a', 60_000)).toBe(true);
    later(30_000);
    expect(await b.tryAcquire('overdue', 'host-b', 60_000)).toBe(false);
    // the holder itself may run again (its next fire)
    expect(await a.tryAcquire('overdue', 'host-a', 60_000)).toBe(true);
    later(60_000);
    expect(await b.tryAcquire('overdue', 'host-b', 60_000)).toBe(true);
    expect(await a.tryAcquire('overdue', 'host-a', 60_000)).toBe(false);
    // leases are per job
    expect(await a.tryAcquire('weekly-digest', 'host-a', 60_000)).toBe(true);
    const rows = await bot.core.db.jobLease.findMany({ orderBy: { name: 'asc' } });
    expect(rows.map((r) => [r.name, r.holder])).toEqual([
      ['overdue', 'host-b'],
      ['weekly-digest', 'host-a'],
    ]);
  });
});
