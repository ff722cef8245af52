import { describe, expect, it } from 'vitest';
import { findDeadlines } from '../../../src/plan-reader/draft/deadlines.js';
import { findGradeBands } from '../../../src/plan-reader/draft/grade-bands.js';
import { findInitiatives } from '../../../src/plan-reader/draft/initiatives.js';
import { linesOf } from './support.js';

const due = (text: string) =>
  findDeadlines(linesOf(`KẾ HOẠCH\nThi đua năm 2025\nCăn cứ Quyết định số 12/QĐ-UBND ngày 05/01/2025 của UBND xã;\nI. TIẾN ĐỘ\n${text}`)).deadlines.map((d) => [
    d.due,
    d.kind,
    d.title,
  ]);

describe('deadlines', () => {
  it.each([
    ['3. Thời gian tiếp nhận hồ sơ xét khen thưởng nộp về UBND xã chậm nhất ngày 05/12/2025.', '05/12/2025', 'DOSSIER', 'Thời gian tiếp nhận hồ sơ xét khen thưởng nộp về UBND xã'],
    ['- Các đơn vị tự chấm điểm, gửi về Văn phòng trước ngày 28/11/2025.', '28/11/2025', 'SELF_SCORE', 'Các đơn vị tự chấm điểm, gửi về Văn phòng'],
    ['- Báo cáo kết quả 6 tháng đầu năm, hạn cuối ngày 15 tháng 6 năm 2025.', '15/06/2025', 'PROGRESS_REPORT', 'Báo cáo kết quả 6 tháng đầu năm'],
    ['- Hội đồng Thi đua - Khen thưởng họp bình xét chậm nhất ngày 15.12.2025.', '15/12/2025', 'VOTE', 'Hội đồng Thi đua - Khen thưởng họp bình xét'],
  ])('%s', (text, day, kind, title) => {
    expect(due(text)).toEqual([[day, kind, title]]);
  });

  it.each(['- Thực hiện Quyết định số 407/QĐ-UBND ngày 31/7/2025 của UBND phường.', '- Hồ sơ gửi về phòng Văn hóa - Xã hội.', '- Chậm nhất ngày 31/02/2025 gửi hồ sơ.'])(
    'no deadline in: %s',
    (text) => {
      expect(due(text)).toEqual([]);
    },
  );

  it('reads no deadline from the bases', () => {
    expect(due('')).toEqual([]);
  });
});

describe('grade bands and initiatives', () => {
  it('takes the bands the plan sets, the usual ones as a default otherwise', () => {
    const set = findGradeBands(linesOf('- Xếp loại: Xuất sắc từ 95 điểm trở lên; Tốt từ 85 điểm; Khá từ 70 điểm; Trung bình từ 50 điểm.'));
    expect('from' in set && set.value.map((b) => [b.grade, b.min])).toEqual([
      ['XUAT_SAC', 95],
      ['TOT', 85],
      ['KHA', 70],
      ['TRUNG_BINH', 50],
      ['YEU', 0],
    ]);
    const none = findGradeBands(linesOf('- Đơn vị đạt 95 điểm được khen.'));
    expect(none).toMatchObject({ default: true, proposed: [{ grade: 'XUAT_SAC', min: 90 }, {}, {}, {}, {}] });
  });

  it('keeps what the plan asks of initiatives as it words it', () => {
    const found = findInitiatives(linesOf('II. NỘI DUNG\n- Mỗi phòng, đơn vị có ít nhất 01 sáng kiến về cải cách hành chính.\n- Tăng cường tuyên truyền.'));
    expect(found.map((f) => f.value)).toEqual(['Mỗi phòng, đơn vị có ít nhất 01 sáng kiến về cải cách hành chính']);
  });
});
