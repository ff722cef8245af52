import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoAccountId } from '../../src/services/demo-seed.js';
import { startTestBot, type TestBot } from '../support/core.js';

// /nhacnho against a real core on SQLite, through the console channel. Expected texts are those of
// locales/vi.ftl.

let bot: TestBot;
beforeEach(async () => {
  // Thursday 20/11/2025 09:00 in Vietnam
  bot = await startTestBot();
});
afterEach(() => bot.close());

const OPTIONS_HINT = '(Gõ số thứ tự hoặc tên lựa chọn; /huy để hủy.)';
const MUTE = 'Tắt nhắc cập nhật tiến độ định kỳ';
const UNMUTE = 'Bật lại nhắc cập nhật tiến độ định kỳ';
const MUTE_NUDGES = 'Tắt nhắc hạn';
const choices = (first: string) => `  1. ${first}\n  2. ${MUTE_NUDGES}\n${OPTIONS_HINT}`;
const NUDGES_HEAD =
  'Xin lỗi, không tắt được nhắc hạn. Kế hoạch yêu cầu thủ trưởng các cơ quan, đơn vị báo cáo kết quả và nộp hồ sơ đúng thời hạn, nên bot vẫn nhắc khi sắp đến hạn mà đơn vị chưa hoàn thành. Bot chỉ nhắc trong giờ hành chính và thôi nhắc ngay khi việc đã xong. Anh/chị vẫn có thể tắt nhắc cập nhật tiến độ định kỳ.';
const NUDGES_OTHER =
  'Xin lỗi, không tắt được nhắc hạn. Bot chỉ nhắc khi anh/chị còn việc phải hoàn thành theo thời hạn của kế hoạch (ví dụ bỏ phiếu bình xét), chỉ trong giờ hành chính, và thôi nhắc ngay khi việc đã xong.';

const memberId = async (code: string) => (await bot.core.db.member.findFirstOrThrow({ where: { code } })).id;
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
        '• Các bộ phận tự chấm điểm kết quả CCHC: 28/11/2025 (còn 8 ngày)',
        '• Nộp hồ sơ xét khen thưởng về UBND xã: 05/12/2025 (còn 15 ngày)',
        '',
        'Nhắc cập nhật tiến độ định kỳ: đang bật.',
        'Nhắc hạn (khi sắp đến hạn mà việc chưa xong): luôn bật.',
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
    expect(later).toContain('• Nộp hồ sơ xét khen thưởng về UBND xã: 05/12/2025 (còn 6 ngày)');
  });

  it('shows the council member the vote, the secretariat every deadline, and nothing queued', async () => {
    bot.as('pct-ubnd');
    expect(await bot.say('/nhacnho')).toBe(
      [
        'Hiện không có tin nhắc nào đang chờ gửi cho anh/chị.',
        '',
        'Thời hạn sắp tới liên quan đến anh/chị:',
        '• Hội đồng Thi đua - Khen thưởng bình xét: 15/12/2025 (còn 25 ngày)',
        '',
        'Nhắc cập nhật tiến độ định kỳ: đang bật.',
        '(Loại nhắc này chỉ gửi cho thủ trưởng đơn vị.)',
        'Nhắc hạn (khi sắp đến hạn mà việc chưa xong): luôn bật.',
        'Nhắc việc, thông báo gửi qua: dòng lệnh (gõ /lienket để liên kết thêm ứng dụng).',
        '',
        'Anh/chị muốn thay đổi gì?',
        choices(MUTE),
      ].join('\n'),
    );
    bot.as('vptk-1');
    const admin = await bot.say('/nhacnho');
    expect(admin).toContain('• Các bộ phận tự chấm điểm kết quả CCHC: 28/11/2025 (còn 8 ngày)');
    expect(admin).toContain('• Hội đồng Thi đua - Khen thưởng bình xét: 15/12/2025 (còn 25 ngày)');
  });

  it('mutes the periodic check-in and turns it back on, each change audited', async () => {
    bot.as('vhxh-1');
    await bot.say('/nhacnho');
    expect(await bot.say('1')).toBe(
      'Đã tắt nhắc cập nhật tiến độ định kỳ. Anh/chị vẫn nhận nhắc hạn và thông báo của bộ phận thường trực. Muốn bật lại, gõ /nhacnho.',
    );
    expect(await muted('vhxh-1')).toBe(true);
    expect(await muted('tpht-1')).toBe(false);
    // The dialog is over: another "1" is not taken as a choice.
    expect(await bot.say('1')).toBe('Hiện không có thao tác nào đang dở. Gõ /trogiup để xem các lệnh.');

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

  it('refuses to mute deadline nudges, explains why, and keeps the choices open', async () => {
    bot.as('vhxh-1');
    await bot.say('/nhacnho');
    expect(await bot.say('2')).toBe(`${NUDGES_HEAD}\n${choices(MUTE)}`);
    expect(await bot.say('tat nhac han')).toBe(`${NUDGES_HEAD}\n${choices(MUTE)}`);
    expect(await muted('vhxh-1')).toBe(false);
    expect(await bot.core.db.auditLog.count({ where: { entity: 'Member' } })).toBe(0);
    // still in the dialog: the check-in can be muted right after
    expect(await bot.say('1')).toContain('Đã tắt nhắc cập nhật tiến độ định kỳ.');

    bot.as('pct-ubnd');
    await bot.say('/nhacnho');
    expect(await bot.say('2')).toBe(`${NUDGES_OTHER}\n${choices(MUTE)}`);
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
