import { describe, expect, it } from 'vitest';
import { draftCampaign } from '../../../src/plan-reader/draft/index.js';
import { plan } from './support.js';

// A plan of another commune, laid out as Nghị định 30/2020 asks, with what the five real plans leave
// out: a header in capitals, a number and full date, several bases, targets of every kind, awards of
// two levels, a dossier in one sentence and two deadlines in one sentence.
const TAN_LAP = `ỦY BAN NHÂN DÂN
XÃ TÂN LẬP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 45/KH-UBND
Tân Lập, ngày 10 tháng 3 năm 2026
KẾ HOẠCH
Phát động phong trào thi đua đẩy mạnh cải cách hành chính năm 2026
Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;
Căn cứ Kế hoạch số 20/KH-UBND ngày 15/01/2026 của UBND xã về cải cách hành chính năm 2026;
Ủy ban nhân dân xã Tân Lập ban hành Kế hoạch phát động phong trào thi đua như sau:
I. MỤC ĐÍCH, YÊU CẦU
Tạo khí thế thi đua sôi nổi, phấn đấu 100% cán bộ, công chức hưởng ứng.
II. ĐỐI TƯỢNG, NỘI DUNG VÀ CHỈ TIÊU THI ĐUA
1. Đối tượng thi đua
Các phòng chuyên môn, Trung tâm Phục vụ hành chính công xã và cán bộ, công chức, người lao động.
2. Chỉ tiêu thi đua
a) 100% thủ tục hành chính được công khai trên Cổng Dịch vụ công quốc gia.
b) Tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 98% trở lên; tỷ lệ hồ sơ trễ hạn không quá 2%.
c) Mỗi phòng, đơn vị có ít nhất 01 sáng kiến về cải cách hành chính được công nhận.
III. KHEN THƯỞNG
1. Hình thức khen thưởng
- Tặng Giấy khen của Chủ tịch UBND xã cho 02 tập thể và 05 cá nhân tiêu biểu.
- Lựa chọn 01 tập thể xuất sắc nhất đề nghị Chủ tịch UBND tỉnh tặng Bằng khen.
2. Hồ sơ đề nghị khen thưởng
Hồ sơ gồm: Tờ trình của đơn vị, Biên bản họp xét, Báo cáo thành tích của tập thể, cá nhân được đề nghị (03 bản).
IV. TỔ CHỨC THỰC HIỆN
1. Văn phòng HĐND và UBND xã là cơ quan thường trực, tham mưu UBND xã theo dõi, đôn đốc việc thực hiện Kế hoạch.
2. Phòng Kinh tế phối hợp thực hiện các chỉ tiêu liên quan.
3. Các phòng, đơn vị tự chấm điểm, gửi về Văn phòng HĐND và UBND xã trước ngày 25/11/2026; hồ sơ đề nghị khen thưởng nộp chậm nhất ngày 05/12/2026.
Nơi nhận:
- Phòng Nội vụ huyện;
- TT Đảng ủy, HĐND xã;
- Lưu: VT.`;

describe("a draft of another commune's plan", () => {
  const draft = draftCampaign(plan(TAN_LAP));

  it('reads the header, bases, period and offices', () => {
    expect([draft.planNumber?.value, draft.issuedOn?.value, draft.issuingBody?.value, draft.title?.value]).toEqual([
      '45/KH-UBND',
      '10/03/2026',
      { level: 'xã', place: 'Tân Lập' },
      'Phát động phong trào thi đua đẩy mạnh cải cách hành chính năm 2026',
    ]);
    expect(draft.legalBases.map((b) => b.from.location)).toEqual(['đoạn 9', 'đoạn 10']);
    expect(draft.period?.value).toEqual({ from: '01/01/2026', to: '31/12/2026' });
    expect(draft.leadOffice?.value).toBe('Văn phòng HĐND và UBND xã');
    expect(draft.units.map((u) => u.value)).toEqual(['Trung tâm Phục vụ hành chính công', 'Văn phòng HĐND và UBND xã', 'Phòng Kinh tế']);
  });

  it('reads targets, awards of two levels, the dossier and both deadlines, each with its sentence', () => {
    expect(draft.criteria.map((c) => [c.target.value, c.target.direction])).toEqual([
      [100, 'HIGHER_IS_BETTER'],
      [98, 'HIGHER_IS_BETTER'],
      [2, 'LOWER_IS_BETTER'],
      [1, 'HIGHER_IS_BETTER'],
    ]);
    expect(draft.quotas.map((q) => ['from' in q.award ? q.award.value.form : null, q.nominee, q.max?.value])).toEqual([
      ['GIAY_KHEN_CT_XA', 'COLLECTIVE', 2],
      ['GIAY_KHEN_CT_XA', 'INDIVIDUAL', 5],
      ['BANG_KHEN_CT_TINH', 'COLLECTIVE', 1],
    ]);
    expect(draft.dossier.map((d) => [d.code, d.copies])).toEqual([
      ['TO_TRINH', undefined],
      ['BIEN_BAN', undefined],
      ['BAO_CAO_THANH_TICH', 3],
    ]);
    expect(draft.deadlines.map((d) => [d.due, d.kind])).toEqual([
      ['25/11/2026', 'SELF_SCORE'],
      ['05/12/2026', 'DOSSIER'],
    ]);
    expect(draft.deadlines[1]!.from).toEqual({ quote: 'hồ sơ đề nghị khen thưởng nộp chậm nhất ngày 05/12/2026', location: 'đoạn 30' });
  });

  it('lists as missing only what the plan leaves out', () => {
    expect(draft.missing.map((m) => m.path)).toEqual(['award_rules']);
    expect(draft.gradeBands).toMatchObject({ default: true });
  });
});
