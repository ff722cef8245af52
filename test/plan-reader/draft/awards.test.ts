import { describe, expect, it } from 'vitest';
import { findQuotas } from '../../../src/plan-reader/draft/awards.js';
import { findDossier } from '../../../src/plan-reader/draft/dossier.js';
import { findEligibility } from '../../../src/plan-reader/draft/eligibility.js';
import { linesOf } from './support.js';

const quotasOf = (text: string, level: 'xã' | 'phường' = 'xã') =>
  findQuotas(linesOf(text), level).quotas.map((q) => ['from' in q.award ? q.award.value : null, q.nominee, q.max?.value]);

describe('award forms and quotas', () => {
  it("the commune's Giấy khen is decided locally, with the number the section gives", () => {
    expect(
      quotasOf('III. KHEN THƯỞNG\n1. Hình thức và số lượng khen thưởng\n- Hình thức khen thưởng: Giấy khen của Chủ tịch UBND xã\n- Số lượng khen: 01 Tập thể, 03 cá nhân'),
    ).toEqual([
      [{ form: 'GIAY_KHEN_CT_XA', title: 'Giấy khen của Chủ tịch UBND xã', decidedBy: 'local' }, 'COLLECTIVE', 1],
      [{ form: 'GIAY_KHEN_CT_XA', title: 'Giấy khen của Chủ tịch UBND xã', decidedBy: 'local' }, 'INDIVIDUAL', 3],
    ]);
  });

  it("a Bằng khen of the city's Chủ tịch is only proposed, whichever way the sentence runs", () => {
    const found = quotasOf('2. Hình thức khen thưởng\n- UBND phường đề nghị Chủ tịch Ủy ban nhân dân thành phố tặng Bằng khen cho các tập thể, cá nhân tiêu biểu.', 'phường');
    expect(found).toEqual([
      [{ form: 'BANG_KHEN_CT_TP', title: 'Bằng khen của Chủ tịch UBND thành phố', decidedBy: 'higher', decider: 'Chủ tịch UBND thành phố' }, 'COLLECTIVE', undefined],
      [{ form: 'BANG_KHEN_CT_TP', title: 'Bằng khen của Chủ tịch UBND thành phố', decidedBy: 'higher', decider: 'Chủ tịch UBND thành phố' }, 'INDIVIDUAL', undefined],
    ]);
  });

  it('a form for individuals only is for them only', () => {
    expect(quotasOf('2. Hình thức khen thưởng\nTặng Giấy khen của Chủ tịch UBND xã cho 05 cá nhân xuất sắc.').map((q) => [q[1], q[2]])).toEqual([['INDIVIDUAL', 5]]);
  });

  it('names no form and no number the plan does not give', () => {
    const found = findQuotas(linesOf('II. NHIỆM VỤ\n1. Kết quả cải cách hành chính là cơ sở xem xét, đánh giá thi đua, khen thưởng của 12 cơ quan, đơn vị.'), 'xã');
    expect(found.quotas).toEqual([]);
    expect(found.missing.map((m) => m.path)).toEqual(['award_quotas']);
  });
});

describe('eligibility', () => {
  it('reads each nominee\'s conditions, "một trong" as a choice, each checked as its words say', () => {
    const lines = linesOf(`3. Tiêu chuẩn khen thưởng
a) Đối với tập thể: Thực hiện nghiêm kỷ luật, kỷ cương hành chính và đạt một trong các tiêu chuẩn sau:
- Dẫn đầu các phòng, đơn vị trong thực hiện nhiệm vụ cải cách hành chính.
- Có sáng kiến được công nhận.
b) Đối với cá nhân:
- Hoàn thành xuất sắc nhiệm vụ được giao.
- Được xếp loại tốt trở lên.
c) Đơn vị có kết quả đánh giá xếp loại xuất sắc trở lên.`);
    const [collective, individual] = findEligibility(lines, []).eligibility;
    expect(collective).toMatchObject({ nominee: 'COLLECTIVE', where: '3 a)', allOf: [{ title: 'Thực hiện nghiêm kỷ luật, kỷ cương hành chính', check: 'no_violation' }] });
    expect(collective!.anyOf?.items.map((i) => i.check)).toEqual(['leading', 'initiative_recognised']);
    // a person is never judged on the unit's grade
    expect(individual!.allOf.map((i) => i.check)).toEqual(['attested', 'attested']);
  });

  it('the CCHC index is scored by the province: attested, not the unit grade', () => {
    const [collective] = findEligibility(
      linesOf('3. Tiêu chí khen thưởng\na, Đối với tập thể:\n- Chỉ số CCHC hàng năm của cơ quan xếp từ loại tốt trở lên.\n- Kết quả đánh giá được xếp loại tốt trở lên.'),
      [],
    ).eligibility;
    expect(collective!.allOf.map((i) => [i.check, i.grade])).toEqual([
      ['attested', undefined],
      ['grade_at_least', 'TOT'],
    ]);
  });

  it('is missing when the plan sets no conditions', () => {
    expect(findEligibility(linesOf('II. NHIỆM VỤ\n1. Các đơn vị thực hiện tốt nhiệm vụ.'), []).missing.map((m) => m.path)).toEqual(['award_rules']);
  });
});

describe('the dossier', () => {
  it('lists documents a line each, or in one sentence, with copies and per-nominee reports', () => {
    const { dossier } = findDossier(
      linesOf(`4. Hồ sơ đề nghị khen thưởng
- Tờ trình kèm theo danh sách tập thể, cá nhân.
- Báo cáo thành tích của tập thể, cá nhân được đề nghị khen thưởng (02 bản).
Hồ sơ gồm: Biên bản họp Hội đồng Thi đua - Khen thưởng, Bản sao quyết định công nhận sáng kiến.`),
    );
    expect(dossier.map((d) => [d.code, d.title, d.perNominee, d.copies])).toEqual([
      ['TO_TRINH', 'Tờ trình kèm theo danh sách tập thể, cá nhân', false, undefined],
      ['BAO_CAO_THANH_TICH', 'Báo cáo thành tích của tập thể, cá nhân được đề nghị khen thưởng', true, 2],
      ['BIEN_BAN', 'Biên bản họp Hội đồng Thi đua - Khen thưởng', false, undefined],
      ['KHAC', 'Bản sao quyết định công nhận sáng kiến', false, undefined],
    ]);
  });

  it('is missing outside a dossier part', () => {
    expect(findDossier(linesOf('III. TỔ CHỨC THỰC HIỆN\n- Tờ trình gửi UBND xã.')).dossier).toEqual([]);
  });
});
