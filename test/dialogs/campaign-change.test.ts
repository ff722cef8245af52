import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseDate } from '../../src/domain/dates.js';
import { reportAll } from '../support/awards.js';
import { startTestBot, type TestBot } from '../support/core.js';

// /suakehoach against a real core on SQLite, through the console channel: each kind of change from
// the question to the preview and the confirmation, what it writes (the plan, the audit entry, the
// heads' messages), a refusal that keeps the question open, a cancel that writes nothing.

let bot: TestBot;
beforeEach(async () => {
  bot = await startTestBot();
  // the secretariat (ADMIN), also head of Văn phòng - Thống kê
  bot.as('vptk-1');
});
afterEach(() => bot.close());

const OPTIONS_HINT = '(Gõ số thứ tự hoặc tên lựa chọn; /huy để hủy.)';
const options = (labels: readonly string[]) => `${labels.map((l, i) => `  ${i + 1}. ${l}`).join('\n')}\n${OPTIONS_HINT}`;
const CONFIRM = `Xác nhận điều chỉnh?\n${options(['Xác nhận', 'Hủy'])}`;
const KINDS = ['Dời thời hạn', 'Thêm đơn vị', 'Đổi tên đơn vị', 'Thôi theo dõi đơn vị', 'Sửa chỉ tiêu', 'Sửa điểm tối đa của tiêu chí', 'Sửa số lượng khen thưởng'];
const CAMPAIGN = 'Phong trào thi đua "Chung tay Cải cách hành chính" xã Kim Phượng năm 2025';
const ALL_UNITS =
  'Đơn vị chịu ảnh hưởng (6): Văn phòng - Thống kê (thủ trưởng: Nông Thị Hồng Nhung); Văn hóa - Xã hội (thủ trưởng: Đinh Văn Quang); ' +
  'Địa chính - Xây dựng - Nông nghiệp - Môi trường (thủ trưởng: Lương Văn Hùng); Tài chính - Kế toán (thủ trưởng: Nguyễn Thị Thu Hà); ' +
  'Tư pháp - Hộ tịch (thủ trưởng: Ma Thị Huyền); Bộ phận Tiếp nhận và Trả kết quả (thủ trưởng: Hà Văn Tuấn)';
// the person making the change is not told of it
const FIVE_HEADS = 'Sẽ báo cho 5 thủ trưởng (trong giờ hành chính): Đinh Văn Quang, Lương Văn Hùng, Nguyễn Thị Thu Hà, Ma Thị Huyền, Hà Văn Tuấn.';
const HEADS = ['vhxh-1', 'dcxd-1', 'tckt-1', 'tpht-1', 'mot-cua-1'];

/** Says each line in turn; the replies to all but the last are not looked at. */
async function say(...lines: string[]): Promise<string> {
  let reply = '';
  for (const line of lines) reply = await bot.say(line);
  return reply;
}

const idsOf = async (codes: readonly string[]) =>
  (await bot.core.db.member.findMany({ where: { code: { in: [...codes] } }, orderBy: { id: 'asc' }, select: { id: true } })).map((m) => m.id);
const outbox = () => bot.core.db.outboxMessage.findMany({ orderBy: { memberId: 'asc' } });
const audits = () => bot.core.db.auditLog.findMany({ where: { action: { startsWith: 'campaign.' } } });

/** Everything a change may write, to see that a cancel or a refusal wrote none of it. */
async function written() {
  const db = bot.core.db;
  return {
    campaign: await db.campaign.findUniqueOrThrow({ where: { id: bot.campaignId } }),
    units: await db.unit.findMany({ orderBy: { id: 'asc' } }),
    criteria: await db.criterion.findMany({ orderBy: { id: 'asc' } }),
    deadlines: await db.deadline.findMany({ orderBy: { id: 'asc' } }),
    quotas: await db.awardQuota.findMany({ orderBy: { id: 'asc' } }),
    audit: await db.auditLog.count(),
    outbox: await db.outboxMessage.count(),
  };
}

describe('moving a deadline', () => {
  it('asks what, which deadline and the new date; previews the heads told; confirm writes the date, the audit entry and their messages', async () => {
    expect(await bot.say('/suakehoach')).toBe(`Điều chỉnh kế hoạch: ${CAMPAIGN}.\nAnh/chị cần sửa nội dung nào?\n${options(KINDS)}`);
    expect(await bot.say('doi thoi han')).toBe(
      `Chọn thời hạn cần dời:\n${options(['Các bộ phận tự chấm điểm kết quả CCHC (28/11/2025)', 'Nộp hồ sơ xét khen thưởng về UBND xã (05/12/2025)', 'Hội đồng Thi đua - Khen thưởng bình xét (15/12/2025)'])}`,
    );
    expect(await bot.say('2')).toBe(
      'Hạn "Nộp hồ sơ xét khen thưởng về UBND xã" hiện là ngày 05/12/2025. Nhập ngày mới (ngày/tháng/năm), trong thời gian phong trào 18/02/2025 – 31/12/2025:',
    );
    const before = await written();
    expect(await bot.say('40/12/2025')).toBe('Chưa đọc được ngày. Nhập theo dạng ngày/tháng/năm, ví dụ 20/11/2025.');
    // the service's refusal, and the same question stays open
    expect(await bot.say('03/12/2026')).toBe('Ngày 03/12/2026 nằm ngoài thời gian phong trào (18/02/2025 – 31/12/2025).\nNhập giá trị khác, hoặc gõ /huy để thôi.');
    expect(await written()).toEqual(before);
    expect(await bot.say('03/12/2025')).toBe(
      `Xem trước điều chỉnh kế hoạch:\n• Hạn "Nộp hồ sơ xét khen thưởng về UBND xã": 05/12/2025 → 03/12/2025\n\n${ALL_UNITS}\n${FIVE_HEADS}\n\n${CONFIRM}`,
    );
    expect(await written()).toEqual(before);

    expect(await bot.say('1')).toBe(
      'Đã điều chỉnh kế hoạch:\n• Hạn "Nộp hồ sơ xét khen thưởng về UBND xã": 05/12/2025 → 03/12/2025\nĐang báo cho 5 thủ trưởng (tin gửi trong giờ hành chính).',
    );
    const deadline = await bot.core.db.deadline.findFirstOrThrow({ where: { campaignId: bot.campaignId, title: 'Nộp hồ sơ xét khen thưởng về UBND xã' } });
    expect(deadline.dueOn).toEqual(parseDate('03/12/2025'));
    expect(await audits()).toEqual([
      expect.objectContaining({
        action: 'campaign.move-deadline',
        actorId: (await idsOf(['vptk-1']))[0],
        entity: 'Campaign',
        entityId: String(bot.campaignId),
        details: expect.objectContaining({ change: { kind: 'move-deadline', deadlineKey: 'NOP_HO_SO', date: parseDate('03/12/2025')!.toISOString() } }),
      }),
    ]);
    const rows = await outbox();
    expect(rows.map((r) => r.memberId)).toEqual(await idsOf(HEADS));
    for (const row of rows) {
      expect(row).toMatchObject({
        kind: 'campaign-change',
        payload: { key: 'campaign-change-told-deadline', args: { title: 'Nộp hồ sơ xét khen thưởng về UBND xã', before: '05/12/2025', after: '03/12/2025' } },
      });
    }
    // the dialog is over
    expect(await bot.say('1')).toContain('/trogiup');
  });

  it('cancel writes nothing', async () => {
    const before = await written();
    expect(await say('/suakehoach', '1', '1', '01/12/2025', 'huy')).toBe('Đã hủy, kế hoạch giữ nguyên.');
    expect(await written()).toEqual(before);
  });
});

describe('units', () => {
  it('adds a unit: nobody to tell yet; the same name again is refused at the question', async () => {
    expect(await say('/suakehoach', '2')).toBe('Nhập tên đơn vị mới (mã đơn vị do bot tự đặt theo tên):');
    expect(await bot.say('van hoa - xa hoi')).toBe('Đã có đơn vị "Văn hóa - Xã hội" (VHXH).\nNhập giá trị khác, hoặc gõ /huy để thôi.');
    expect(await bot.say('Công an xã')).toBe(
      `Xem trước điều chỉnh kế hoạch:\n• Thêm đơn vị Công an xã (mã CONG_AN_XA)\n\nChưa có đơn vị nào chịu ảnh hưởng.\nKhông có thủ trưởng nào cần báo.\n\n${CONFIRM}`,
    );
    expect(await bot.say('1')).toBe('Đã điều chỉnh kế hoạch:\n• Thêm đơn vị Công an xã (mã CONG_AN_XA)\nKhông có thủ trưởng nào cần báo.');
    expect(await bot.core.db.unit.findFirst({ where: { code: 'CONG_AN_XA' } })).toMatchObject({ name: 'Công an xã', active: true });
    expect((await audits()).map((a) => a.action)).toEqual(['campaign.add-unit']);
    expect(await outbox()).toEqual([]);
  });

  it('renames a unit: its head is told', async () => {
    expect(await say('/suakehoach', '3', 'van hoa')).toBe('Tên hiện tại: Văn hóa - Xã hội. Nhập tên mới:');
    expect(await bot.say('Văn hóa - Thông tin')).toBe(
      `Xem trước điều chỉnh kế hoạch:\n• Đổi tên đơn vị: Văn hóa - Xã hội → Văn hóa - Thông tin\n\nĐơn vị chịu ảnh hưởng (1): Văn hóa - Xã hội (thủ trưởng: Đinh Văn Quang)\n` +
        `Sẽ báo cho 1 thủ trưởng (trong giờ hành chính): Đinh Văn Quang.\n\n${CONFIRM}`,
    );
    expect(await bot.say('xac nhan')).toContain('Đang báo cho 1 thủ trưởng');
    expect((await bot.core.db.unit.findFirstOrThrow({ where: { code: 'VHXH' } })).name).toBe('Văn hóa - Thông tin');
    expect((await outbox()).map((r) => [r.memberId, r.payload])).toEqual([
      [(await idsOf(['vhxh-1']))[0], { key: 'campaign-change-told-unit-renamed', args: { before: 'Văn hóa - Xã hội', after: 'Văn hóa - Thông tin' } }],
    ]);
  });

  it('retires a unit straight from the pick: the standings lines that move; its reports stay', async () => {
    await reportAll(bot, 'tpht-1', 95);
    await reportAll(bot, 'vhxh-1', 80);
    const reports = await bot.core.db.progressReport.findMany({ orderBy: { id: 'asc' } });
    expect(await say('/suakehoach', '4', 'tu phap')).toBe(
      `Xem trước điều chỉnh kế hoạch:\n• Thôi theo dõi đơn vị Tư pháp - Hộ tịch; báo cáo đã gửi vẫn được giữ\n\n` +
        `Đơn vị chịu ảnh hưởng (1): Tư pháp - Hộ tịch (thủ trưởng: Ma Thị Huyền)\nSẽ báo cho 1 thủ trưởng (trong giờ hành chính): Ma Thị Huyền.\n\n` +
        `Xếp hạng thay đổi:\n• Văn hóa - Xã hội: hạng 2, 80 điểm, Tốt → hạng 1, 80 điểm, Tốt\n• Tư pháp - Hộ tịch: hạng 1, 95,04 điểm, Xuất sắc → không xếp hạng\n\n${CONFIRM}`,
    );
    expect(await bot.say('1')).toContain('Đang báo cho 1 thủ trưởng');
    expect((await bot.core.db.unit.findFirstOrThrow({ where: { code: 'TPHT' } })).active).toBe(false);
    expect(await bot.core.db.progressReport.findMany({ orderBy: { id: 'asc' } })).toEqual(reports);
    expect((await outbox()).map((r) => r.memberId)).toEqual(await idsOf(['tpht-1']));
  });
});

describe('targets, points and quotas', () => {
  it('changes a target: the scores that move are shown, the scored units’ heads told', async () => {
    await reportAll(bot, 'vhxh-1', 80);
    await reportAll(bot, 'tckt-1', 90);
    expect(await say('/suakehoach', '5')).toContain('  1. Mức độ hoàn thành nhiệm vụ cải cách thể chế: 100%\n');
    expect(await bot.say('1')).toBe('Chỉ tiêu hiện tại của "Mức độ hoàn thành nhiệm vụ cải cách thể chế": 100%. Nhập chỉ tiêu mới, tính bằng % (ví dụ 98,5):');
    expect(await bot.say('nhiều')).toBe('Chưa đọc được số. Nhập số như 98,5 hoặc 98.5.');
    expect(await bot.say('120')).toBe('Chỉ tiêu 120 phải nằm trong khoảng 0 – 100 của tiêu chí.\nNhập giá trị khác, hoặc gõ /huy để thôi.');
    const preview = await bot.say('50,0');
    expect(preview).toContain('• Chỉ tiêu "Mức độ hoàn thành nhiệm vụ cải cách thể chế": 100% → 50%\n');
    expect(preview).toContain(
      `${FIVE_HEADS}\n\nXếp hạng thay đổi:\n• Tài chính - Kế toán: hạng 1, 90,01 điểm, Xuất sắc → hạng 1, 91,26 điểm, Xuất sắc\n• Văn hóa - Xã hội: hạng 2, 80 điểm, Tốt → hạng 2, 82,5 điểm, Tốt\n`,
    );
    expect(await bot.say('1')).toContain('Đang báo cho 5 thủ trưởng');
    expect((await bot.core.db.criterion.findFirstOrThrow({ where: { code: 'THE_CHE_HOAN_THANH' } })).target).toBe(50);
    expect((await audits()).map((a) => a.action)).toEqual(['campaign.set-target']);
  });

  it('changes points: the next criterion is asked until the total is 100 again, then one preview for both', async () => {
    expect(await say('/suakehoach', '6', '1')).toBe('Điểm tối đa hiện tại của "Mức độ hoàn thành nhiệm vụ cải cách thể chế": 12,5. Nhập điểm mới (ví dụ 12,5):');
    expect(await bot.say('20')).toContain(
      'Tổng điểm các tiêu chí sau khi sửa là 107,5, phải đúng 100. Đã sửa: Mức độ hoàn thành nhiệm vụ cải cách thể chế: 20. Chọn tiêu chí khác để sửa tiếp:\n  1. Mức độ hoàn thành nhiệm vụ cải cách thể chế: 20\n',
    );
    const preview = await say('4', '5');
    expect(preview).toContain(
      '• Điểm tối đa "Mức độ hoàn thành nhiệm vụ cải cách thể chế": 12,5 → 20\n• Điểm tối đa "Mức độ hoàn thành nhiệm vụ cải cách tổ chức bộ máy": 12,5 → 5\n',
    );
    // nobody has reported yet: nobody's place moves
    expect(preview).toContain('Xếp hạng các đơn vị không thay đổi.');
    expect(await bot.say('1')).toContain('Đang báo cho 5 thủ trưởng');
    const points = await bot.core.db.criterion.findMany({ where: { code: { in: ['THE_CHE_HOAN_THANH', 'TO_CHUC_BO_MAY_HOAN_THANH'] } }, select: { code: true, maxPoints: true } });
    expect(points.map((p) => p.maxPoints).sort()).toEqual([20, 5]);
    // the points changed together: one message to each head
    expect((await outbox()).map((r) => r.memberId)).toEqual(await idsOf(HEADS));
  });

  it('changes a quota: a number below 1 is refused at the question; "no limit" is offered', async () => {
    expect(await say('/suakehoach', '7')).toBe(
      `Chọn hình thức khen thưởng cần sửa số lượng:\n${options(['Giấy khen của Chủ tịch UBND xã (tập thể): 1', 'Giấy khen của Chủ tịch UBND xã (cá nhân): 1'])}`,
    );
    expect(await bot.say('2')).toBe(`Số lượng "Giấy khen của Chủ tịch UBND xã" hiện là 1. Nhập số mới, hoặc chọn Không giới hạn:\n${options(['Không giới hạn'])}`);
    expect(await bot.say('0')).toBe(`Số lượng khen thưởng phải là số nguyên từ 1 trở lên (đã nhập 0).\nNhập giá trị khác, hoặc gõ /huy để thôi.\n${options(['Không giới hạn'])}`);
    expect(await bot.say('3')).toContain('• Số lượng "Giấy khen của Chủ tịch UBND xã" (cá nhân): 1 → 3\n');
    expect(await bot.say('1')).toContain('Đang báo cho 5 thủ trưởng');
    const quota = await bot.core.db.awardQuota.findFirstOrThrow({ where: { campaignId: bot.campaignId, nomineeKind: 'INDIVIDUAL' } });
    expect(quota.maxCount).toBe(3);
    expect((await audits()).map((a) => a.action)).toEqual(['campaign.set-quota']);
  });
});

it('is the secretariat’s alone: a head is refused by the policy, nothing asked', async () => {
  bot.as('vhxh-1');
  expect(await bot.say('/suakehoach')).toBe('Lệnh /suakehoach không dành cho vai trò của anh/chị. Gõ /trogiup để xem các lệnh anh/chị dùng được.');
  expect(await bot.say('1')).not.toContain('Dời thời hạn');
});
