import { describe, expect, it } from 'vitest';
import { findLeadOffice, findUnits, officesIn, unitKey } from '../../../src/plan-reader/draft/offices.js';
import { linesOf } from './support.js';

describe('office names in a sentence', () => {
  it.each([
    ['Giao phòng Văn hóa - Xã hội xã chủ trì, phối hợp với các đơn vị', ['Phòng Văn hóa - Xã hội']],
    ['Phối hợp với Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã tổng hợp kết quả', ['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã']],
    ['Bộ phận Văn phòng - thống kê xã có trách nhiệm theo dõi', ['Bộ phận Văn phòng - thống kê']],
    ['Phòng Kinh tế, Hạ tầng và Đô thị tham mưu thực hiện', ['Phòng Kinh tế, Hạ tầng và Đô thị']],
    ['- TT Phục vụ hành chính công phường;', ['Trung tâm Phục vụ hành chính công']],
  ])('%s', (text, names) => {
    expect(officesIn(text).map((o) => o.name)).toEqual(names);
  });

  it.each([
    'Các phòng, đơn vị thuộc phường triển khai thực hiện.',
    'Các phòng chuyên môn, đơn vị thuộc phường.',
    '- TT Đảng ủy, HĐND phường;',
    'Báo cáo Phòng Nội vụ huyện theo quy định.',
  ])('no office in: %s', (text) => {
    expect(officesIn(text)).toEqual([]);
  });

  it('compares two spellings of one office as equal', () => {
    expect(unitKey('Văn phòng HĐND và UBND xã')).toBe(unitKey('Văn phòng Hội đồng nhân dân và Ủy ban nhân dân'));
    expect(unitKey('Bộ phận Văn hóa - xã hội')).toBe(unitKey('Văn hóa - Xã hội'));
  });
});

const ORGANISATION = `
III. TỔ CHỨC THỰC HIỆN
1. Phòng Văn hóa - Xã hội
- Tăng cường tuyên truyền phong trào.
2. Văn phòng HĐND và UBND phường
- Tham mưu UBND phường tổ chức triển khai; theo dõi, đôn đốc các phòng, đơn vị thực hiện Kế hoạch này.
3. Phối hợp với Trung tâm Phục vụ hành chính công tổng hợp số liệu.
Nơi nhận:
- Phòng Nội vụ;
- TT Sự nghiệp công phường;
- Công an phường;
`;

describe('the lead office and the units', () => {
  it('is the office the plan makes "tham mưu, theo dõi, đôn đốc", also under a heading naming it', () => {
    const { lead } = findLeadOffice(linesOf(ORGANISATION));
    expect(lead?.value).toBe('Văn phòng HĐND và UBND phường');
  });

  it('is missing when no office is given the follow-up', () => {
    const found = findLeadOffice(linesOf('III. TỔ CHỨC THỰC HIỆN\n1. Phòng Kinh tế tăng cường tuyên truyền.'));
    expect(found.lead).toBeUndefined();
    expect(found.missing.map((m) => m.path)).toEqual(['campaign.lead_office']);
  });

  it("lists the commune's offices the plan names, and in Nơi nhận only those of the commune", () => {
    const { units } = findUnits(linesOf(ORGANISATION));
    expect(units.map((u) => u.value)).toEqual(['Phòng Văn hóa - Xã hội', 'Văn phòng HĐND và UBND phường', 'Trung tâm Phục vụ hành chính công', 'Trung tâm Sự nghiệp công']);
  });
});
