import { describe, expect, it } from 'vitest';
import { MAX_HOLIDAY_YEAR, MIN_HOLIDAY_YEAR, vietnamesePublicHolidays } from '../../src/domain/holidays.js';

// Lunar dates: Tết 2025 = 29/01/2025, Tết 2026 = 17/02/2026, 10/3 = 07/04/2025 and 26/04/2026
// (../shared/notes/libraries.md); the eve is the day before Tết since tháng Chạp of both 2024
// and 2025 has 29 days (test/domain/lunar.test.ts). The Tết span and 01/9 are our defaults.

describe('vietnamesePublicHolidays', () => {
  it('lists the eleven days of 2025 in date order', () => {
    expect(vietnamesePublicHolidays(2025)).toEqual([
      { date: '01/01/2025', name: 'Tết Dương lịch' },
      { date: '28/01/2025', name: 'Tết Âm lịch (ngày cuối năm)' },
      { date: '29/01/2025', name: 'Tết Âm lịch (mùng 1)' },
      { date: '30/01/2025', name: 'Tết Âm lịch (mùng 2)' },
      { date: '31/01/2025', name: 'Tết Âm lịch (mùng 3)' },
      { date: '01/02/2025', name: 'Tết Âm lịch (mùng 4)' },
      { date: '07/04/2025', name: 'Giỗ Tổ Hùng Vương' },
      { date: '30/04/2025', name: 'Ngày Chiến thắng' },
      { date: '01/05/2025', name: 'Ngày Quốc tế Lao động' },
      { date: '01/09/2025', name: 'Quốc khánh (ngày liền kề)' },
      { date: '02/09/2025', name: 'Quốc khánh' },
    ]);
  });

  it('moves Tết and Giỗ Tổ with the lunar calendar: 2026', () => {
    expect(vietnamesePublicHolidays(2026).map((h) => h.date)).toEqual([
      '01/01/2026',
      '16/02/2026',
      '17/02/2026',
      '18/02/2026',
      '19/02/2026',
      '20/02/2026',
      '26/04/2026',
      '30/04/2026',
      '01/05/2026',
      '01/09/2026',
      '02/09/2026',
    ]);
  });

  it('takes the Vietnamese Tết where it differs from the Chinese New Year', () => {
    // 1985: Tết 21/01 in Vietnam (20/02 in China), so the eve is 20/01.
    const tet1985 = vietnamesePublicHolidays(1985)
      .filter((h) => h.name.startsWith('Tết Âm lịch'))
      .map((h) => h.date);
    expect(tet1985).toEqual(['20/01/1985', '21/01/1985', '22/01/1985', '23/01/1985', '24/01/1985']);
    // 2030: Tết 02/02 in Vietnam (03/02 in China).
    const tet2030 = vietnamesePublicHolidays(2030).find((h) => h.name === 'Tết Âm lịch (mùng 1)');
    expect(tet2030?.date).toBe('02/02/2030');
  });

  it('puts Giỗ Tổ on the ordinary 3rd month when the year repeats it (2031)', () => {
    // 2031 has a leap 3rd month: 10/3 = 01/04/2031, 10/3 nhuận = 30/04/2031 (@dqcai/vn-lunar).
    const hung = vietnamesePublicHolidays(2031).filter((h) => h.name === 'Giỗ Tổ Hùng Vương');
    expect(hung).toEqual([{ date: '01/04/2031', name: 'Giỗ Tổ Hùng Vương' }]);
  });

  it('keeps the eve when tháng Chạp has 30 days (2024: 30/12 Quý Mão = 09/02/2024)', () => {
    const tet = vietnamesePublicHolidays(2024)
      .filter((h) => h.name.startsWith('Tết Âm lịch'))
      .map((h) => h.date);
    expect(tet).toEqual(['09/02/2024', '10/02/2024', '11/02/2024', '12/02/2024', '13/02/2024']);
  });

  it('refuses years it cannot compute', () => {
    expect(MIN_HOLIDAY_YEAR).toBe(1900);
    expect(MAX_HOLIDAY_YEAR).toBe(2199);
    expect(() => vietnamesePublicHolidays(1899)).toThrow(RangeError);
    expect(() => vietnamesePublicHolidays(2200)).toThrow(RangeError);
    expect(() => vietnamesePublicHolidays(2025.5)).toThrow(RangeError);
    expect(vietnamesePublicHolidays(2199)).toHaveLength(11);
  });
});
