import { describe, expect, it } from 'vitest';
import { findHeader } from '../../../src/plan-reader/draft/header.js';
import { findPeriod, periodIn } from '../../../src/plan-reader/draft/period.js';
import { linesOf } from './support.js';

describe('the period of a plan', () => {
  it.each([
    ['Phong trào thi đua năm 2026', { from: '01/01/2026', to: '31/12/2026' }],
    ['Thi đua 6 tháng cuối năm 2025', { from: '01/07/2025', to: '31/12/2025' }],
    ['Thi đua 6 tháng đầu năm 2026', { from: '01/01/2026', to: '30/06/2026' }],
    ['Đợt thi đua quý III năm 2025', { from: '01/07/2025', to: '30/09/2025' }],
    ['Thi đua giai đoạn 2026 - 2030', { from: '01/01/2026', to: '31/12/2030' }],
    ['Thi đua từ ngày 15/3/2026 đến ngày 30/9/2026', { from: '15/03/2026', to: '30/09/2026' }],
    ['Thi đua từ ngày 01 tháng 4 năm 2026 đến hết ngày 31 tháng 10 năm 2026', { from: '01/04/2026', to: '31/10/2026' }],
  ])('%s', (text, period) => {
    expect(periodIn(text)?.period).toEqual(period);
  });

  it('reads the trích yếu, not the year the plan was signed in', () => {
    const lines = linesOf('Số: /KH-UBND\nAn Lạc, ngày 20 tháng 12 năm 2025\nKẾ HOẠCH\nThi đua cải cách hành chính năm 2026\nI. MỤC ĐÍCH');
    const { period } = findPeriod(lines, findHeader(lines));
    expect(period?.value).toEqual({ from: '01/01/2026', to: '31/12/2026' });
    expect(period?.from.quote).toBe('Thi đua cải cách hành chính năm 2026');
  });

  it('says the period is missing when only the signing date has a year', () => {
    const lines = linesOf('An Lạc, ngày 20 tháng 12 năm 2025\nKẾ HOẠCH\nThi đua cải cách hành chính\nI. MỤC ĐÍCH');
    const found = findPeriod(lines, findHeader(lines));
    expect(found.period).toBeUndefined();
    expect(found.missing.map((m) => m.path)).toEqual(['campaign.period']);
  });
});
