import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoAccountId } from '../../src/demo/seed.js';
import { startTestBot, type TestBot } from '../support/core.js';

// /thongbao against a real core on SQLite, through the console channel: what the secretariat sees,
// and the outbox rows a confirmed announcement leaves for the sender. Texts are locales/vi/'s.

let bot: TestBot;
beforeEach(async () => {
  bot = await startTestBot();
  bot.as('vptk-1');
});
afterEach(() => bot.close());

const OPTIONS_HINT = '(Gõ số thứ tự hoặc tên lựa chọn; /huy để hủy.)';
const options = (labels: readonly string[]) => `${labels.map((l, i) => `  ${i + 1}. ${l}`).join('\n')}\n${OPTIONS_HINT}`;
const CONFIRM = options(['Gửi', 'Hủy']);
const SENDER = 'Nông Thị Hồng Nhung (Văn phòng - Thống kê)';
const TEXT = 'Đề nghị các bộ phận hoàn thành tự chấm điểm trước ngày 28/11/2025.';
const PREVIEW_HEAD = `Xem trước — người nhận sẽ thấy đúng như sau:\n\n📢 Thông báo của ${SENDER}:\n${TEXT}\n\n`;

/** Thursday 20/11/2025 at hh:mm in Vietnam */
const thursdayAt = (hhmm: string) => new Date(`2025-11-20T${hhmm}:00+07:00`);

const idsOf = async (codes: readonly string[]) =>
  (await bot.core.db.member.findMany({ where: { code: { in: [...codes] } }, orderBy: { id: 'asc' }, select: { id: true } })).map((m) => m.id);
const outboxRows = () => bot.core.db.outboxMessage.findMany({ orderBy: { memberId: 'asc' } });
const broadcastAudits = () => bot.core.db.auditLog.findMany({ where: { action: 'broadcast.send' } });

describe('/thongbao to everyone', () => {
  it('previews the text, the counts and the next working time; confirm queues one row per reachable member', async () => {
    // 20:00: after working hours, so it waits for Friday 07:30
    bot.now.value = thursdayAt('20:00');
    // ct-mttq blocked the bot; a member added by hand has no chat account at all
    const [mttq] = await idsOf(['ct-mttq']);
    await bot.core.services.outbox.markUnreachable(mttq!, 'CONSOLE');
    await bot.core.db.member.create({ data: { organizationId: bot.organizationId, fullName: 'Lê Văn Không', searchKey: 'le van khong' } });

    expect(await bot.say('/thongbao')).toBe(`Gửi thông báo cho ai?\n${options(['Tất cả thành viên', 'Một đơn vị', 'Theo vai trò (thủ trưởng, lãnh đạo, hội đồng…)'])}`);
    // everyone but the sender: 8 declared members + the one added
    expect(await bot.say('1')).toBe('Nhập nội dung thông báo gửi tất cả thành viên (9 người), tối đa 3.500 ký tự:');
    // typed with decomposed diacritics and stray spaces: recipients get it NFC and tidy
    expect(await bot.say(`  ${TEXT.normalize('NFD').replace(' ', '   ')} `)).toBe(
      `${PREVIEW_HEAD}Gửi tới: tất cả thành viên — 9 người; trong đó 2 người chưa có tài khoản nhận tin hoặc đã chặn bot nên sẽ không nhận được.\n` +
        `Thời điểm gửi: 21/11/2025 07:30 (bot không gửi ngoài giờ hành chính nên chờ đến giờ làm việc tiếp theo).\n` +
        `Số tin sẽ gửi:\n• Dòng lệnh: 7 tin cho 7 người.\n${CONFIRM}`,
    );
    expect(await outboxRows()).toEqual([]);

    expect(await bot.say('1')).toBe(
      'Đã nhận thông báo. Bot sẽ gửi cho 7 người lúc 21/11/2025 07:30 (giờ làm việc tiếp theo). 2 người không nhận được vì chưa có tài khoản nhận tin hoặc đã chặn bot; đề nghị báo trực tiếp cho họ.',
    );
    const rows = await outboxRows();
    const expected = await idsOf(['ct-ubnd', 'pct-ubnd', 'vhxh-1', 'dcxd-1', 'tckt-1', 'tpht-1', 'mot-cua-1']);
    expect(rows.map((r) => r.memberId)).toEqual(expected);
    const id = /^broadcast:([0-9a-f-]{36}):m\d+$/.exec(rows[0]!.dedupeKey)?.[1];
    expect(id).toBeDefined();
    for (const row of rows) {
      expect(row).toMatchObject({
        dedupeKey: `broadcast:${id}:m${row.memberId}`,
        kind: 'broadcast',
        campaignId: bot.campaignId,
        status: 'PENDING',
        notBefore: new Date('2025-11-21T07:30:00+07:00'),
        payload: { key: 'broadcast-message', args: { sender: SENDER, text: TEXT } },
      });
    }
    const audits = await broadcastAudits();
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ entity: 'Broadcast', entityId: id, details: { audience: { kind: 'all' }, text: TEXT, recipients: 9, queued: 7 } });

    // Confirming again finds no dialog and creates nothing.
    expect(await bot.say('1')).toBe('Hiện không có thao tác nào đang dở. Gõ /trogiup để xem các lệnh.');
    expect(await outboxRows()).toHaveLength(7);
  });

  it('two confirms arriving together queue the announcement once', async () => {
    await bot.say('/thongbao');
    await bot.say('1');
    expect(await bot.say(TEXT)).toContain('Thời điểm gửi: ngay sau khi xác nhận (20/11/2025 09:00).');
    const replies = await Promise.all([bot.say('1'), bot.say('1')]);
    expect(replies).toContain('Đã nhận thông báo. Bot đang gửi cho 8 người.');
    const rows = await outboxRows();
    expect(rows).toHaveLength(8);
    expect(new Set(rows.map((r) => r.dedupeKey)).size).toBe(8);
    expect(rows.every((r) => r.notBefore.getTime() === thursdayAt('09:00').getTime())).toBe(true);
    expect(await broadcastAudits()).toHaveLength(1);
  });

  it('on Friday evening waits for Monday 07:30', async () => {
    bot.now.value = new Date('2025-11-21T18:30:00+07:00');
    await bot.say('/thongbao');
    await bot.say('1');
    expect(await bot.say(TEXT)).toContain('Thời điểm gửi: 24/11/2025 07:30 (bot không gửi ngoài giờ hành chính nên chờ đến giờ làm việc tiếp theo).');
    await bot.say('1');
    const rows = await outboxRows();
    expect(rows).toHaveLength(8);
    expect(new Set(rows.map((r) => r.notBefore.toISOString()))).toEqual(new Set([new Date('2025-11-24T07:30:00+07:00').toISOString()]));
  });

  it('cancel at the confirm step writes nothing', async () => {
    await bot.say('/thongbao');
    await bot.say('1');
    await bot.say(TEXT);
    expect(await bot.say('2')).toBe('Đã hủy. Thông báo chưa được gửi cho ai.');
    expect(await outboxRows()).toEqual([]);
    expect(await broadcastAudits()).toEqual([]);
  });
});

describe('/thongbao to a unit or a role', () => {
  it('finds a unit typed without diacritics and queues for its members only', async () => {
    await bot.say('/thongbao');
    expect(await bot.say('2')).toBe(
      `Gửi cho đơn vị nào? (Gõ số thứ tự hoặc tên đơn vị, không dấu cũng được, ví dụ: van hoa.)\n${options([
        'Văn phòng - Thống kê',
        'Văn hóa - Xã hội',
        'Địa chính - Xây dựng - Nông nghiệp - Môi trường',
        'Tài chính - Kế toán',
        'Tư pháp - Hộ tịch',
        'Bộ phận Tiếp nhận và Trả kết quả',
      ])}`,
    );
    expect(await bot.say('tu phap')).toBe('Nhập nội dung thông báo gửi thành viên đơn vị Tư pháp - Hộ tịch (1 người), tối đa 3.500 ký tự:');
    expect(await bot.say(TEXT)).toBe(
      `${PREVIEW_HEAD}Gửi tới: thành viên đơn vị Tư pháp - Hộ tịch — 1 người.\nThời điểm gửi: ngay sau khi xác nhận (20/11/2025 09:00).\n` +
        `Số tin sẽ gửi:\n• Dòng lệnh: 1 tin cho 1 người.\n${CONFIRM}`,
    );
    expect(await bot.say('gui')).toBe('Đã nhận thông báo. Bot đang gửi cho 1 người.');
    expect((await outboxRows()).map((r) => r.memberId)).toEqual(await idsOf(['tpht-1']));
  });

  it('refuses a unit nobody in it can be reached in, and lets another be chosen', async () => {
    const [quang] = await idsOf(['vhxh-1']);
    await bot.core.services.outbox.markUnreachable(quang!, 'CONSOLE');
    await bot.say('/thongbao');
    await bot.say('mot don vi');
    expect(await bot.say('van hoa')).toMatch(
      /^Không ai trong thành viên đơn vị Văn hóa - Xã hội nhận được tin qua bot: cả 1 người đều chưa có tài khoản nhận tin hoặc đã chặn bot\. Vui lòng chọn đối tượng khác, hoặc gõ \/huy để hủy\.\n {2}1\. Văn phòng - Thống kê\n/,
    );
    // the sender alone in their own unit: nobody else to tell
    expect(await bot.say('van phong')).toMatch(/^Không ai trong thành viên đơn vị Văn phòng - Thống kê nhận được tin qua bot: ngoài anh\/chị thì không có ai\./);
    expect(await bot.say('dia chinh')).toBe('Nhập nội dung thông báo gửi thành viên đơn vị Địa chính - Xây dựng - Nông nghiệp - Môi trường (1 người), tối đa 3.500 ký tự:');
  });

  it('sends to everyone holding a role', async () => {
    await bot.say('/thongbao');
    expect(await bot.say('3')).toBe(
      `Gửi cho những người có vai trò nào?\n${options([
        'Thường trực phong trào',
        'Lãnh đạo UBND',
        'Thủ trưởng đơn vị',
        'Cán bộ, công chức, viên chức',
        'Thành viên Hội đồng Thi đua – Khen thưởng',
      ])}`,
    );
    expect(await bot.say('hoi dong')).toBe('Nhập nội dung thông báo gửi những người có vai trò Thành viên Hội đồng Thi đua – Khen thưởng (3 người), tối đa 3.500 ký tự:');
    expect(await bot.say(TEXT)).toContain('Gửi tới: những người có vai trò Thành viên Hội đồng Thi đua – Khen thưởng — 3 người.');
    await bot.say('1');
    expect((await outboxRows()).map((r) => r.memberId)).toEqual(await idsOf(['ct-ubnd', 'pct-ubnd', 'ct-mttq']));
    expect((await broadcastAudits())[0]!.details).toMatchObject({ audience: { kind: 'role', role: 'COUNCIL' }, recipients: 3, queued: 3 });
  });
});

describe('/thongbao refusals', () => {
  it('empty or too long text gets a clear answer and the same question stays open', async () => {
    await bot.say('/thongbao');
    await bot.say('1');
    // the console drops blank lines, so the blank message goes to the engine as a chat app sends it
    const [blank] = await bot.core.engine.handle({
      channel: 'CONSOLE',
      chatId: demoAccountId('vptk-1'),
      userId: demoAccountId('vptk-1'),
      incoming: { kind: 'text', text: ' \n\t ' },
    });
    expect(blank?.text).toBe('Anh/chị chưa nhập gì. Vui lòng trả lời câu hỏi ở trên, hoặc gõ /huy để hủy.');
    expect(await bot.say('ạ'.repeat(3501))).toBe(
      'Nội dung dài 3.501 ký tự, vượt quá 3.500 ký tự cho phép của một thông báo. Vui lòng rút gọn rồi gửi lại (có thể chia thành nhiều thông báo), hoặc gõ /huy để hủy.',
    );
    // exactly the limit is accepted
    expect(await bot.say('ạ'.repeat(3500))).toContain('Gửi tới: tất cả thành viên — 8 người.');
    expect(await outboxRows()).toEqual([]);
  });

  it('is for the secretariat only, in private chats only', async () => {
    for (const code of ['vhxh-1', 'ct-ubnd', 'pct-ubnd']) {
      bot.as(code);
      expect(await bot.say('/thongbao')).toBe('Lệnh /thongbao không dành cho vai trò của anh/chị. Gõ /trogiup để xem các lệnh anh/chị dùng được.');
    }
    const [group] = await bot.core.engine.handle({
      channel: 'CONSOLE',
      chatId: 'group-1',
      chatType: 'group',
      userId: demoAccountId('vptk-1'),
      incoming: { kind: 'text', text: '/thongbao' },
    });
    expect(group?.text).toBe('Lệnh /thongbao chỉ dùng trong tin nhắn riêng với bot, để thông tin của anh/chị không hiện ra cho cả nhóm.');
    expect(await outboxRows()).toEqual([]);
  });
});
