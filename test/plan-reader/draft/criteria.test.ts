import { describe, expect, it } from 'vitest';
import { findCriteria } from '../../../src/plan-reader/draft/criteria.js';
import { findTaskAreas } from '../../../src/plan-reader/draft/task-areas.js';
import { linesOf } from './support.js';

const criteriaIn = (items: string) => findCriteria(linesOf(`II. TIÊU CHÍ THI ĐUA\n${items}`));
const targets = (items: string) => criteriaIn(items).criteria.map((c) => [c.title, c.target.value, c.target.direction, c.target.unitOfMeasure]);

describe('targets in the criteria part', () => {
  it.each([
    ['1. 100% thủ tục hành chính được công bố, công khai đúng quy định.', 'Tỷ lệ thủ tục hành chính được công bố, công khai đúng quy định', 100, 'HIGHER_IS_BETTER', '%'],
    ['1. Tối thiểu 80% hồ sơ được tiếp nhận trực tuyến.', 'Tỷ lệ hồ sơ được tiếp nhận trực tuyến', 80, 'HIGHER_IS_BETTER', '%'],
    ['1. Tỷ lệ giao dịch thanh toán trực tuyến đạt từ 60% trở lên.', 'Tỷ lệ giao dịch thanh toán trực tuyến', 60, 'HIGHER_IS_BETTER', '%'],
    ['1. Mức độ hài lòng của người dân đạt trên 95%.', 'Mức độ hài lòng của người dân', 95, 'HIGHER_IS_BETTER', '%'],
    ['1. Phấn đấu 98,5% hồ sơ giải quyết đúng hạn, nâng cao tỷ lệ trước hạn.', 'Tỷ lệ hồ sơ giải quyết đúng hạn', 98.5, 'HIGHER_IS_BETTER', '%'],
    ['1. Tỷ lệ hồ sơ trễ hạn không quá 2%.', 'Tỷ lệ hồ sơ trễ hạn', 2, 'LOWER_IS_BETTER', '%'],
    ['1. Số vụ khiếu nại vượt cấp không quá 3 vụ.', 'Số vụ khiếu nại vượt cấp', 3, 'LOWER_IS_BETTER', 'vụ'],
    ['1. Mỗi đơn vị có tối thiểu 02 tin bài tuyên truyền về cải cách hành chính.', 'Số tin bài tuyên truyền về cải cách hành chính', 2, 'HIGHER_IS_BETTER', 'tin bài'],
  ])('%s', (text, title, value, direction, unit) => {
    expect(targets(text)).toEqual([[title, value, direction, unit]]);
  });

  it('reads two targets of one sentence, each with its own words', () => {
    expect(targets('1. 100% thủ tục hành chính được công khai; trong đó tối thiểu 80% hồ sơ được luân chuyển điện tử.')).toEqual([
      ['Tỷ lệ thủ tục hành chính được công khai', 100, 'HIGHER_IS_BETTER', '%'],
      ['Tỷ lệ hồ sơ được luân chuyển điện tử', 80, 'HIGHER_IS_BETTER', '%'],
    ]);
  });

  it('takes "Hoàn thành …" in the criteria part as the whole of the job', () => {
    expect(targets('1.4. Hoàn thành số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực.')).toEqual([
      ['Tỷ lệ hoàn thành số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực', 100, 'HIGHER_IS_BETTER', '%'],
    ]);
  });

  it.each([
    '1. Thực hiện tốt 08 nhiệm vụ trọng tâm của Kế hoạch số 14/KH-UBND ngày 14/01/2026.',
    '1. Đẩy mạnh ứng dụng công nghệ thông tin trong chỉ đạo, điều hành.',
    '1. Tặng Giấy khen cho 01 tập thể, 02 cá nhân.',
  ])('sets no target from: %s', (text) => {
    expect(criteriaIn(text).criteria).toEqual([]);
  });

  it('keeps a numbered criterion without a number for the officer, without a target', () => {
    expect(criteriaIn('1.6. Góp phần xây dựng chính quyền số, vận hành thông suốt hệ thống một cửa điện tử.').unquantified.map((u) => u.location)).toEqual(['đoạn 2']);
  });

  it('reads no target outside the parts that set them', () => {
    const lines = linesOf('I. MỤC ĐÍCH, YÊU CẦU\n1. Phấn đấu 100% cán bộ, công chức hưởng ứng phong trào.\nIII. TIÊU CHUẨN KHEN THƯỞNG\n- Đơn vị có 100% hồ sơ đúng hạn.');
    expect(findCriteria(lines).criteria).toEqual([]);
  });
});

describe('task areas', () => {
  it('are the short items a content part lists; sub-items and long paragraphs are not', () => {
    const { areas } = findTaskAreas(
      linesOf(`II. NỘI DUNG THI ĐUA
Thực hiện tốt 08 nhiệm vụ trọng tâm, cụ thể như sau:
- Cải cách thể chế
- Cải cách TTHC và thực hiện cơ chế một cửa, một cửa liên thông
+ Cải cách TTHC
- Xây dựng và phát triển chính quyền điện tử, chính quyền số.
2.1. Thi đua thực hiện đổi mới trong công tác tuyên truyền chủ trương của Đảng, chính sách, pháp luật của Nhà nước về cải cách hành chính.
III. TỔ CHỨC THỰC HIỆN
- Phòng Văn hóa - Xã hội theo dõi`),
    );
    expect(areas.map((a) => a.value)).toEqual([
      'Cải cách thể chế',
      'Cải cách TTHC và thực hiện cơ chế một cửa, một cửa liên thông',
      'Xây dựng và phát triển chính quyền điện tử, chính quyền số',
    ]);
  });
});
