import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChannelUsageService, vnMonth } from '../../../src/services/shared/channel-usage.js';
import { startTestBot, type TestBot } from '../../support/core.js';
import { NHUNG, startZaloTest } from '../../channels/zalo/support/zalo.js';

// Zalo's plans allow so many messages a month: the count lives in the database, by the month in
// Vietnam, and the secretariat sees it where it matters — before confirming an announcement.

let bot: TestBot;
beforeEach(async () => {
  bot = await startTestBot();
});
afterEach(() => bot.close());

describe('vnMonth', () => {
  it('is the calendar month in Vietnam, not in UTC', () => {
    expect(vnMonth(new Date('2026-11-30T16:59:59Z'))).toBe('2026-11');
    expect(vnMonth(new Date('2026-11-30T17:00:00Z'))).toBe('2026-12');
  });
});

describe('ChannelUsageService', () => {
  it('adds up per channel and month, and shows the quota it was given', async () => {
    const usage = new ChannelUsageService(bot.core.db, () => bot.now.value, { ZALO: 3000 });
    bot.now.value = new Date('2026-11-30T16:00:00Z');
    await usage.countSent('ZALO');
    await Promise.all([usage.countSent('ZALO', 2), usage.countSent('TELEGRAM')]);
    expect(await usage.thisMonth('ZALO')).toEqual({ month: '11/2026', sent: 3, quota: 3000 });
    // 00:30 on 1 December in Vietnam: a new month
    bot.now.value = new Date('2026-11-30T17:30:00Z');
    await usage.countSent('ZALO');
    expect(await usage.thisMonth('ZALO')).toEqual({ month: '12/2026', sent: 1, quota: 3000 });
    expect(await usage.thisMonth('TELEGRAM')).toEqual({ month: '12/2026', sent: 0, quota: null });
  });
});

describe('the Zalo quota', () => {
  it('counts every message the Zalo channel sends and is shown in the /thongbao preview', async () => {
    const z = await startZaloTest();
    try {
      await z.link('vptk-1', NHUNG);
      // the secretariat's account is on Zalo only, so its replies count
      await z.bot.core.db.channelAccount.deleteMany({ where: { channel: 'CONSOLE', member: { code: { in: ['vptk-1', 'vhxh-1', 'tpht-1'] } } } });
      for (const code of ['vhxh-1', 'tpht-1']) {
        const member = await z.bot.core.db.member.findFirstOrThrow({ where: { code } });
        await z.bot.core.services.members.linkAccount(member.id, 'ZALO', `zalo-${code}`);
      }
      const replies = [...(await z.say(NHUNG, '/thongbao')), ...(await z.say(NHUNG, '1')), ...(await z.say(NHUNG, 'Họp giao ban lúc 14:00.'))];
      const preview = replies.at(-1)!;
      // Two recipients prefer Zalo; the bot has sent the three replies so far this month.
      expect(preview).toContain('• Zalo: 2 tin cho 2 người.');
      expect(preview).toContain(`Tháng 11/2025 bot đã gửi ${replies.length - 1} tin qua Zalo.`);
      expect(z.api.textsTo(NHUNG.id)).toHaveLength(replies.length);
      expect((await z.bot.core.services.channelUsage.thisMonth('ZALO')).sent).toBe(replies.length);
    } finally {
      await z.close();
    }
  });
});
