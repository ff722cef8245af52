import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HandledUpdateService, HANDLED_UPDATE_DAYS } from '../../../src/services/shared/handled-updates.js';
import { startTestBot, type TestBot } from '../../support/core.js';

// The handled-update register on a real database: first time, seen before (also by another
// instance, also when both ask at once), and forgotten after some days.

let bot: TestBot;
beforeEach(async () => {
  bot = await startTestBot();
});
afterEach(() => bot.close());

const DAY_MS = 24 * 60 * 60 * 1000;

describe('HandledUpdateService', () => {
  it('says true once per key and channel, whichever instance asks', async () => {
    const handled = bot.core.services.handledUpdates;
    expect(await handled.firstTime('ZALO', 'm1')).toBe(true);
    expect(await handled.firstTime('ZALO', 'm1')).toBe(false);
    expect(await new HandledUpdateService(bot.core.db, bot.core.clock).firstTime('ZALO', 'm1')).toBe(false);
    expect(await handled.firstTime('TELEGRAM', 'm1')).toBe(true);
    expect(await handled.firstTime('ZALO', 'm2')).toBe(true);
  });

  it('two deliveries of one update at once: one is handled', async () => {
    const handled = bot.core.services.handledUpdates;
    const answers = await Promise.all(Array.from({ length: 5 }, () => handled.firstTime('ZALO', 'same')));
    expect(answers.filter(Boolean)).toHaveLength(1);
  });

  it(`forgets keys older than ${HANDLED_UPDATE_DAYS} days`, async () => {
    const handled = new HandledUpdateService(bot.core.db, () => bot.now.value);
    await handled.firstTime('ZALO', 'old');
    bot.now.value = new Date(bot.now.value.getTime() + (HANDLED_UPDATE_DAYS - 1) * DAY_MS);
    await handled.firstTime('ZALO', 'recent');
    expect(await bot.core.db.handledUpdate.count()).toBe(2);
    bot.now.value = new Date(bot.now.value.getTime() + 2 * DAY_MS);
    expect(await handled.firstTime('ZALO', 'new')).toBe(true);
    expect((await bot.core.db.handledUpdate.findMany({ orderBy: { handledAt: 'asc' } })).map((r) => r.updateKey)).toEqual(['recent', 'new']);
  });
});
