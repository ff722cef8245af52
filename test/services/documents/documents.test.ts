import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatNumber } from '../../../src/domain/numbers.js';
import type { DocumentChoice, DocumentKind, RenderedDocument } from '../../../src/services/documents/types.js';
import { actorOf } from '../../support/council.js';
import { startTestBot, type TestBot } from '../../support/core.js';
import { refusal } from '../../support/refusal.js';
import { awardRound, BANG_KHEN, DECISION, documentText, partOf, type Round } from './round.js';

// Every document for the Kim Phượng demo campaign after a full award round, read back from the
// .docx (word/document.xml) and checked against the database; the state format in the section
// properties and styles (NĐ 30/2020/NĐ-CP, Phụ lục I).

let bot: TestBot;
let round: Round;
beforeAll(async () => {
  bot = await startTestBot();
  round = await awardRound(bot);
}, 60_000);
afterAll(() => bot.close());

const GIAY_KHEN = 'Giấy khen của Chủ tịch UBND xã';
const choice = (kind: DocumentKind, unitId: number | null = null, nominationId: number | null = null): DocumentChoice => ({ kind, unitId, nominationId, subject: null });
const render = async (code: string, c: DocumentChoice): Promise<RenderedDocument> => bot.core.services.documents.render(await actorOf(bot, code), bot.campaignId, c);
const text = async (code: string, c: DocumentChoice) => documentText((await render(code, c)).bytes);
const unitIdOf = async (code: string) => (await bot.core.db.unit.findFirstOrThrow({ where: { code } })).id;
/** the header every document carries (ô 1) */
const QUOC_HIEU = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];

describe('what each person may take', () => {
  it('a head: the unit Tờ trình and each own nominee Báo cáo thành tích; the leader: the campaign documents; the secretariat: all', async () => {
    const vhxh = await unitIdOf('VHXH');
    const head = await bot.core.services.documents.available(await actorOf(bot, 'vhxh-1'), bot.campaignId);
    expect(head.map((c) => [c.kind, c.unitId, c.nominationId, c.subject])).toEqual([
      ['to-trinh', vhxh, null, 'Văn hóa - Xã hội'],
      ['bao-cao-thanh-tich', vhxh, round.collective, 'Văn hóa - Xã hội'],
      ['bao-cao-thanh-tich', vhxh, round.higher, 'Đinh Văn Quang'],
    ]);
    const leader = await bot.core.services.documents.available(await actorOf(bot, 'ct-ubnd'), bot.campaignId);
    expect(leader.map((c) => c.kind)).toEqual(['bien-ban-hoi-dong', 'quyet-dinh', 'to-trinh-cap-tren', 'bao-cao-ket-qua']);
    const admin = await bot.core.services.documents.available(await actorOf(bot, 'vptk-1'), bot.campaignId);
    // VPTK's head is the secretariat: every unit with a nomination, and the campaign's documents
    expect(admin.filter((c) => c.kind === 'to-trinh').map((c) => c.subject)).toEqual(['Văn hóa - Xã hội', 'Tài chính - Kế toán', 'Tư pháp - Hộ tịch']);
    expect(admin.filter((c) => c.kind === 'bao-cao-thanh-tich')).toHaveLength(4);
    expect(admin.slice(-4).map((c) => c.kind)).toEqual(['bien-ban-hoi-dong', 'quyet-dinh', 'to-trinh-cap-tren', 'bao-cao-ket-qua']);
  });

  it('render checks the role again: another unit head, or a head asking for the decision, is refused', async () => {
    expect(await refusal(render('tpht-1', choice('to-trinh', await unitIdOf('VHXH'))))).toEqual({ reason: 'document-forbidden', args: {} });
    expect(await refusal(render('tpht-1', choice('bao-cao-thanh-tich', null, round.collective)))).toEqual({ reason: 'document-forbidden', args: {} });
    expect(await refusal(render('vhxh-1', choice('quyet-dinh')))).toEqual({ reason: 'document-forbidden', args: {} });
    expect(await refusal(render('dcxd-1', choice('to-trinh', await unitIdOf('DCXD'))))).toEqual({
      reason: 'document-no-nominees',
      args: { unit: 'Địa chính - Xây dựng - Nông nghiệp - Môi trường' },
    });
    expect(await refusal(render('vptk-1', choice('bao-cao-thanh-tich', null, 9999)))).toEqual({ reason: 'document-nomination-unknown', args: {} });
  });
});

describe('the documents, against the database', () => {
  it('Tờ trình of a unit: its nominees, their posts and the form proposed for each', async () => {
    const doc = await render('vhxh-1', choice('to-trinh', await unitIdOf('VHXH')));
    expect(doc.fileName).toBe('to-trinh-van-hoa-xa-hoi.docx');
    expect(doc.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const t = documentText(doc.bytes);
    const nominations = await bot.core.db.nomination.findMany({ where: { unitId: await unitIdOf('VHXH') }, include: { member: true }, orderBy: { id: 'asc' } });
    for (const n of nominations) expect(t).toContain(n.summary);
    for (const line of [
      ...QUOC_HIEU,
      'UBND XÃ KIM PHƯỢNG',
      'VĂN HÓA - XÃ HỘI',
      'Số: ……/TTr-VHXH',
      'Kim Phượng, ngày …… tháng …… năm 2025',
      'TỜ TRÌNH',
      'Kính gửi: Chủ tịch Ủy ban nhân dân xã Kim Phượng.',
      'Căn cứ Kế hoạch số 03/KH-UBND ngày 07/01/2025 của UBND xã Kim Phượng về việc Cải cách hành chính xã Kim Phượng năm 2025;',
      'khen thưởng 01 tập thể và 01 cá nhân có thành tích',
      `1\nVăn hóa - Xã hội\nTập thể\n${GIAY_KHEN}`,
      `2\nĐinh Văn Quang\nCông chức Văn hóa - Xã hội, Văn hóa - Xã hội\n${BANG_KHEN}`,
      'CÔNG CHỨC VĂN HÓA - XÃ HỘI',
      'Đinh Văn Quang',
    ])
      expect(t).toContain(line);
    expect(t).not.toContain('Ma Thị Huyền');
  });

  it('Báo cáo thành tích of a collective: results per task area and criterion, self and appraised points, the standings, discipline', async () => {
    const t = await text('vhxh-1', choice('bao-cao-thanh-tich', null, round.collective));
    const unitId = await unitIdOf('VHXH');
    const scores = await bot.core.db.score.findMany({ where: { unitId }, include: { criterion: { include: { taskArea: true } } }, orderBy: { criterion: { sortOrder: 'asc' } } });
    expect(scores).toHaveLength(9);
    for (const s of scores) {
      // criterion row: title, reported value, self-score, appraised score, maximum
      expect(t).toContain(`${s.criterion.title}\n95 %\n${formatNumber(s.selfPoints!)}\n${formatNumber(s.appraisedPoints!)}\n${formatNumber(s.criterion.maxPoints)}`);
      expect(t).toContain(s.criterion.taskArea.title.toLocaleUpperCase('vi'));
    }
    const standings = await bot.core.services.standings.current(bot.campaignId);
    const entry = standings.entries.find((e) => e.unitId === unitId)!;
    expect(entry.score).toBe(98.5);
    expect(t).toContain(`Tổng điểm: 98,5/100 điểm; xếp loại: ${entry.grade.label}; xếp thứ ${entry.rank}/${standings.entries.length} đơn vị.`);
    for (const line of [
      'BÁO CÁO THÀNH TÍCH',
      'ĐỀ NGHỊ TẶNG GIẤY KHEN CỦA CHỦ TỊCH UBND XÃ',
      'I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH',
      'III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG',
      '[Đơn vị tự viết: chức năng, nhiệm vụ được giao…]',
      'đơn vị không có cán bộ, công chức vi phạm kỷ luật',
      'Hoàn thành xuất sắc nhiệm vụ cải cách hành chính năm 2025 (Văn hóa - Xã hội).',
      'Trong phong trào chưa có sáng kiến',
    ])
      expect(t).toContain(line);
  });

  it('Báo cáo thành tích of an individual: the person, the recognised initiative with its decision, the head who confirms', async () => {
    const t = await text('tpht-1', choice('bao-cao-thanh-tich', null, round.person));
    const initiative = await bot.core.db.initiative.findFirstOrThrow({ where: { status: 'RECOGNISED' } });
    for (const line of [
      'ĐỀ NGHỊ TẶNG GIẤY KHEN CỦA CHỦ TỊCH UBND XÃ',
      'I. SƠ LƯỢC LÝ LỊCH',
      '- Họ và tên: Ma Thị Huyền',
      '- Chức vụ: Công chức Tư pháp - Hộ tịch',
      '- Đơn vị công tác: Tư pháp - Hộ tịch',
      `- ${initiative.title} (được công nhận theo Quyết định số 12/QĐ-UBND ngày 10/11/2025 của Chủ tịch UBND xã);`,
      'Kết quả của Tư pháp - Hộ tịch, nơi cá nhân công tác',
      'Mức độ hoàn thành nhiệm vụ cải cách thể chế\n85 %\n……\n……\n12,5',
      '(tạm tính: còn tiêu chí chưa được thẩm định)',
      '[Cá nhân tự viết: các thông tin lý lịch trên…]',
      'NGƯỜI BÁO CÁO THÀNH TÍCH',
      'THỦ TRƯỞNG ĐƠN VỊ',
    ])
      expect(t).toContain(line);
  });

  it('Biên bản: the day, who was present and absent, the quorum, each tally under the counting rule, the conclusions', async () => {
    const t = await text('ct-ubnd', choice('bien-ban-hoi-dong'));
    const review = await bot.core.db.councilReview.findFirstOrThrow({ where: { status: 'CLOSED' } });
    const tally = review.tally as {
      base: string;
      nominees: Array<{ unitName: string; memberName: string | null; agree: number; disagree: number; abstain: number; approvalPercent: number; passed: boolean }>;
    };
    expect(tally.base).toBe('VOTED');
    for (const r of tally.nominees) {
      expect(t).toContain(`${r.memberName ?? r.unitName}\n`);
      expect(t).toContain(`\n${r.agree}\n${r.disagree}\n${r.abstain}\n${formatNumber(r.approvalPercent)}%\n${r.passed ? 'Đạt' : 'Không đạt'}`);
    }
    for (const line of [
      'Số: ……/BB-HĐTĐKT',
      'Kim Phượng, ngày 20 tháng 11 năm 2025',
      'ngày 20/11/2025',
      'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
      '1. Chủ trì: Trương Anh Tú, Chủ tịch UBND xã, Chủ tịch Hội đồng.',
      'Thành viên Hội đồng: 05 người; có mặt 04 người, vắng mặt 01 người',
      '+ Ma Văn Thắng, Phó Chủ tịch UBND xã;',
      '- Vắng mặt:\n+ Thành viên Hội đồng 2;',
      'Số thành viên tham gia biểu quyết: 04/05; yêu cầu tối thiểu 66,67% thành viên Hội đồng.',
      'Cách tính: tỷ lệ đồng ý tính trên số thành viên đã biểu quyết; đạt khi tỷ lệ đồng ý từ 70% trở lên.',
      `- Ma Thị Huyền: ${GIAY_KHEN} (75% đồng ý);`,
      '- Tài chính - Kế toán: tỷ lệ đồng ý 25%, chưa đạt 70%;',
    ])
      expect(t).toContain(line);
  });

  it('Quyết định: the recorded number and date, the bases, Điều 1 by form, the signer', async () => {
    const t = await text('ct-ubnd', choice('quyet-dinh'));
    const approved = await bot.core.db.nomination.findMany({ where: { status: 'APPROVED' }, include: { member: true, unit: true } });
    expect(approved.map((n) => n.decisionNumber)).toEqual([DECISION.number, DECISION.number]);
    for (const line of [
      'ỦY BAN NHÂN DÂN\nXÃ KIM PHƯỢNG',
      `Số: ${DECISION.number}`,
      'Kim Phượng, ngày 19 tháng 11 năm 2025',
      'QUYẾT ĐỊNH\n',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ KIM PHƯỢNG',
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
      'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025',
      'Căn cứ kết quả họp xét của Hội đồng Thi đua - Khen thưởng ngày 20/11/2025;',
      'Theo đề nghị của Bộ phận Văn phòng - Thống kê.',
      `1. Tặng ${GIAY_KHEN} cho 01 tập thể và 01 cá nhân:\n- Văn hóa - Xã hội;\n- Ma Thị Huyền, Công chức Tư pháp - Hộ tịch;`,
      'Điều 2.',
      'Điều 3.',
      'Nơi nhận:',
      '- Như Điều 3;',
      'CHỦ TỊCH\n',
      'Trương Anh Tú',
    ])
      expect(t).toContain(line);
    expect(t).not.toContain('Đinh Văn Quang');
    expect(t).not.toContain('Tài chính - Kế toán');
  });

  it('Tờ trình cấp trên: the higher form, to its decider, signed on behalf of the committee', async () => {
    const t = await text('ct-ubnd', choice('to-trinh-cap-tren'));
    for (const line of [
      'Số: ……/TTr-UBND',
      `Về việc đề nghị tặng ${BANG_KHEN}`,
      'Kính gửi: Chủ tịch UBND thành phố.',
      'khen thưởng 01 cá nhân đã có thành tích',
      `Đinh Văn Quang\nCông chức Văn hóa - Xã hội, Văn hóa - Xã hội\n${BANG_KHEN}`,
      'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH',
    ])
      expect(t).toContain(line);
    expect(t).not.toContain('Ma Thị Huyền');
  });

  it('Báo cáo kết quả: results by task area and unit, the standings, the awards, narrative blanks', async () => {
    const t = await text('ct-ubnd', choice('bao-cao-ket-qua'));
    const standings = await bot.core.services.standings.current(bot.campaignId);
    for (const e of standings.entries) expect(t).toContain(`${e.rank}\n${e.unitName}\n${formatNumber(e.score)}\n${e.grade.label}`);
    for (const line of [
      'Sơ kết phong trào thi đua',
      'Cải cách thể chế\n12,5\n',
      'Văn hóa - Xã hội (11)',
      `- ${GIAY_KHEN} (Quyết định số ${DECISION.number} ngày 19/11/2025): tập thể: Văn hóa - Xã hội; cá nhân: Ma Thị Huyền.`,
      '[Văn phòng tự viết: những hạn chế, tồn tại và nguyên nhân…]',
      'IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI',
      'Đơn vị chưa báo cáo kết quả: Bộ phận Tiếp nhận và Trả kết quả, Tài chính - Kế toán, Văn phòng - Thống kê.',
    ])
      expect(t).toContain(line);
  });
});

describe('the state format (NĐ 30/2020/NĐ-CP, Phụ lục I)', () => {
  it.each(['to-trinh', 'bao-cao-thanh-tich', 'bien-ban-hoi-dong', 'quyet-dinh', 'to-trinh-cap-tren', 'bao-cao-ket-qua'] as const)(
    '%s: A4, the margins, Times New Roman, NFC text',
    async (kind) => {
      const c = kind === 'to-trinh' ? choice(kind, await unitIdOf('VHXH')) : kind === 'bao-cao-thanh-tich' ? choice(kind, null, round.person) : choice(kind);
      const doc = await render('vptk-1', c);
      const xml = partOf(doc.bytes, 'word/document.xml');
      // A4 portrait 210 x 297 mm; margins top/bottom 20 mm, left 30 mm, right 15 mm (in twips)
      expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
      const margin = /<w:pgMar ([^/]*)\/>/.exec(xml)![1]!;
      const twips = (side: string) => Number(new RegExp(`w:${side}="(\\d+)"`).exec(margin)![1]);
      expect([twips('top'), twips('bottom'), twips('left'), twips('right')]).toEqual([1134, 1134, 1701, 850]);
      for (const [side, [lo, hi]] of Object.entries({ top: [20, 25], bottom: [20, 25], left: [30, 35], right: [15, 20] })) {
        expect(twips(side) / 56.7).toBeGreaterThanOrEqual(lo! - 0.05);
        expect(twips(side) / 56.7).toBeLessThanOrEqual(hi! + 0.05);
      }
      // every run in Times New Roman; body 14 pt, Quốc hiệu 12 pt, Nơi nhận 12 and 11 pt
      const fonts = [...xml.matchAll(/<w:rFonts w:ascii="([^"]+)"/g)].map((m) => m[1]);
      expect(new Set(fonts)).toEqual(new Set(['Times New Roman']));
      expect(partOf(doc.bytes, 'word/styles.xml')).toMatch(/<w:rFonts w:ascii="Times New Roman"[^>]*\/>\s*<w:sz w:val="28"\/>/);
      expect(xml).toMatch(/<w:b\/><w:bCs\/><w:sz w:val="24"\/><w:szCs w:val="24"\/><\/w:rPr><w:t xml:space="preserve">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
      expect(xml).toMatch(/<w:b\/><w:bCs\/><w:sz w:val="26"\/><w:szCs w:val="26"\/><\/w:rPr><w:t xml:space="preserve">Độc lập - Tự do - Hạnh phúc/);
      const sizes = new Set([...xml.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => Number(m[1]) / 2));
      expect([...sizes].filter((s) => s > 2 && (s < 11 || s > 14))).toEqual([]);
      expect(xml).toBe(xml.normalize('NFC'));
    },
  );
});
