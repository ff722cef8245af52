import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoAccountId } from '../../src/demo/seed.js';
import { nominate } from '../support/council.js';
import { startTestBot, type TestBot } from '../support/core.js';
import { CAMPAIGN } from '../support/kim-phuong.js';

// /binhxet, /bophieu and /duyet as the secretariat (vptk-1), the council (ct-ubnd, pct-ubnd,
// ct-mttq) and the leader (ct-ubnd) type them. Texts are those of locales/vi/.

const GK = 'Giấy khen của Chủ tịch UBND xã';
const VHXH_TT = `Văn hóa - Xã hội (tập thể, ${GK})`;
const TPHT_TT = `Tư pháp - Hộ tịch (tập thể, ${GK})`;
const QUANG = `Đinh Văn Quang – Văn hóa - Xã hội (cá nhân, ${GK})`;
const HUYEN = `Ma Thị Huyền – Tư pháp - Hộ tịch (cá nhân, ${GK})`;
const HINT = '(Gõ số thứ tự hoặc tên lựa chọn; /huy để hủy.)';
const options = (labels: readonly string[]) => labels.map((l, i) => `  ${i + 1}. ${l}`).join('\n');

let bot: TestBot;
beforeEach(async () => {
  bot = await startTestBot();
  await nominate(bot, { kind: 'COLLECTIVE', unitCode: 'VHXH' });
  await nominate(bot, { kind: 'COLLECTIVE', unitCode: 'TPHT' });
  await nominate(bot, { kind: 'INDIVIDUAL', unitCode: 'VHXH', memberCode: 'vhxh-1' });
  await nominate(bot, { kind: 'INDIVIDUAL', unitCode: 'TPHT', memberCode: 'tpht-1' });
});
afterEach(() => bot.close());

async function openReview(): Promise<void> {
  bot.as('vptk-1');
  await bot.say('/binhxet');
  await bot.say('mo binh xet');
}

/** One council member's ballot: picks by list number, then the choice as typed. */
async function ballot(code: string, picks: Array<[number, string]>): Promise<string> {
  bot.as(code);
  await bot.say('/bophieu');
  let last = '';
  for (const [nominee, choice] of picks) {
    await bot.say(String(nominee));
    last = await bot.say(choice);
  }
  await bot.say('xong');
  return last;
}

describe('council review, vote and approval', () => {
  it('open → three members vote → close → approve within the quota → honour board to the group', async () => {
    bot.as('vptk-1');
    expect(await bot.say('/binhxet')).toBe(
      [
        'Các đề nghị khen thưởng đã đủ hồ sơ, chờ bình xét (4):',
        `1. ${VHXH_TT}`,
        '   Hoàn thành xuất sắc nhiệm vụ cải cách hành chính năm 2025 (Văn hóa - Xã hội).',
        `2. ${TPHT_TT}`,
        '   Hoàn thành xuất sắc nhiệm vụ cải cách hành chính năm 2025 (Tư pháp - Hộ tịch).',
        `3. ${QUANG}`,
        '   Hoàn thành xuất sắc nhiệm vụ cải cách hành chính năm 2025 (Đinh Văn Quang).',
        `4. ${HUYEN}`,
        '   Hoàn thành xuất sắc nhiệm vụ cải cách hành chính năm 2025 (Ma Thị Huyền).',
        '',
        'Mở bình xét để các thành viên Hội đồng bỏ phiếu?',
        options(['Mở bình xét', 'Để sau']),
        HINT,
      ].join('\n'),
    );
    expect(await bot.say('1')).toBe(
      'Đã mở bình xét 4 đề nghị khen thưởng. Các thành viên Hội đồng Thi đua – Khen thưởng bỏ phiếu bằng lệnh /bophieu trong tin nhắn riêng với bot; có thể đổi phiếu cho đến khi kết thúc bình xét.',
    );

    bot.as('ct-ubnd');
    expect(await bot.say('/bophieu')).toBe(
      [
        'Phiếu bình xét của anh/chị: đã bỏ phiếu 0/4 đề nghị. Chọn một đề nghị để bỏ phiếu hoặc đổi phiếu, chọn Xong khi đã xong:',
        options([`${VHXH_TT} — chưa bỏ phiếu`, `${TPHT_TT} — chưa bỏ phiếu`, `${QUANG} — chưa bỏ phiếu`, `${HUYEN} — chưa bỏ phiếu`, 'Xong']),
        HINT,
      ].join('\n'),
    );
    expect(await bot.say('3')).toBe(
      [
        `Đề nghị khen thưởng: ${QUANG}`,
        'Tóm tắt thành tích: Hoàn thành xuất sắc nhiệm vụ cải cách hành chính năm 2025 (Đinh Văn Quang).',
        'Phiếu hiện tại: chưa bỏ phiếu',
        'Ý kiến của anh/chị:',
        options(['Đồng ý', 'Không đồng ý', 'Không biểu quyết', 'Quay lại danh sách']),
        HINT,
      ].join('\n'),
    );
    expect(await bot.say('dong y')).toContain(`Đã ghi phiếu "Đồng ý" cho ${QUANG}.\n\nPhiếu bình xét của anh/chị: đã bỏ phiếu 1/4 đề nghị.`);
    // Changing the vote: the list shows the current one, the choice step says it too.
    expect(await bot.say('3')).toContain('Phiếu hiện tại: Đồng ý');
    const changed = await bot.say('khong dong y');
    expect(changed).toContain(`  3. ${QUANG} — Không đồng ý`);
    for (const n of ['1', '2', '4']) {
      await bot.say(n);
      await bot.say('1');
    }
    expect(await bot.say('xong')).toBe('Cảm ơn anh/chị. Đã bỏ phiếu 4/4 đề nghị; có thể đổi phiếu bằng /bophieu cho đến khi kết thúc bình xét.');
    expect(await bot.core.db.vote.count()).toBe(4);

    await ballot('pct-ubnd', [
      [1, '1'],
      [2, '1'],
      [3, '1'],
      [4, '1'],
    ]);
    bot.as('vptk-1');
    const progress = await bot.say('/binhxet');
    expect(progress).toContain('Đang bình xét (mở ngày 20/11/2025): 2/3 thành viên Hội đồng đã bỏ phiếu, cần tối thiểu 2 để kết thúc.');
    expect(progress).toContain(`• ${VHXH_TT}: 2/3 thành viên đã bỏ phiếu\n`);
    expect(progress).toContain(`Kết thúc bình xét và tính kết quả?\n${options(['Kết thúc bình xét', 'Để sau'])}`);
    expect(await bot.say('de sau')).toBe('Chưa thay đổi gì. Gõ /binhxet khi cần.');

    await ballot('ct-mttq', [
      [1, 'dong y'],
      [2, 'dong y'],
      [3, 'khong bieu quyet'],
      [4, 'dong y'],
    ]);
    bot.as('vptk-1');
    await bot.say('/binhxet');
    expect(await bot.say('ket thuc binh xet')).toBe(
      [
        'Đã kết thúc bình xét: 3/3 thành viên Hội đồng bỏ phiếu. Kết quả từng đề nghị (ghi vào biên bản):',
        'Tỷ lệ đồng ý tính trên số thành viên đã bỏ phiếu về từng đề nghị.',
        `• ${VHXH_TT}: Đồng ý 3/3 (100%) — thông qua (ngưỡng 70%); không đồng ý 0, không biểu quyết 0`,
        `• ${TPHT_TT}: Đồng ý 3/3 (100%) — thông qua (ngưỡng 70%); không đồng ý 0, không biểu quyết 0`,
        `• ${QUANG}: Đồng ý 1/3 (33,33%) — không thông qua (ngưỡng 70%); không đồng ý 1, không biểu quyết 1`,
        `• ${HUYEN}: Đồng ý 3/3 (100%) — thông qua (ngưỡng 70%); không đồng ý 0, không biểu quyết 0`,
        '',
        'Lãnh đạo UBND phê duyệt danh sách khen thưởng bằng lệnh /duyet.',
      ].join('\n'),
    );
    expect((await bot.core.db.nomination.findMany({ orderBy: { id: 'asc' } })).map((n) => n.status)).toEqual(['PASSED', 'PASSED', 'FAILED', 'PASSED']);

    bot.as('ct-ubnd');
    const quotas = 'Giấy khen của Chủ tịch UBND xã — tập thể: tối đa 01; cá nhân: tối đa 01';
    expect(await bot.say('/duyet')).toBe(
      [
        'Các đề nghị được Hội đồng Thi đua – Khen thưởng thông qua. Chỉ tiêu khen thưởng:',
        quotas,
        '',
        'Chọn đề nghị để đánh dấu ☑ hoặc bỏ đánh dấu (đang chọn 0), rồi chọn Phê duyệt:',
        options([`☐ ${VHXH_TT}`, `☐ ${TPHT_TT}`, `☐ ${HUYEN}`, 'Phê duyệt']),
        HINT,
      ].join('\n'),
    );
    expect(await bot.say('phe duyet')).toBe(
      `Chưa chọn đề nghị nào. Chọn các đề nghị cần phê duyệt (☑), rồi chọn Phê duyệt.\n${options([`☐ ${VHXH_TT}`, `☐ ${TPHT_TT}`, `☐ ${HUYEN}`, 'Phê duyệt'])}\n${HINT}`,
    );
    for (const n of ['1', '2', '3']) await bot.say(n);
    const over = await bot.say('4');
    expect(over).toContain(
      'Danh sách vượt chỉ tiêu Giấy khen của Chủ tịch UBND xã — tập thể: tối đa 01, đang chọn 2 (kể cả đã duyệt trước), thừa 1. Vui lòng bỏ chọn 1 đề nghị rồi phê duyệt lại.',
    );
    // The dialog stays, with the ticks as they were.
    expect(over).toContain(options([`☑ ${VHXH_TT}`, `☑ ${TPHT_TT}`, `☑ ${HUYEN}`, 'Phê duyệt']));
    expect(await bot.core.db.nomination.count({ where: { status: 'APPROVED' } })).toBe(0);
    expect(await bot.say('2')).toContain(options([`☑ ${VHXH_TT}`, `☐ ${TPHT_TT}`, `☑ ${HUYEN}`, 'Phê duyệt']));

    // The Giấy khen is the commune chairman's to decide: the Quyết định goes on record first.
    expect(await bot.say('phe duyet')).toBe(
      '2 đề nghị đã chọn do Chủ tịch UBND quyết định khen thưởng; bảng vàng chỉ đăng khi đã có Quyết định. Nhập số Quyết định khen thưởng, ví dụ: 125/QĐ-UBND',
    );
    expect(await bot.say('125/QĐ-UBND')).toBe('Nhập ngày ký Quyết định (dd/mm/yyyy), ví dụ: 20/11/2025. Quyết định ký trong ngày thì gõ: hôm nay');
    expect(await bot.say('20/11/2025')).toBe('Nhập người ký Quyết định (họ tên và chức vụ), ví dụ: Nguyễn Văn An – Chủ tịch UBND xã');
    expect(await bot.say('Hoàng Văn Bình – Chủ tịch UBND xã')).toBe(
      [
        'Đã phê duyệt 2 đề nghị khen thưởng theo Quyết định số 125/QĐ-UBND ngày 20/11/2025. Bảng vàng đã được đăng lên 1 nhóm của phong trào.',
        '',
        '📣 Đăng lên nhóm của phong trào:',
        `🏆 BẢNG VÀNG — ${CAMPAIGN}`,
        '',
        'Giấy khen của Chủ tịch UBND xã:',
        '(Quyết định số 125/QĐ-UBND ngày 20/11/2025)',
        'Tập thể: Văn hóa - Xã hội',
        'Cá nhân: Ma Thị Huyền – Tư pháp - Hộ tịch',
        '',
        'Xin chúc mừng các tập thể, cá nhân được khen thưởng!',
      ].join('\n'),
    );
    const leader = await bot.core.db.member.findFirstOrThrow({ where: { code: 'ct-ubnd' } });
    const rows = await bot.core.db.nomination.findMany({ orderBy: { id: 'asc' }, select: { status: true, approvedById: true } });
    expect(rows).toEqual([
      { status: 'APPROVED', approvedById: leader.id },
      { status: 'PASSED', approvedById: null },
      { status: 'FAILED', approvedById: null },
      { status: 'APPROVED', approvedById: leader.id },
    ]);
    // The collective quota is used up: the other collective is shown with it.
    expect(await bot.say('/duyet')).toContain('Giấy khen của Chủ tịch UBND xã — tập thể: tối đa 01 (đã duyệt 1); cá nhân: tối đa 01 (đã duyệt 1)');
  });

  it('closing without the quorum is refused with the numbers; the review stays open', async () => {
    await openReview();
    await ballot('pct-ubnd', [[1, '1']]);
    bot.as('vptk-1');
    expect(await bot.say('/binhxet')).toContain(`• ${TPHT_TT}: 0/3 thành viên đã bỏ phiếu (còn thiếu 2 phiếu; nếu kết thúc lúc này, đề nghị sẽ không được thông qua)`);
    expect(await bot.say('1')).toBe(
      'Chưa thể kết thúc bình xét: mới 1/3 thành viên Hội đồng bỏ phiếu, cần tối thiểu 2. Bình xét vẫn mở; khi đủ số thành viên bỏ phiếu, gõ lại /binhxet để kết thúc.',
    );
    expect(await bot.core.db.councilReview.findFirstOrThrow()).toMatchObject({ status: 'OPEN', closedAt: null });
    expect(await bot.core.services.dialogState.load('CONSOLE', demoAccountId('vptk-1'))).toBeNull();
    expect(await bot.say('/binhxet')).toContain('Đang bình xét (mở ngày 20/11/2025): 1/3 thành viên Hội đồng đã bỏ phiếu');
  });

  it('counted over the members present: the secretariat ticks who is present, and the result names the rule', async () => {
    await bot.core.db.campaign.update({ where: { id: bot.campaignId }, data: { approvalBase: 'PRESENT' } });
    await openReview();
    await ballot('ct-ubnd', [
      [1, 'dong y'],
      [2, 'dong y'],
      [3, 'dong y'],
      [4, 'dong y'],
    ]);
    await ballot('pct-ubnd', [
      [1, 'dong y'],
      [2, 'khong dong y'],
      [3, 'dong y'],
      [4, 'dong y'],
    ]);
    bot.as('vptk-1');
    const progress = await bot.say('/binhxet');
    expect(progress).toContain('Tỷ lệ đồng ý tính trên số thành viên Hội đồng có mặt.\nChưa ghi thành viên có mặt: cần ghi trước khi kết thúc bình xét.');
    expect(progress).toContain(options(['Kết thúc bình xét', 'Ghi thành viên có mặt', 'Để sau']));
    // Closing first asks for the attendance; those who voted are ticked to start with.
    expect(await bot.say('ket thuc binh xet')).toBe(
      [
        'Trước khi kết thúc, đánh dấu các thành viên Hội đồng có mặt.',
        'Chạm vào tên để đánh dấu có mặt (☑) hoặc vắng mặt (☐). Đang đánh dấu 2/3 thành viên có mặt.',
        options(['☑ Trương Anh Tú', '☑ Ma Văn Thắng', '☐ Hoàng Thị Lan', 'Lưu và kết thúc bình xét', 'Để sau']),
        HINT,
      ].join('\n'),
    );
    expect(await bot.say('3')).toContain(options(['☑ Trương Anh Tú', '☑ Ma Văn Thắng', '☑ Hoàng Thị Lan', 'Lưu và kết thúc bình xét', 'Để sau']));
    const closed = await bot.say('luu va ket thuc');
    expect(closed).toContain('Đã ghi 3/3 thành viên Hội đồng có mặt.');
    expect(closed).toContain(
      [
        'Đã kết thúc bình xét: 2/3 thành viên Hội đồng bỏ phiếu. Kết quả từng đề nghị (ghi vào biên bản):',
        'Tỷ lệ đồng ý tính trên số thành viên có mặt (3/3).',
        'Thành viên có mặt: Trương Anh Tú, Ma Văn Thắng, Hoàng Thị Lan.',
        `• ${VHXH_TT}: Đồng ý 2/3 (66,67%) — không thông qua (ngưỡng 70%); không đồng ý 0, không biểu quyết 0`,
        `• ${TPHT_TT}: Đồng ý 1/3 (33,33%) — không thông qua (ngưỡng 70%); không đồng ý 1, không biểu quyết 0`,
      ].join('\n'),
    );
    // Over those who voted, the same votes would have passed the unit (2/2): the rule decides.
    expect((await bot.core.db.nomination.findMany({ orderBy: { id: 'asc' } })).map((n) => n.status)).toEqual(['FAILED', 'FAILED', 'FAILED', 'FAILED']);
  });

  it('a vote after the review closed gets a clear answer, mid-dialog too', async () => {
    bot.now.value = new Date('2025-12-14T16:50:00Z'); // 23:50 on 14/12 in Hà Nội
    await openReview();
    await ballot('ct-ubnd', [[1, '1']]);
    await ballot('pct-ubnd', [[1, '1']]);
    bot.as('ct-mttq');
    await bot.say('/bophieu');
    await bot.say('1');
    bot.now.value = new Date('2025-12-14T17:10:00Z'); // 00:10 on 15/12, the dialog still fresh
    bot.as('vptk-1');
    await bot.say('/binhxet');
    expect(await bot.say('1')).toContain('Đã kết thúc bình xét: 2/3 thành viên Hội đồng bỏ phiếu.');
    bot.as('ct-mttq');
    const closed = 'Đợt bình xét đã kết thúc ngày 15/12/2025, không thể bỏ phiếu hay đổi phiếu nữa. Kết quả đã được ghi vào biên bản.';
    expect(await bot.say('dong y')).toBe(closed);
    expect(await bot.core.services.dialogState.load('CONSOLE', demoAccountId('ct-mttq'))).toBeNull();
    expect(await bot.say('/bophieu')).toBe(closed);
    expect(await bot.core.db.vote.count()).toBe(2);
  });

  it('each command to its role; nothing to do says what comes first', async () => {
    bot.as('ct-ubnd');
    expect(await bot.say('/bophieu')).toBe('Hiện chưa có đợt bình xét nào đang mở. Khi bộ phận thường trực mở bình xét, anh/chị gõ lại /bophieu.');
    expect(await bot.say('/duyet')).toBe('Chưa có đề nghị nào được Hội đồng thông qua đang chờ phê duyệt.');
    expect(await bot.say('/binhxet')).toBe('Lệnh /binhxet không dành cho vai trò của anh/chị. Gõ /trogiup để xem các lệnh anh/chị dùng được.');
    bot.as('vhxh-1');
    expect(await bot.say('/bophieu')).toBe('Lệnh /bophieu không dành cho vai trò của anh/chị. Gõ /trogiup để xem các lệnh anh/chị dùng được.');
    bot.as('vptk-1');
    expect(await bot.say('/duyet')).toBe('Không có đề nghị cấp trên nào đang chờ kết quả. Lãnh đạo UBND phê duyệt danh sách khen thưởng bằng lệnh /duyet.');
    await bot.core.db.nomination.updateMany({ data: { status: 'DRAFT' } });
    expect(await bot.say('/binhxet')).toBe('Chưa có đề nghị khen thưởng nào đủ hồ sơ để đưa ra bình xét. Các đơn vị hoàn thiện hồ sơ và gửi đề nghị bằng /denghi.');
  });
});
