import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoAccountId } from '../../src/demo/seed.js';
import { startTestBot, type TestBot } from '../support/core.js';
import { vi } from '../support/locale.js';

// /nhacnho against a real core on SQLite, through the console channel. Expected texts are those of
// locales/vi/, read from it where the wording is not the point.

let bot: TestBot;
beforeEach(async () => {
  // Thursday 20/11/2025 09:00 in Vietnam
  bot = await startTestBot();
});
afterEach(() => bot.close());

const OPTIONS_HINT = vi('console-options-hint');
const MUTE = vi('remind-option-mute');
const UNMUTE = vi('remind-option-unmute');
const NUDGES = vi('remind-nudges-status');
const choices = (first: string) => `  1. ${first}\n${OPTIONS_HINT}`;

const memberId = async (code: string) => (await bot.core.db.member.findFirstOrThrow({ where: { code } })).id;
const reminderSettings = async () =>
  (await bot.core.db.campaign.findUniqueOrThrow({ where: { id: bot.campaignId }, select: { reminderSettings: true } })).reminderSettings as Record<string, unknown>;
const muted = async (code: string) => (await bot.core.db.member.findFirstOrThrow({ where: { code } })).checkinMuted;

describe('/nhacnho', () => {
  it("lists a head's queued and sent messages in their language, and the deadlines ahead of their unit", async () => {
    const id = await memberId('vhxh-1');
    const { outbox } = bot.core.services;
    await outbox.enqueue([
      {
        dedupeKey: 'test:later',
        memberId: id,
        kind: 'broadcast',
        payload: { key: 'broadcast-message', args: { sender: 'Nông Thị Hồng Nhung', text: 'Họp giao ban   lúc 14:00 thứ Sáu.' } },
        notBefore: new Date('2025-11-21T00:30:00Z'),
      },
      { dedupeKey: 'test:due', memberId: id, kind: 'broadcast', payload: { key: 'broadcast-message', args: { sender: 'Văn phòng', text: 'x'.repeat(400) } } },
      // a message key this version of the bot does not know
      { dedupeKey: 'test:old', memberId: id, kind: 'deadline-nudge', payload: { key: 'no-such-message' }, notBefore: new Date('2025-11-24T01:00:00Z') },
      { dedupeKey: 'test:sent', memberId: id, kind: 'broadcast', payload: { key: 'broadcast-message', args: { sender: 'A', text: 'Đã gửi rồi.' } } },
      // someone else's message is not mine
      { dedupeKey: 'test:other', memberId: await memberId('tpht-1'), kind: 'broadcast', payload: { key: 'broadcast-message', args: { sender: 'A', text: 'Không phải của tôi.' } } },
    ]);
    const claimed = await outbox.claim('test', 10);
    const sent = claimed.find((m) => m.dedupeKey === 'test:sent')!;
    expect(await outbox.markStarted(sent.id, 'test')).toBe(true);
    expect(await outbox.markSent(sent.id, 'test')).toBe(true);
    for (const m of claimed.filter((c) => c !== sent)) await outbox.release(m.id, 'test');

    bot.as('vhxh-1');
    expect(await bot.say('/nhacnho')).toBe(
      [
        'Tin nhắc sắp gửi cho anh/chị:',
        `• sắp gửi — 📢 Thông báo của Văn phòng: ${'x'.repeat(159 - '📢 Thông báo của Văn phòng: '.length)}…`,
        '• 21/11/2025 07:30 — 📢 Thông báo của Nông Thị Hồng Nhung: Họp giao ban lúc 14:00 thứ Sáu.',
        '• 24/11/2025 08:00 — (tin loại “deadline-nudge”, không hiển thị được nội dung)',
        '',
        'Đã gửi gần đây:',
        '• 20/11/2025 09:00 — 📢 Thông báo của A: Đã gửi rồi.',
        '',
        'Thời hạn sắp tới liên quan đến anh/chị:',
        '• Các bộ phận tự chấm điểm kết quả CCHC: 28/11/2025 (còn 6 ngày làm việc)',
        '• Nộp hồ sơ xét khen thưởng về UBND xã: 05/12/2025 (còn 11 ngày làm việc)',
        '',
        'Nhắc cập nhật tiến độ định kỳ: đang bật.',
        NUDGES,
        'Nhắc việc, thông báo gửi qua: dòng lệnh (gõ /lienket để liên kết thêm ứng dụng).',
        '',
        'Anh/chị muốn thay đổi gì?',
        choices(MUTE),
      ].join('\n'),
    );

    // A week later the self-scoring deadline has passed and is no longer "ahead".
    bot.now.value = new Date('2025-11-29T02:00:00Z');
    const later = await bot.say('/nhacnho');
    expect(later).not.toContain('Các bộ phận tự chấm điểm kết quả CCHC');
    expect(later).toContain('• Nộp hồ sơ xét khen thưởng về UBND xã: 05/12/2025 (còn 5 ngày làm việc)');
  });

  it('shows the council member the vote, the secretariat every deadline, and nothing queued', async () => {
    bot.as('pct-ubnd');
    // Not a head: the check-in is not theirs to mute and nudges stay on, so nothing is offered.
    expect(await bot.say('/nhacnho')).toBe(
      [
        'Hiện không có tin nhắc nào đang chờ gửi cho anh/chị.',
        '',
        'Thời hạn sắp tới liên quan đến anh/chị:',
        '• Hội đồng Thi đua - Khen thưởng bình xét: 15/12/2025 (còn 17 ngày làm việc)',
        '',
        'Nhắc cập nhật tiến độ định kỳ: chỉ gửi cho thủ trưởng đơn vị.',
        NUDGES,
        'Nhắc việc, thông báo gửi qua: dòng lệnh (gõ /lienket để liên kết thêm ứng dụng).',
      ].join('\n'),
    );
    expect(await bot.say('1')).toBe(vi('idle-hint'));
    bot.as('vptk-1');
    const admin = await bot.say('/nhacnho');
    expect(admin).toContain('• Các bộ phận tự chấm điểm kết quả CCHC: 28/11/2025 (còn 6 ngày làm việc)');
    expect(admin).toContain('• Hội đồng Thi đua - Khen thưởng bình xét: 15/12/2025 (còn 17 ngày làm việc)');
  });

  it('mutes the periodic check-in and turns it back on, each change audited', async () => {
    bot.as('vhxh-1');
    await bot.say('/nhacnho');
    // The secretariat is named as the campaign file names it (lead_office).
    expect(await bot.say('1')).toBe('Đã tắt nhắc cập nhật tiến độ định kỳ. Anh/chị vẫn nhận nhắc hạn và thông báo của Bộ phận Văn phòng - Thống kê. Muốn bật lại, gõ /nhacnho.');
    expect(await muted('vhxh-1')).toBe(true);
    expect(await muted('tpht-1')).toBe(false);
    // The dialog is over: another "1" is not taken as a choice.
    expect(await bot.say('1')).toBe(vi('idle-hint'));

    const shown = await bot.say('/nhacnho');
    expect(shown).toContain('Nhắc cập nhật tiến độ định kỳ: đang tắt.');
    expect(shown.endsWith(choices(UNMUTE))).toBe(true);
    expect(await bot.say('bat lai nhac cap nhat')).toBe('Đã bật lại nhắc cập nhật tiến độ định kỳ.');
    expect(await muted('vhxh-1')).toBe(false);

    const id = await memberId('vhxh-1');
    const entries = await bot.core.db.auditLog.findMany({ where: { entity: 'Member' }, orderBy: { id: 'asc' } });
    expect(entries.map((e) => [e.action, e.actorId, e.entityId])).toEqual([
      ['checkin.mute', id, String(id)],
      ['checkin.unmute', id, String(id)],
    ]);
  });

  it('offers only the switches the member may change: never deadline nudges, the check-in only where the plan runs it', async () => {
    bot.as('vhxh-1');
    const head = await bot.say('/nhacnho');
    expect(head).toContain(NUDGES);
    expect(head.endsWith(`${vi('remind-ask')}\n${choices(MUTE)}`)).toBe(true);
    // The old refusal path is gone: typing the nudge switch's name is not a choice.
    expect(await bot.say('tat nhac han')).toMatch(/^Không nhận ra lựa chọn này/u);
    expect(await muted('vhxh-1')).toBe(false);
    expect(await bot.core.db.auditLog.count({ where: { entity: 'Member' } })).toBe(0);
    await bot.say('/huy');

    // A plan without the periodic check-in: no check-in switch either, and no question at all.
    await bot.core.db.campaign.update({
      where: { id: bot.campaignId },
      data: { reminderSettings: { ...(await reminderSettings()), checkin: { cron: '0 8 * * 1', enabled: false } } },
    });
    const off = await bot.say('/nhacnho');
    expect(off).toContain(vi('remind-checkin-off'));
    expect(off).not.toContain(vi('remind-ask'));
    expect(off).not.toContain(MUTE);
    expect(await bot.say('1')).toBe(vi('idle-hint'));
  });

  it('is for registered members, in private chats only', async () => {
    bot.console.become('visitor-x');
    expect(await bot.say('/nhacnho')).toContain('Anh/chị chưa đăng ký nên chưa dùng được lệnh này.');
    const [group] = await bot.core.engine.handle({
      channel: 'CONSOLE',
      chatId: 'group-1',
      chatType: 'group',
      userId: demoAccountId('vhxh-1'),
      incoming: { kind: 'text', text: '/nhacnho' },
    });
    expect(group?.text).toBe('Lệnh /nhacnho chỉ dùng trong tin nhắn riêng với bot, để thông tin của anh/chị không hiện ra cho cả nhóm.');
  });
});
