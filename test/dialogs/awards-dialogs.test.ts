import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { actor, addOfficer, fileDossier, recordViolation, reportAll, unitId } from '../support/awards.js';
import { loadCampaign, startTestBot, type TestBot } from '../support/core.js';
import { PDF } from '../support/files.js';

// /sangkien and /denghi end to end on the console, as real members of the Kim Phượng campaign.

const HINT = '(Gõ số thứ tự hoặc tên lựa chọn; /huy để hủy.)';
const TITLE = 'Số hóa hồ sơ hộ tịch lưu trữ';
const SUMMARY = 'Scan và nhập liệu 12.000 trang sổ hộ tịch, tra cứu trong 1 phút.';
const ACHIEVEMENTS = 'Giải quyết 100% hồ sơ đúng hạn, số hóa toàn bộ sổ hộ tịch.';
const MAI = 'Cá nhân Lê Thị Mai (Văn hóa - Xã hội)';
const FORM = 'Giấy khen của Chủ tịch UBND xã';
const HTXS = 'Hoàn thành xuất sắc nhiệm vụ được giao trong năm 2025.';
const PERSON_CCHC = 'Thực hiện tốt các nhiệm vụ được giao trong chỉ đạo, quán triệt nhiệm vụ CCHC, nhất là cải cách thủ tục hành chính.';
const PERSON_DOCS = 'Chỉ đạo, tham mưu, thực hiện đảm bảo chất lượng và đúng thời gian quy định các văn bản chỉ đạo của tỉnh, huyện và của UBND xã.';
const PERSON_DISCIPLINE = 'Thực hiện nghiêm kỷ luật, kỷ cương hành chính (Không vi phạm kỷ luật, kỷ cương hành chính).';
const GRADE_ITEM = 'Kết quả đánh giá phân loại việc thực hiện nhiệm vụ cải cách hành chính năm 2025 của các bộ phận được xếp loại tốt trở lên.';
const NOT_ATTESTED = 'thủ trưởng đơn vị chưa xác nhận. Thủ trưởng mở đề nghị đã lưu bằng /denghi để xác nhận, kèm ghi chú hoặc tệp căn cứ.';
const GROUNDS = 'Biên bản đánh giá, phân loại cuối năm 2025 của UBND xã';
const ASK_GROUNDS =
  'Ghi căn cứ (ví dụ: số, ngày văn bản đánh giá, công nhận), từ 5 đến 1.000 ký tự; hoặc gửi tệp văn bản làm căn cứ (PDF, Word, Excel hoặc ảnh chụp), có thể kèm chú thích.';
const ASK_DECISION = `Thường trực xác nhận lại tiêu chuẩn này, hay trả lại cho thủ trưởng đơn vị kèm lý do?\n  1. Xác nhận lại\n  2. Trả lại\n  3. Để sau\n${HINT}`;
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
    expect(await as('vhxh-2', '/sangkien')).toBe(
      'Anh/chị chưa gửi sáng kiến nào trong phong trào này.\nNhập tên sáng kiến (5 đến 200 ký tự), ví dụ: Số hóa hồ sơ hộ tịch lưu trữ từ năm 2015.',
    );
    expect(await bot.say('Ngắn')).toBe('Tên sáng kiến cần từ 5 đến 200 ký tự (đang có 4). Vui lòng nhập lại.');
    expect(await bot.say(TITLE)).toBe('Tóm tắt nội dung sáng kiến và hiệu quả mang lại (10 đến 2.000 ký tự).');
    expect(await bot.say('Tốt lắm')).toBe('Phần tóm tắt cần từ 10 đến 2.000 ký tự (đang có 7). Vui lòng nhập lại.');
    expect(await bot.say(SUMMARY)).toBe(`Gửi tệp thuyết minh sáng kiến (PDF, Word hoặc ảnh chụp) nếu có; hoặc chọn Bỏ qua.\n  1. Bỏ qua\n${HINT}`);
    expect(await bot.say('tệp đây')).toBe(`Bước này nhận một tệp hoặc ảnh thuyết minh sáng kiến. Gửi tệp, hoặc chọn Bỏ qua.\n  1. Bỏ qua\n${HINT}`);
    expect(await bot.say(`:tep ${pdf}`)).toBe(`Xác nhận gửi sáng kiến:\n• Tên: ${TITLE}\n• Tóm tắt: ${SUMMARY}\n• Tệp đính kèm: thuyet-minh.pdf\n  1. Gửi\n  2. Hủy\n${HINT}`);
    expect(await bot.say('gui')).toBe(`Đã gửi sáng kiến "${TITLE}". Bộ phận thường trực sẽ xem xét công nhận; gõ /sangkien để xem kết quả.`);
    const row = await bot.core.db.initiative.findFirstOrThrow({ include: { evidence: true, unit: true } });
    expect(row).toMatchObject({
      title: TITLE,
      summary: SUMMARY,
      status: 'SUBMITTED',
      unit: { code: 'VHXH' },
      evidence: [{ originalName: 'thuyet-minh.pdf', sourceChannel: 'CONSOLE' }],
    });

    expect(await as('vhxh-2', '/sangkien')).toBe(
      `Sáng kiến của anh/chị (1):\n• ${TITLE} (gửi ngày 20/11/2025): Chờ công nhận\n\nChọn "Gửi sáng kiến mới" để gửi thêm sáng kiến.\n  1. Gửi sáng kiến mới\n${HINT}`,
    );

    expect(await as('vptk-1', '/sangkien')).toBe(
      `Sáng kiến chờ công nhận (1). Chọn một sáng kiến để xem và quyết định:\n  1. ${TITLE} — Lê Thị Mai\n  2. Gửi sáng kiến mới\n${HINT}`,
    );
    const detail = await bot.say('1');
    expect(detail).toContain(`Sáng kiến: ${TITLE}\n• Tác giả: Lê Thị Mai (Văn hóa - Xã hội)\n• Ngày gửi: 20/11/2025\n• Tóm tắt: ${SUMMARY}\n• Tệp đính kèm: thuyet-minh.pdf`);
    expect(detail).toContain('(Đã lưu tệp thuyet-minh.pdf tại: ');
    expect(detail).toContain(`Công nhận sáng kiến này?\n  1. Công nhận\n  2. Không công nhận\n${HINT}`);
    expect(await bot.say('khong cong nhan')).toBe('Nhập lý do không công nhận; tác giả sẽ xem được lý do này.');
    expect(await bot.say('Trùng với sáng kiến năm 2024')).toBe(`Đã ghi không công nhận sáng kiến "${TITLE}" của Lê Thị Mai. Tác giả xem kết quả bằng lệnh /sangkien.`);
    expect(await bot.core.db.initiative.findFirstOrThrow()).toMatchObject({ status: 'DECLINED', decisionNote: 'Trùng với sáng kiến năm 2024' });

    expect(await as('vhxh-2', '/sangkien')).toContain(`• ${TITLE} (gửi ngày 20/11/2025): Không được công nhận\n  Ý kiến của thường trực: Trùng với sáng kiến năm 2024`);
    expect(await as('vptk-1', '/sangkien')).toBe(`Không có sáng kiến nào chờ công nhận.\n  1. Gửi sáng kiến mới\n${HINT}`);
  });

  it('recognising records who and under which decision, no note needed; a decision made meanwhile ends the dialog; a cancelled submission writes nothing', async () => {
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

    expect(await as('vptk-1', '/sangkien', '1', 'cong nhan')).toBe(
      'Sáng kiến được công nhận phải có quyết định của cấp có thẩm quyền. Cấp, cơ quan nào công nhận? Ví dụ: Chủ tịch UBND xã',
    );
    expect(await bot.say('UB')).toBe('Cấp, cơ quan công nhận cần từ 3 đến 200 ký tự (đang có 2), ví dụ: Chủ tịch UBND xã. Vui lòng nhập lại.');
    expect(await bot.say('Chủ tịch UBND xã')).toBe('Nhập số Quyết định công nhận sáng kiến, ví dụ: 45/QĐ-UBND');
    expect(await bot.say('số 45')).toBe('“số 45” chưa đúng dạng số Quyết định. Nhập lại theo dạng số/QĐ-cơ quan ban hành, ví dụ: 125/QĐ-UBND');
    expect(await bot.say('45 / qđ-ubnd')).toBe('Nhập ngày ký Quyết định (dd/mm/yyyy), ví dụ: 20/11/2025. Quyết định ký trong ngày thì gõ: hôm nay');
    expect(await bot.say('25/11/2025')).toBe('Ngày 25/11/2025 chưa tới: chỉ ghi Quyết định đã ký. Nhập lại ngày ký (dd/mm/yyyy).');
    expect(await bot.say('18/11/2025')).toBe(`Nhập ý kiến gửi tác giả (không bắt buộc), hoặc chọn Bỏ qua.\n  1. Bỏ qua\n${HINT}`);
    expect(await bot.say('1')).toBe(`Đã công nhận sáng kiến "${TITLE}" của Lê Thị Mai. Tác giả xem kết quả bằng lệnh /sangkien.`);
    expect(await bot.core.db.initiative.findFirstOrThrow({ where: { title: TITLE } })).toMatchObject({
      status: 'RECOGNISED',
      decisionNote: null,
      recognisedBy: 'Chủ tịch UBND xã',
      decisionNumber: '45/QĐ-UBND',
      decisionDate: new Date('2025-11-17T17:00:00Z'),
    });
    expect(await as('vhxh-2', '/sangkien')).toContain(
      `• ${TITLE} (gửi ngày 20/11/2025): Đã được công nhận\n  Công nhận: Chủ tịch UBND xã, Quyết định số 45/QĐ-UBND ngày 18/11/2025`,
    );

    await as('vptk-1', '/sangkien', '1', '1', 'Chủ tịch UBND xã', '45/QĐ-UBND', '18/11/2025');
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
    expect(await as('vhxh-1', '/sangkien')).toBe(
      'Anh/chị chưa gửi sáng kiến nào trong phong trào này.\nNhập tên sáng kiến (5 đến 200 ký tự), ví dụ: Số hóa hồ sơ hộ tịch lưu trữ từ năm 2015.',
    );
  });
});

describe('/denghi', () => {
  it("an individual in a Khá unit: the plan's four criteria, attested by the head, confirmed by the secretariat, then sent", async () => {
    await reportAll(bot, 'vhxh-1', 72);
    expect(await as('vhxh-1', '/denghi')).toBe(
      `Đề nghị khen thưởng cho Văn hóa - Xã hội. Đề nghị cho tập thể hay cá nhân?\n  1. Tập thể (Văn hóa - Xã hội)\n  2. Cá nhân\n${HINT}`,
    );
    expect(await bot.say('ca nhan')).toBe(`Chọn cán bộ, công chức, viên chức của Văn hóa - Xã hội được đề nghị:\n  1. Đinh Văn Quang\n  2. Lê Thị Mai\n${HINT}`);
    expect(await bot.say('le thi mai')).toBe(`Chọn hình thức khen thưởng:\n  1. ${FORM}\n${HINT}`);
    expect(await bot.say('1')).toBe(
      `Báo cáo thành tích tóm tắt — ${MAI}: nhập các kết quả nổi bật trong cải cách hành chính, từ 20 đến 3.000 ký tự. Bản đầy đủ nộp trong hồ sơ bằng /nophoso.`,
    );
    expect(await bot.say('Ngắn quá')).toBe('Báo cáo thành tích tóm tắt cần từ 20 đến 3.000 ký tự (đang có 8). Vui lòng nhập lại.');
    expect(await bot.say(ACHIEVEMENTS)).toBe(
      [
        `Điều kiện khen thưởng — ${MAI}:`,
        'Tiêu chuẩn theo kế hoạch, mục II.3 b):',
        `✗ ${HTXS} — chưa đạt: ${NOT_ATTESTED}`,
        `✗ ${PERSON_CCHC} — chưa đạt: ${NOT_ATTESTED}`,
        `✗ ${PERSON_DOCS} — chưa đạt: ${NOT_ATTESTED}`,
        `✓ ${PERSON_DISCIPLINE} — đạt: không có vi phạm kỷ luật, kỷ cương hành chính trong thời gian thi đua.`,
        DOSSIER_MISSING,
        '',
        'Chưa đủ điều kiện gửi Hội đồng: khắc phục các mục ✗ ở trên. Có thể lưu nháp, sau đó gõ /denghi để kiểm tra lại và gửi.',
        '  1. Lưu nháp',
        '  2. Hủy',
        HINT,
      ].join('\n'),
    );
    expect(await bot.say('luu nhap')).toBe('Đã lưu đề nghị (đang soạn, chưa gửi). Khi khắc phục xong, gõ /denghi để kiểm tra lại và gửi Hội đồng.');
    const draft = await bot.core.db.nomination.findFirstOrThrow({ include: { member: true, proposedBy: true } });
    expect(draft).toMatchObject({
      status: 'DRAFT',
      nomineeKind: 'INDIVIDUAL',
      awardForm: 'GIAY_KHEN_CT_XA',
      summary: ACHIEVEMENTS,
      member: { fullName: 'Lê Thị Mai' },
      proposedBy: { code: 'vhxh-1' },
    });

    // The head ticks each attested criterion with its grounds.
    const listing = await as('vhxh-1', '/denghi', '1');
    expect(listing).toContain(
      `  1. Xác nhận: ${HTXS}\n  2. Xác nhận: Thực hiện tốt các nhiệm vụ được giao trong chỉ đạo, quán…\n  3. Xác nhận: Chỉ đạo, tham mưu, thực hiện đảm bảo chất lượng và đúng…\n  4. Rút đề nghị\n  5. Giữ nguyên`,
    );
    expect(await bot.say('1')).toBe(`Xác nhận tiêu chuẩn: ${HTXS}\n${ASK_GROUNDS}`);
    expect(await bot.say('Có')).toBe('Căn cứ xác nhận cần từ 5 đến 1.000 ký tự (đang có 2). Vui lòng nhập lại.');
    expect(await bot.say(GROUNDS)).toBe(`Đã ghi xác nhận của thủ trưởng đơn vị cho tiêu chuẩn: ${HTXS}\nBộ phận Văn phòng - Thống kê sẽ xác nhận lại; gõ /denghi để theo dõi.`);
    await as('vhxh-1', '/denghi', '1', '1', GROUNDS);
    await as('vhxh-1', '/denghi', '1', '1', GROUNDS);
    const waiting = await as('vhxh-1', '/denghi', '1');
    expect(waiting).toContain(`⏳ ${HTXS} — chờ xác nhận: thủ trưởng đơn vị đã xác nhận, chờ thường trực xác nhận lại.`);
    expect(waiting).toContain(`⏳ ${HTXS} — chờ xác nhận: thủ trưởng đơn vị đã xác nhận, chờ thường trực xác nhận lại.\n    Căn cứ: ${GROUNDS}\n`);
    expect(waiting).toContain(`\n\nCòn 3 tiêu chuẩn chờ Bộ phận Văn phòng - Thống kê xác nhận lại; xác nhận xong là gửi Hội đồng được.\n  1. Bỏ xác nhận: ${HTXS}\n`);
    expect(waiting).toContain('\n  4. Rút đề nghị\n  5. Giữ nguyên');

    // The secretariat reviews each one, from the unit's list: what the head gave, then confirms.
    expect(await as('vptk-1', '/denghi van hoa', '1')).toContain(`  1. Thường trực xác nhận: ${HTXS}\n  2. Thường trực xác nhận: Thực hiện tốt`);
    expect(await bot.say('1')).toBe(`Thủ trưởng đơn vị xác nhận ngày 20/11/2025 tiêu chuẩn: ${HTXS}\nCăn cứ: ${GROUNDS}\n\n${ASK_DECISION}`);
    expect(await bot.say('xac nhan lai')).toBe(`Đã xác nhận lại tiêu chuẩn: ${HTXS}\nGõ /denghi để xem đề nghị.`);
    await as('vptk-1', '/denghi van hoa', '1', '1', '1');
    await as('vptk-1', '/denghi van hoa', '1', '1', '1');
    expect(await bot.core.db.attestation.count({ where: { confirmedAt: { not: null } } })).toBe(3);

    for (const kind of ['1', '2', '3']) await as('vhxh-1', '/nophoso', kind, `:tep ${pdf}`);
    const ready = await as('vhxh-1', '/denghi', '1');
    expect(ready).toContain(`✓ ${HTXS} — đạt: thủ trưởng đơn vị đã xác nhận, thường trực đã xác nhận lại.`);
    expect(ready).toContain(
      '✓ Hồ sơ đủ 3/3 thành phần bắt buộc.\n\nĐủ điều kiện. Chọn "Gửi Hội đồng" để chuyển đề nghị tới Hội đồng Thi đua – Khen thưởng.\n  1. Gửi Hội đồng\n  2. Rút đề nghị\n  3. Giữ nguyên',
    );
    expect(ready).not.toContain('xếp loại');
    expect(await bot.say('gui hoi dong')).toBe('Đã gửi đề nghị khen thưởng tới Hội đồng Thi đua – Khen thưởng. Gõ /denghi để theo dõi trạng thái.');
    expect(await bot.core.db.nomination.findFirstOrThrow()).toMatchObject({ id: draft.id, status: 'SUBMITTED' });
    expect(await bot.say('/denghi')).toContain(`• ${MAI} — ${FORM}: Đã gửi Hội đồng (lập ngày 20/11/2025)`);
  });

  it('a collective on self-reported scores waits for appraisal and says by whom; once appraised it goes to the council', async () => {
    await reportAll(bot, 'vhxh-1', 92);
    await fileDossier(bot, 'vhxh-1');
    await as('vhxh-1', '/denghi', '1', '1', ACHIEVEMENTS, 'luu nhap');
    const id = (await bot.core.db.nomination.findFirstOrThrow()).id;
    for (const code of ['HTXS_NAM', 'TOT_NV_CCHC', 'CHI_SO_CCHC']) {
      await bot.core.services.nominations.attest(await actor(bot, 'vhxh-1'), bot.campaignId, id, code, GROUNDS);
      await bot.core.services.nominations.confirm(await actor(bot, 'vptk-1'), bot.campaignId, id, code);
    }
    const waiting = await as('vhxh-1', '/denghi', '1');
    expect(waiting).toContain(
      `⏳ ${GRADE_ITEM} — chờ thẩm định: còn 9 tiêu chí chưa được thẩm định (Mức độ hoàn thành nhiệm vụ cải cách thể chế; Mức độ hoàn thành nhiệm vụ cải cách TTHC; Mức độ hoàn thành nhiệm vụ thực hiện cơ chế một cửa liên thông; và 6 tiêu chí khác); xếp loại chỉ tính trên điểm đã thẩm định. Thường trực thẩm định bằng /thamdinh.`,
    );
    expect(waiting).toContain(
      `\n\nĐề nghị đang chờ thẩm định: chỉ xét trên điểm đã thẩm định. Chờ thẩm định: ${GRADE_ITEM.slice(0, -1)}. Bộ phận Văn phòng - Thống kê thẩm định bằng /thamdinh.\n  1. Rút đề nghị`,
    );
    expect(waiting).not.toContain('Gửi Hội đồng');

    const admin = await actor(bot, 'vptk-1');
    const campaign = await bot.core.services.campaigns.view(bot.campaignId);
    for (const c of campaign.taskAreas.flatMap((a) => a.criteria))
      await bot.core.services.scores.appraise(admin, bot.campaignId, await unitId(bot, 'VHXH'), c.id, { points: c.maxPoints * 0.92, reason: 'Theo hồ sơ kiểm tra' });
    const ready = await as('vhxh-1', '/denghi', '1');
    expect(ready).toContain(`✓ ${GRADE_ITEM} — đạt: xếp loại Xuất sắc theo điểm đã thẩm định; cần từ Tốt trở lên.`);
    expect(await bot.say('gui hoi dong')).toContain('Đã gửi đề nghị khen thưởng tới Hội đồng');

    await as('vhxh-1', '/denghi', 'lap de nghi moi', 'tap the');
    expect(await bot.say('1')).toBe(
      `Tập thể Văn hóa - Xã hội đã có đề nghị ${FORM} lập ngày 20/11/2025 (đã gửi Hội đồng). Mỗi tập thể, cá nhân chỉ có một đề nghị cho mỗi hình thức khen thưởng; gõ /denghi để xem đề nghị đó.`,
    );
    expect(await as('vhxh-1', '/denghi', '1')).toContain('Đề nghị đã gửi Hội đồng. Có thể rút đề nghị trước khi Hội đồng bình xét.\n  1. Rút đề nghị\n  2. Giữ nguyên');
    expect(await bot.say('rut')).toBe('Đã rút đề nghị khen thưởng.');
    expect(await bot.say('/denghi')).toContain(
      `• Tập thể Văn hóa - Xã hội — ${FORM}: Đã rút đề nghị (lập ngày 20/11/2025)\n\nChọn "Lập đề nghị mới" để đề nghị thêm:\n  1. Lập đề nghị mới`,
    );
  });

  it('An Hải\'s "at least one of" is shown as a group; a plan without criteria says so and marks the default', async () => {
    const anHai = loadCampaign('campaigns/an-hai-2025.yaml').award_rules.eligibility.map((c) => ({
      ...c,
      forms: c.forms?.map((f) => (f === 'GIAY_KHEN_CT_PHUONG' ? 'GIAY_KHEN_CT_XA' : f)),
    }));
    await bot.core.db.campaign.update({ where: { id: bot.campaignId }, data: { awardRules: { checklists: anHai } as object } });
    await recordViolation(bot, { memberId: (await actor(bot, 'vhxh-2')).memberId });
    const check = await as('vhxh-1', '/denghi', '2', '2', '1', ACHIEVEMENTS);
    expect(check).toContain(
      [
        'Tiêu chuẩn theo kế hoạch, mục 3.2 b):',
        '✗ Thực hiện nghiêm kỷ luật, kỷ cương hành chính Nhà nước — chưa đạt: có 1 vi phạm kỷ luật, kỷ cương hành chính trong thời gian thi đua.',
        '✗ Đạt một trong các tiêu chuẩn sau (cần đạt ít nhất một):',
        `    ✗ Có thành tích xuất sắc, tiêu biểu trong thực hiện tham mưu các nội dung, nhiệm vụ đẩy mạnh cải cách hành chính, được đơn vị xét chọn, đề xuất. — chưa đạt: ${NOT_ATTESTED}`,
        '    ✗ Có sáng kiến thiết thực được công nhận và áp dụng trong thực tế tại đơn vị góp phần thực hiện có hiệu quả công tác cải cách hành chính, được đơn vị đánh giá, công nhận. — chưa đạt: chưa có sáng kiến được công nhận; gửi sáng kiến bằng /sangkien.',
        `    ✗ Cán bộ, công chức trực tiếp tham mưu, chỉ đạo, thực hiện công tác cải cách hành chính tại phường. — chưa đạt: ${NOT_ATTESTED}`,
      ].join('\n'),
    );
    expect(await bot.say('huy')).toBe('Đã hủy, chưa lưu đề nghị.');

    const duongAn = loadCampaign('campaigns/duong-an-2025.yaml').award_rules.eligibility;
    await bot.core.db.campaign.update({ where: { id: bot.campaignId }, data: { awardRules: { checklists: duongAn } as object } });
    expect(await as('vhxh-1', '/denghi', '1', '1', ACHIEVEMENTS)).toBe(
      [
        'Điều kiện khen thưởng — Tập thể Văn hóa - Xã hội:',
        'Tiêu chuẩn: kế hoạch không nêu tiêu chuẩn riêng, xét theo quy định chung về thi đua, khen thưởng (mặc định, kế hoạch không nêu).',
        '• Không có tiêu chuẩn riêng; Hội đồng xét theo quy định chung về thi đua, khen thưởng.',
        DOSSIER_MISSING,
        '',
        'Chưa đủ điều kiện gửi Hội đồng: khắc phục các mục ✗ ở trên. Có thể lưu nháp, sau đó gõ /denghi để kiểm tra lại và gửi.',
        '  1. Lưu nháp',
        '  2. Hủy',
        HINT,
      ].join('\n'),
    );
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
