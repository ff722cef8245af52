import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { actor, addOfficer, fileDossier, recordViolation, reportAll, unitId } from '../support/awards.js';
import { startTestBot, type TestBot } from '../support/core.js';
import { PDF } from '../support/files.js';

// /sangkien and /denghi end to end on the console, as real members of the Kim Phượng campaign.

const HINT = '(Gõ số thứ tự hoặc tên lựa chọn; /huy để hủy.)';
const TITLE = 'Số hóa hồ sơ hộ tịch lưu trữ';
const SUMMARY = 'Scan và nhập liệu 12.000 trang sổ hộ tịch, tra cứu trong 1 phút.';
const ACHIEVEMENTS = 'Giải quyết 100% hồ sơ đúng hạn, số hóa toàn bộ sổ hộ tịch.';
const MAI = 'Cá nhân Lê Thị Mai (Văn hóa - Xã hội)';
const FORM = 'Giấy khen của Chủ tịch UBND xã';
const RULES_OK = [
  '✓ Xếp loại của đơn vị: Tốt (cần từ Tốt trở lên).',
  '✓ Không có vi phạm kỷ luật, kỷ cương hành chính.',
  '✓ Sáng kiến: không bắt buộc (chưa có sáng kiến được công nhận).',
];
const DOSSIER_MISSING = '✗ Hồ sơ còn thiếu 3 thành phần: Tờ trình khen thưởng của cơ quan; Biên bản họp của cơ quan; Báo cáo thành tích tập thể, cá nhân. Gõ /nophoso để nộp.';

let bot: TestBot;
let pdf: string;
beforeEach(async () => {
  bot = await startTestBot();
  await addOfficer(bot, 'vhxh-2', 'Lê Thị Mai', 'VHXH');
  pdf = join(bot.dir, 'thuyet-minh.pdf');
  writeFileSync(pdf, PDF);
});
afterEach(() => bot.close());

async function as(code: string, ...lines: string[]): Promise<string> {
  bot.as(code);
  let last = '';
  for (const line of lines) last = await bot.say(line);
  return last;
}

describe('/sangkien', () => {
  it('a member submits with a file; the secretariat declines with a reason; the author sees status and reason', async () => {
    expect(await as('vhxh-2', '/sangkien')).toBe('Anh/chị chưa gửi sáng kiến nào trong phong trào này.\nNhập tên sáng kiến (5 đến 200 ký tự), ví dụ: Số hóa hồ sơ hộ tịch lưu trữ từ năm 2015.');
    expect(await bot.say('Ngắn')).toBe('Tên sáng kiến cần từ 5 đến 200 ký tự (đang có 4). Vui lòng nhập lại.');
    expect(await bot.say(TITLE)).toBe('Tóm tắt nội dung sáng kiến và hiệu quả mang lại (10 đến 2.000 ký tự).');
    expect(await bot.say('Tốt lắm')).toBe('Phần tóm tắt cần từ 10 đến 2.000 ký tự (đang có 7). Vui lòng nhập lại.');
    expect(await bot.say(SUMMARY)).toBe(`Gửi tệp thuyết minh sáng kiến (PDF, Word hoặc ảnh chụp) nếu có; hoặc chọn Bỏ qua.\n  1. Bỏ qua\n${HINT}`);
    expect(await bot.say('tệp đây')).toBe(`Bước này nhận một tệp hoặc ảnh thuyết minh sáng kiến. Gửi tệp, hoặc chọn Bỏ qua.\n  1. Bỏ qua\n${HINT}`);
    expect(await bot.say(`:tep ${pdf}`)).toBe(
      `Xác nhận gửi sáng kiến:\n• Tên: ${TITLE}\n• Tóm tắt: ${SUMMARY}\n• Tệp đính kèm: thuyet-minh.pdf\n  1. Gửi\n  2. Hủy\n${HINT}`,
    );
    expect(await bot.say('gui')).toBe(`Đã gửi sáng kiến "${TITLE}". Bộ phận thường trực sẽ xem xét công nhận; gõ /sangkien để xem kết quả.`);
    const row = await bot.core.db.initiative.findFirstOrThrow({ include: { evidence: true, unit: true } });
    expect(row).toMatchObject({ title: TITLE, summary: SUMMARY, status: 'SUBMITTED', unit: { code: 'VHXH' }, evidence: [{ originalName: 'thuyet-minh.pdf', sourceChannel: 'CONSOLE' }] });

    expect(await as('vhxh-2', '/sangkien')).toBe(
      `Sáng kiến của anh/chị (1):\n• ${TITLE} (gửi ngày 20/11/2025): Chờ công nhận\n\nChọn "Gửi sáng kiến mới" để gửi thêm sáng kiến.\n  1. Gửi sáng kiến mới\n${HINT}`,
    );

    expect(await as('vptk-1', '/sangkien')).toBe(`Sáng kiến chờ công nhận (1). Chọn một sáng kiến để xem và quyết định:\n  1. ${TITLE} — Lê Thị Mai\n  2. Gửi sáng kiến mới\n${HINT}`);
    const detail = await bot.say('1');
    expect(detail).toContain(`Sáng kiến: ${TITLE}\n• Tác giả: Lê Thị Mai (Văn hóa - Xã hội)\n• Ngày gửi: 20/11/2025\n• Tóm tắt: ${SUMMARY}\n• Tệp đính kèm: thuyet-minh.pdf`);
    expect(detail).toContain('(Kèm tệp thuyet-minh.pdf');
    expect(detail).toContain(`Công nhận sáng kiến này?\n  1. Công nhận\n  2. Không công nhận\n${HINT}`);
    expect(await bot.say('khong cong nhan')).toBe('Nhập lý do không công nhận; tác giả sẽ xem được lý do này.');
    expect(await bot.say('Trùng với sáng kiến năm 2024')).toBe(`Đã ghi không công nhận sáng kiến "${TITLE}" của Lê Thị Mai. Tác giả xem kết quả bằng lệnh /sangkien.`);
    expect(await bot.core.db.initiative.findFirstOrThrow()).toMatchObject({ status: 'DECLINED', decisionNote: 'Trùng với sáng kiến năm 2024' });

    expect(await as('vhxh-2', '/sangkien')).toContain(`• ${TITLE} (gửi ngày 20/11/2025): Không được công nhận\n  Ý kiến của thường trực: Trùng với sáng kiến năm 2024`);
    expect(await as('vptk-1', '/sangkien')).toBe(`Không có sáng kiến nào chờ công nhận.\n  1. Gửi sáng kiến mới\n${HINT}`);
  });

  it('recognising needs no note; a decision made meanwhile ends the dialog; a cancelled submission writes nothing', async () => {
    await as('vhxh-2', '/sangkien', TITLE, SUMMARY, 'bo qua');
    expect(await bot.say('2')).toBe('Đã hủy, chưa gửi sáng kiến.');
    expect(await bot.core.db.initiative.count()).toBe(0);
    expect(await as('vhxh-2', '/sangkien', TITLE, SUMMARY, '1')).toContain('• Tệp đính kèm: không có tệp');
    await bot.say('1');
    await bot.say('/sangkien');
    await bot.say('1');
    await bot.say('Một cửa điện tử cho chứng thực');
    await bot.say('Chứng thực bản sao điện tử trong ngày.');
    await bot.say('1');
    await bot.say('1');

    await as('vptk-1', '/sangkien', '1', 'cong nhan');
    expect(await bot.say('1')).toBe(`Đã công nhận sáng kiến "${TITLE}" của Lê Thị Mai. Tác giả xem kết quả bằng lệnh /sangkien.`);
    expect(await bot.core.db.initiative.findFirstOrThrow({ where: { title: TITLE } })).toMatchObject({ status: 'RECOGNISED', decisionNote: null });

    await as('vptk-1', '/sangkien', '1', '1');
    const other = await bot.core.db.initiative.findFirstOrThrow({ where: { status: 'SUBMITTED' } });
    await bot.core.services.initiatives.decide(await actor(bot, 'vptk-1'), bot.campaignId, other.id, 'DECLINED', 'Đã quyết định ở máy khác');
    expect(await bot.say('Hay')).toBe('Sáng kiến này đã được xem xét ngày 20/11/2025: không công nhận. Mỗi sáng kiến chỉ quyết định một lần.');
    expect(await bot.say('1')).toBe('Hiện không có thao tác nào đang dở. Gõ /trogiup để xem các lệnh.');
  });

  it('a member without a unit is not asked for a file; a head is shown no initiatives to decide', async () => {
    await as('ct-ubnd', '/sangkien', TITLE);
    expect(await bot.say(SUMMARY)).toContain('Xác nhận gửi sáng kiến:');
    expect(await bot.say('1')).toContain('Đã gửi sáng kiến');
    expect(await bot.core.db.initiative.findFirstOrThrow()).toMatchObject({ unitId: null });
    expect(await as('vhxh-1', '/sangkien')).toBe('Anh/chị chưa gửi sáng kiến nào trong phong trào này.\nNhập tên sáng kiến (5 đến 200 ký tự), ví dụ: Số hóa hồ sơ hộ tịch lưu trữ từ năm 2015.');
  });
});

describe('/denghi', () => {
  it('an individual is saved as a draft while the dossier is missing, then re-checked and sent after /nophoso', async () => {
    await reportAll(bot, 'vhxh-1', 85);
    expect(await as('vhxh-1', '/denghi')).toBe(`Đề nghị khen thưởng cho Văn hóa - Xã hội. Đề nghị cho tập thể hay cá nhân?\n  1. Tập thể (Văn hóa - Xã hội)\n  2. Cá nhân\n${HINT}`);
    expect(await bot.say('ca nhan')).toBe(`Chọn cán bộ, công chức của Văn hóa - Xã hội được đề nghị:\n  1. Đinh Văn Quang\n  2. Lê Thị Mai\n${HINT}`);
    expect(await bot.say('le thi mai')).toBe(`Chọn hình thức khen thưởng:\n  1. ${FORM}\n${HINT}`);
    expect(await bot.say('1')).toBe(
      `Báo cáo thành tích tóm tắt — ${MAI}: nhập các kết quả nổi bật trong cải cách hành chính, từ 20 đến 3.000 ký tự. Bản đầy đủ nộp trong hồ sơ bằng /nophoso.`,
    );
    expect(await bot.say('Ngắn quá')).toBe('Báo cáo thành tích tóm tắt cần từ 20 đến 3.000 ký tự (đang có 8). Vui lòng nhập lại.');
    expect(await bot.say(ACHIEVEMENTS)).toBe(
      [
        `Điều kiện khen thưởng — ${MAI}:`,
        ...RULES_OK,
        DOSSIER_MISSING,
        '',
        'Chưa đủ điều kiện gửi Hội đồng: khắc phục các mục ✗ ở trên. Có thể lưu nháp, sau đó gõ /denghi để kiểm tra lại và gửi.',
        '  1. Lưu nháp',
        '  2. Hủy',
        HINT,
      ].join('\n'),
    );
    expect(await bot.say('luu nhap')).toBe('Đã lưu nháp đề nghị. Khi khắc phục xong, gõ /denghi để kiểm tra lại và gửi Hội đồng.');
    const draft = await bot.core.db.nomination.findFirstOrThrow({ include: { member: true, proposedBy: true } });
    expect(draft).toMatchObject({ status: 'DRAFT', nomineeKind: 'INDIVIDUAL', awardForm: 'GIAY_KHEN_CT_XA', summary: ACHIEVEMENTS, member: { fullName: 'Lê Thị Mai' }, proposedBy: { code: 'vhxh-1' } });

    const listing = `Đề nghị khen thưởng của Văn hóa - Xã hội:\n• ${MAI} — ${FORM}: Nháp (lập ngày 20/11/2025)\n\nChọn một đề nghị để kiểm tra lại điều kiện, gửi Hội đồng hoặc rút; hoặc lập đề nghị mới:\n  1. ${MAI}: Nháp\n  2. Lập đề nghị mới\n${HINT}`;
    expect(await bot.say('/denghi')).toBe(listing);
    expect(await bot.say('1')).toBe(
      [`${MAI} — ${FORM}: Nháp. Kiểm tra điều kiện:`, ...RULES_OK, DOSSIER_MISSING, '', 'Chưa đủ điều kiện gửi Hội đồng: khắc phục các mục ✗ ở trên rồi gõ /denghi để kiểm tra lại.', '  1. Rút đề nghị', '  2. Giữ nguyên', HINT].join('\n'),
    );
    expect(await bot.say('giu nguyen')).toBe('Đề nghị được giữ nguyên.');

    for (const kind of ['1', '2', '3']) await as('vhxh-1', '/nophoso', kind, `:tep ${pdf}`);
    expect(await as('vhxh-1', '/denghi', '1')).toBe(
      [`${MAI} — ${FORM}: Nháp. Kiểm tra điều kiện:`, ...RULES_OK, '✓ Hồ sơ đủ 3/3 thành phần bắt buộc.', '', 'Đủ điều kiện. Chọn "Gửi Hội đồng" để chuyển đề nghị tới Hội đồng Thi đua – Khen thưởng.', '  1. Gửi Hội đồng', '  2. Rút đề nghị', '  3. Giữ nguyên', HINT].join('\n'),
    );
    expect(await bot.say('gui hoi dong')).toBe('Đã gửi đề nghị khen thưởng tới Hội đồng Thi đua – Khen thưởng. Gõ /denghi để theo dõi trạng thái.');
    expect(await bot.core.db.nomination.findFirstOrThrow()).toMatchObject({ id: draft.id, status: 'SUBMITTED' });
    expect(await bot.say('/denghi')).toContain(`• ${MAI} — ${FORM}: Đã gửi Hội đồng (lập ngày 20/11/2025)`);
  });

  it('an eligible collective goes to the council at once; a second one is refused naming the first; withdrawing frees the place', async () => {
    await reportAll(bot, 'vhxh-1', 92);
    await fileDossier(bot, 'vhxh-1');
    await as('vhxh-1', '/denghi', '1', '1');
    const check = await bot.say(ACHIEVEMENTS);
    expect(check).toContain('Điều kiện khen thưởng — Tập thể Văn hóa - Xã hội:\n✓ Xếp loại của đơn vị: Xuất sắc (cần từ Tốt trở lên).');
    expect(check).toContain(`✓ Hồ sơ đủ 3/3 thành phần bắt buộc.\n\nĐủ điều kiện. Chọn "Gửi Hội đồng" để chuyển đề nghị tới Hội đồng Thi đua – Khen thưởng.\n  1. Gửi Hội đồng\n  2. Lưu nháp\n  3. Hủy`);
    expect(await bot.say('1')).toBe('Đã gửi đề nghị khen thưởng tới Hội đồng Thi đua – Khen thưởng. Gõ /denghi để theo dõi trạng thái.');
    expect(await bot.core.db.nomination.findFirstOrThrow()).toMatchObject({ nomineeKind: 'COLLECTIVE', memberId: null, status: 'SUBMITTED' });

    await as('vhxh-1', '/denghi', 'lap de nghi moi', 'tap the');
    expect(await bot.say('1')).toBe(
      `Tập thể Văn hóa - Xã hội đã có đề nghị ${FORM} lập ngày 20/11/2025 (đã gửi Hội đồng). Mỗi tập thể, cá nhân chỉ có một đề nghị cho mỗi hình thức khen thưởng; gõ /denghi để xem đề nghị đó.`,
    );
    expect(await bot.core.db.nomination.count()).toBe(1);

    expect(await as('vhxh-1', '/denghi', '1')).toContain('Đề nghị đã gửi Hội đồng. Có thể rút đề nghị trước khi Hội đồng bình xét.\n  1. Rút đề nghị\n  2. Giữ nguyên');
    expect(await bot.say('rut')).toBe('Đã rút đề nghị khen thưởng.');
    expect(await bot.say('/denghi')).toContain(`• Tập thể Văn hóa - Xã hội — ${FORM}: Đã rút (lập ngày 20/11/2025)\n\nChọn "Lập đề nghị mới" để đề nghị thêm:\n  1. Lập đề nghị mới`);
    await as('vhxh-1', '1', '1', '1', ACHIEVEMENTS);
    expect(await bot.say('1')).toContain('Đã gửi đề nghị khen thưởng tới Hội đồng');
    expect(await bot.core.db.nomination.findMany({ orderBy: { id: 'asc' }, select: { status: true } })).toEqual([{ status: 'WITHDRAWN' }, { status: 'SUBMITTED' }]);
  });

  it('shows every failing rule with ✗ and offers only a draft; the initiative rule follows the campaign', async () => {
    await bot.core.db.campaign.update({ where: { id: bot.campaignId }, data: { awardRules: { minimumGrade: 'TOT', initiativeRequiredFor: ['INDIVIDUAL'] } } });
    await reportAll(bot, 'vhxh-1', 72.5);
    await fileDossier(bot, 'vhxh-1', ['TO_TRINH', 'BIEN_BAN']);
    await recordViolation(bot, { memberId: (await actor(bot, 'vhxh-2')).memberId });
    await as('vhxh-1', '/denghi', '2', '2', '1');
    expect(await bot.say(ACHIEVEMENTS)).toBe(
      [
        `Điều kiện khen thưởng — ${MAI}:`,
        '✗ Xếp loại của đơn vị: Khá; cần từ Tốt trở lên.',
        '✗ Có 1 vi phạm kỷ luật, kỷ cương hành chính trong thời gian thi đua, nên không đủ điều kiện khen thưởng.',
        '✗ Chưa có sáng kiến được công nhận; phong trào yêu cầu có ít nhất một sáng kiến. Gõ /sangkien để gửi sáng kiến.',
        '✗ Hồ sơ còn thiếu 1 thành phần: Báo cáo thành tích tập thể, cá nhân. Gõ /nophoso để nộp.',
        '',
        'Chưa đủ điều kiện gửi Hội đồng: khắc phục các mục ✗ ở trên. Có thể lưu nháp, sau đó gõ /denghi để kiểm tra lại và gửi.',
        '  1. Lưu nháp',
        '  2. Hủy',
        HINT,
      ].join('\n'),
    );
    expect(await bot.say('huy')).toBe('Đã hủy, chưa lưu đề nghị.');
    expect(await bot.core.db.nomination.count()).toBe(0);
    // The collective needs no initiative, and the person's violation is the unit's too.
    const collective = await as('vhxh-1', '/denghi', '1', '1', ACHIEVEMENTS);
    expect(collective).toContain('✗ Có 1 vi phạm kỷ luật');
    expect(collective).toContain('✓ Sáng kiến: không bắt buộc (chưa có sáng kiến được công nhận).');
  });

  it('who may nominate: heads for their unit, the secretariat for any unit, nobody else', async () => {
    expect(await as('vhxh-1', '/denghi tu phap')).toBe('Anh/chị chỉ xem và báo cáo được cho đơn vị của mình, không phải Tư pháp - Hộ tịch.');
    expect(await as('vhxh-2', '/denghi')).toBe('Lệnh /denghi không dành cho vai trò của anh/chị. Gõ /trogiup để xem các lệnh anh/chị dùng được.');
    expect(await as('pct-ubnd', '/denghi')).toBe('Lệnh /denghi không dành cho vai trò của anh/chị. Gõ /trogiup để xem các lệnh anh/chị dùng được.');
    expect(await as('vptk-1', '/denghi tu phap')).toContain('Đề nghị khen thưởng cho Tư pháp - Hộ tịch. Đề nghị cho tập thể hay cá nhân?');
    expect(await bot.say('2')).toContain('  1. Ma Thị Huyền\n');
    await as('vptk-1', '1', '1', ACHIEVEMENTS, 'luu nhap');
    const made = await bot.core.db.nomination.findFirstOrThrow({ include: { member: true, proposedBy: true } });
    expect(made).toMatchObject({ unitId: await unitId(bot, 'TPHT'), member: { fullName: 'Ma Thị Huyền' }, proposedBy: { code: 'vptk-1' }, status: 'DRAFT' });
  });
});
