import { describe, expect, it } from 'vitest';
import { baoCaoKetQuaFields } from '../../../src/services/documents/build/bao-cao-ket-qua.js';
import { baoCaoThanhTichFields, type BaoCaoThanhTichInput } from '../../../src/services/documents/build/bao-cao-thanh-tich.js';
import { bienBanFields } from '../../../src/services/documents/build/bien-ban.js';
import { quyetDinhFields } from '../../../src/services/documents/build/quyet-dinh.js';
import { toTrinhCapTrenFields } from '../../../src/services/documents/build/to-trinh-cap-tren.js';
import type { ReviewFacts } from '../../../src/services/documents/facts.js';
import { TemplateStore, type TemplateFields, type TemplateName } from '../../../src/services/documents/render.js';
import { campaign, day, nominee, NOW, person } from './fixtures.js';
import { documentText } from './round.js';

// The sentences live in the shipped templates; the builders give values and flags. Each branch of
// a template's wording, filled from the builders' data, read back from the rendered .docx.

const templates = new TemplateStore(null);
const render = (name: TemplateName, fields: TemplateFields) => documentText(templates.render(name, campaign.organizationCode, fields));

const results: BaoCaoThanhTichInput['results'] = { areas: [], score: 81, grade: 'Khá', rank: 2, ranked: 4, provisional: true };

describe('the templates word the data', () => {
  it('Báo cáo thành tích: violations listed, or the clean record in the words of a collective or a person; initiatives; provisional totals', () => {
    const withViolation = render(
      'bao-cao-thanh-tich-ca-nhan',
      baoCaoThanhTichFields({
        campaign,
        nominee: person,
        head: null,
        results,
        now: NOW,
        initiatives: [
          { title: 'Số hóa hồ sơ', recognisedBy: null, decisionNumber: '12/QĐ-UBND', decisionDate: null },
          { title: 'Một cửa số', recognisedBy: 'Chủ tịch UBND phường', decisionNumber: null, decisionDate: null },
        ],
        violations: [
          { reason: 'Đi muộn', occurredOn: day(3, 10, 2025) },
          { reason: 'Trễ hạn hồ sơ', occurredOn: day(5, 11, 2025) },
        ],
      }),
    );
    for (const line of [
      'Có 2 vi phạm kỷ luật, kỷ cương hành chính được ghi nhận:\n- Đi muộn (ngày 03/10/2025);\n- Trễ hạn hồ sơ (ngày 05/11/2025);',
      '- Số hóa hồ sơ (được công nhận theo Quyết định số 12/QĐ-UBND);',
      '- Một cửa số (được công nhận theo quyết định của Chủ tịch UBND phường);',
      'Tổng điểm: 81/100 điểm; xếp loại: Khá; xếp thứ 2/4 đơn vị (tạm tính: còn tiêu chí chưa được thẩm định).',
      'Kết quả của Phòng Văn hóa - Xã hội, nơi cá nhân công tác, trong phong trào (số liệu đến ngày 20/11/2025):',
      '(Thành tích trong phong trào thi đua trong công tác Cải cách hành chính 6 tháng cuối năm 2025)',
      'UBND PHƯỜNG AN HẢI\nPHÒNG VĂN HÓA - XÃ HỘI\n',
    ])
      expect(withViolation).toContain(line);
    expect(withViolation).not.toContain('không vi phạm');
    expect(withViolation).not.toContain('chưa có sáng kiến');

    const clean = render(
      'bao-cao-thanh-tich-tap-the',
      baoCaoThanhTichFields({ campaign, nominee: nominee({}), head: null, results: { ...results, provisional: false }, now: NOW, initiatives: [], violations: [] }),
    );
    for (const line of [
      'Trong thời gian phong trào, đơn vị không có cán bộ, công chức vi phạm kỷ luật, kỷ cương hành chính.',
      'Trong phong trào chưa có sáng kiến được cấp có thẩm quyền công nhận.',
      'xếp thứ 2/4 đơn vị.',
      'Kết quả do đơn vị báo cáo, tự chấm và được thẩm định trong phong trào (số liệu đến ngày 20/11/2025):',
      'THỦ TRƯỞNG ĐƠN VỊ\n',
    ])
      expect(clean).toContain(line);
    expect(clean).not.toContain('được ghi nhận');
    expect(clean).not.toContain('tạm tính');
    const person_ = render('bao-cao-thanh-tich-ca-nhan', baoCaoThanhTichFields({ campaign, nominee: person, head: null, results, now: NOW, initiatives: [], violations: [] }));
    expect(person_).toContain('Trong thời gian phong trào, không vi phạm kỷ luật, kỷ cương hành chính.');
  });

  it('Biên bản: each counting rule in words, attendance taken from the votes, why each failure failed', () => {
    const review: ReviewFacts = {
      closedAt: day(15, 12, 2025),
      base: 'ALL_MEMBERS',
      councilSize: 7,
      voters: 6,
      quorumPercent: 66.67,
      thresholdPercent: 70,
      present: [{ fullName: 'Nguyễn Văn A', jobTitle: null }],
      absent: [{ fullName: 'Lê Thị B', jobTitle: 'Ủy viên' }],
      presentFromVotes: false,
      results: [
        { name: 'Phòng Văn hóa - Xã hội', kind: 'COLLECTIVE', awardTitle: 'Giấy khen', agree: 4, disagree: 2, abstain: 0, approvalPercent: 57.14, quorumMet: true, passed: false },
        { name: 'Trần Thị Mai', kind: 'INDIVIDUAL', awardTitle: 'Giấy khen', agree: 1, disagree: 0, abstain: 0, approvalPercent: 14.29, quorumMet: false, passed: false },
      ],
    };
    const all = render('bien-ban-hoi-dong', bienBanFields({ campaign, review, now: NOW }));
    for (const line of [
      'Cách tính: tỷ lệ đồng ý tính trên tổng số thành viên Hội đồng (thành viên vắng mặt cho ý kiến bằng văn bản); đạt khi tỷ lệ đồng ý từ 70% trở lên.',
      '1. Chủ trì: Lê Văn Bình, Chủ tịch UBND phường, Chủ tịch Hội đồng.',
      'Hội đồng Thi đua - Khen thưởng phường An Hải họp xét',
      'có mặt 01 người, vắng mặt 01 người.',
      '- Có mặt:\n+ Nguyễn Văn A;\n- Vắng mặt:\n+ Lê Thị B, Ủy viên;',
      '\n4\n2\n0\n57,14%\nKhông đạt',
      '- Không có trường hợp nào đạt.',
      'Không đề nghị khen thưởng 02 trường hợp:\n',
      '- Phòng Văn hóa - Xã hội: tỷ lệ đồng ý 57,14%, chưa đạt 70%;',
      '- Trần Thị Mai: không đủ số thành viên biểu quyết theo quy chế;',
    ])
      expect(all).toContain(line);

    const passed = { ...review.results[0]!, approvalPercent: 80, passed: true };
    const present = render(
      'bien-ban-hoi-dong',
      bienBanFields({ campaign, review: { ...review, base: 'PRESENT', presentFromVotes: true, absent: [], results: [passed] }, now: NOW }),
    );
    for (const line of [
      'tỷ lệ đồng ý tính trên số thành viên có mặt tại cuộc họp;',
      'vắng mặt 00 người (theo số thành viên đã biểu quyết).',
      '- Vắng mặt: không.',
      '\n80%\nĐạt',
      '- Phòng Văn hóa - Xã hội: Giấy khen (80% đồng ý);',
      'Không đề nghị khen thưởng 00 trường hợp: không.',
    ])
      expect(present).toContain(line);
    expect(present).not.toContain('Không có trường hợp nào đạt');
    const voted = render('bien-ban-hoi-dong', bienBanFields({ campaign, review: { ...review, base: 'VOTED' }, now: NOW }));
    expect(voted).toContain('Cách tính: tỷ lệ đồng ý tính trên số thành viên đã biểu quyết; đạt khi');
  });

  it('Quyết định: the laws of the template, the campaign basis, the meeting when there was one; a deputy signs KT. CHỦ TỊCH', () => {
    const draft = render('quyet-dinh', quyetDinhFields({ campaign, nominees: [person], reviewClosedAt: null, now: NOW }));
    for (const line of [
      'Số: ……/QĐ-UBND',
      'ỦY BAN NHÂN DÂN\nPHƯỜNG AN HẢI\n',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG AN HẢI',
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\nCăn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\nCăn cứ Nghị định số 152/2025/NĐ-CP',
      'Căn cứ Kế hoạch số 12/KH-UBND ngày 01/8/2025 của UBND phường An Hải;\nTheo đề nghị của Phòng Văn hóa - Xã hội.',
      '1. Tặng Giấy khen của Chủ tịch UBND phường cho 01 cá nhân:\n- Trần Thị Mai, Chuyên viên, Phòng Văn hóa - Xã hội;',
      'Phòng Văn hóa - Xã hội, Thủ trưởng các đơn vị có liên quan và các tập thể, cá nhân có tên tại Điều 1',
      '\nCHỦ TỊCH\n',
    ])
      expect(draft).toContain(line);
    expect(draft).not.toContain('họp xét');
    expect(draft).not.toContain('KT. CHỦ TỊCH');
    const decided = { decisionNumber: '07/QĐ-UBND', decisionDate: day(2, 2, 2026), decisionSigner: 'Ma Văn Thắng – Phó Chủ tịch UBND phường' };
    const signed = render('quyet-dinh', quyetDinhFields({ campaign, nominees: [nominee(decided)], reviewClosedAt: day(20, 1, 2026), now: NOW }));
    for (const line of [
      'Số: 07/QĐ-UBND',
      'An Hải, ngày 02 tháng 02 năm 2026',
      'Căn cứ kết quả họp xét của Hội đồng Thi đua - Khen thưởng ngày 20/01/2026;',
      'cho 01 tập thể:\n- Phòng Văn hóa - Xã hội;',
      'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n',
      'Ma Văn Thắng',
    ])
      expect(signed).toContain(line);
  });

  it('Tờ trình cấp trên: to the decider or, when no quota names one, to "cấp có thẩm quyền"; the last «Căn cứ» ends with a comma', () => {
    const higher = { ...person, decidedBy: 'HIGHER' as const, awardTitle: 'Bằng khen của Chủ tịch UBND thành phố' };
    const named = render(
      'to-trinh-cap-tren',
      toTrinhCapTrenFields({ campaign, nominees: [{ ...higher, decider: 'Chủ tịch UBND thành phố' }], reviewClosedAt: day(15, 12, 2025), now: NOW }),
    );
    for (const line of [
      'Kính gửi: Chủ tịch UBND thành phố.',
      'Về việc đề nghị tặng Bằng khen của Chủ tịch UBND thành phố',
      'Căn cứ Kế hoạch số 12/KH-UBND ngày 01/8/2025 của UBND phường An Hải;\nCăn cứ kết quả họp xét của Hội đồng Thi đua - Khen thưởng ngày 15/12/2025,',
      'Ủy ban nhân dân phường An Hải kính trình Chủ tịch UBND thành phố xem xét, khen thưởng 01 cá nhân đã có thành tích trong phong trào thi đua',
      '1\nTrần Thị Mai\nChuyên viên, Phòng Văn hóa - Xã hội\nBằng khen',
      'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n',
      'Lê Văn Bình',
    ])
      expect(named).toContain(line);
    const unnamed = render(
      'to-trinh-cap-tren',
      toTrinhCapTrenFields({ campaign, nominees: [{ ...higher, decider: null }, { ...nominee({ decidedBy: 'HIGHER', decider: null }) }], reviewClosedAt: null, now: NOW }),
    );
    for (const line of [
      'Kính gửi: cấp có thẩm quyền.',
      'của UBND phường An Hải,\n',
      'kính trình cấp có thẩm quyền xem xét, khen thưởng 01 tập thể và 01 cá nhân',
      '2\nPhòng Văn hóa - Xã hội\nTập thể\n',
    ])
      expect(unnamed).toContain(line);
    expect(unnamed).not.toContain('họp xét');
  });

  it('Báo cáo kết quả: tổng kết or sơ kết, appraised or provisional standings, the awards decided and proposed', () => {
    const base = { units: 5, areas: [], standings: [{ rank: 1, unitName: 'Văn phòng', score: 92.5, grade: 'Xuất sắc' }], now: NOW };
    const closed = render(
      'bao-cao-ket-qua',
      baoCaoKetQuaFields({
        ...base,
        campaign: { ...campaign, closed: true },
        unreported: [],
        provisional: false,
        awards: {
          decided: [
            {
              awardTitle: 'Giấy khen',
              decisions: [
                { number: '07/QĐ-UBND', date: day(2, 2, 2026) },
                { number: '09/QĐ-UBND', date: day(9, 2, 2026) },
              ],
              groups: [
                { kind: 'COLLECTIVE', names: ['Văn phòng'] },
                { kind: 'INDIVIDUAL', names: ['Nguyễn Văn A', 'Lê Thị B'] },
              ],
            },
          ],
          proposed: [{ awardTitle: 'Bằng khen', decider: null, names: ['Trần Thị Mai'] }],
        },
      }),
    );
    for (const line of [
      'Tổng kết phong trào thi đua trong công tác Cải cách hành chính 6 tháng cuối năm 2025',
      'UBND phường An Hải phát động phong trào thi đua trong công tác Cải cách hành chính 6 tháng cuối năm 2025 từ ngày 01/08/2025 đến ngày 31/12/2025; Phòng Văn hóa - Xã hội theo dõi, tổng hợp kết quả. Có 5 đơn vị tham gia, 1 đơn vị đã báo cáo kết quả.',
      '(thang 100 điểm, theo điểm thẩm định, số liệu đến ngày 20/11/2025):',
      '- Giấy khen (Quyết định số 07/QĐ-UBND ngày 02/02/2026; Quyết định số 09/QĐ-UBND ngày 09/02/2026): tập thể: Văn phòng; cá nhân: Nguyễn Văn A, Lê Thị B.',
      '- Đã trình cấp trên đề nghị tặng Bằng khen: Trần Thị Mai.',
      'Trên đây là báo cáo tổng kết phong trào',
      'của Ủy ban nhân dân phường An Hải./.',
    ])
      expect(closed).toContain(line);
    for (const absent of ['Chưa có quyết định khen thưởng', 'Đơn vị chưa báo cáo', 'tạm tính', 'sơ kết', 'Sơ kết']) expect(closed).not.toContain(absent);

    const running = render(
      'bao-cao-ket-qua',
      baoCaoKetQuaFields({
        ...base,
        campaign,
        unreported: ['Tài chính - Kế toán', 'Văn phòng - Thống kê'],
        provisional: true,
        awards: { decided: [], proposed: [{ awardTitle: 'Bằng khen', decider: 'Chủ tịch UBND thành phố', names: ['Trần Thị Mai', 'Phòng Văn hóa - Xã hội'] }] },
      }),
    );
    for (const line of [
      'Sơ kết phong trào thi đua',
      '(thang 100 điểm; tạm tính, còn tiêu chí chưa được thẩm định, số liệu đến ngày 20/11/2025):',
      'Đơn vị chưa báo cáo kết quả: Tài chính - Kế toán, Văn phòng - Thống kê.',
      'Chưa có quyết định khen thưởng trong phong trào.\n- Đã trình Chủ tịch UBND thành phố đề nghị tặng Bằng khen: Trần Thị Mai, Phòng Văn hóa - Xã hội.',
      'Trên đây là báo cáo sơ kết phong trào',
    ])
      expect(running).toContain(line);
  });
});
