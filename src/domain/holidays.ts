// Vietnamese public holidays (ngày nghỉ lễ, Tết) under the Labour Code 2019 (Bộ luật Lao động
// 2019, Điều 112, in force since 01/01/2021). Pure: no I/O.
//
// Điều 112 gives, with full pay:
// - Tết Dương lịch: 01/01;
// - Tết Âm lịch: 05 days;
// - Ngày Chiến thắng: 30/4;
// - Ngày Quốc tế lao động: 01/5;
// - Quốc khánh: 02/9 and one day before or after it;
// - Giỗ Tổ Hùng Vương: 10/3 of the lunar calendar.
// The exact five days of Tết and the day next to 02/9 are decided every year (the Prime Minister
// for public servants), and so are the weekend swaps (nghỉ bù, làm bù). What we compute is a
// sensible default only:
// - Tết: the last day of the lunar year (29 or 30 tháng Chạp, whichever ends the year) and the first
//   four days of the new year (mùng 1 to mùng 4);
// - Quốc khánh: 01/9 and 02/9.
// Anything else — a different Tết span, 03/9 instead of 01/9, compensation days when a holiday falls
// on a weekend — a campaign lists as extra days off (see working-time.ts). Nothing is moved off a
// weekend here.
// The rules are those of the 2019 code for every year (the 2012 code had no day next to 02/9).

import { DAY_MS } from './dates.js';
import { lunarToSolar, MAX_LUNAR_YEAR, MIN_LUNAR_YEAR, type SolarDate } from './lunar.js';

export interface PublicHoliday {
  /** dd/mm/yyyy */
  date: string;
  /** The holiday's name (data, shown as is). */
  name: string;
}

/** The solar years for which the holidays can be computed (the lunar calendar's range). */
export const MIN_HOLIDAY_YEAR = MIN_LUNAR_YEAR;
export const MAX_HOLIDAY_YEAR = MAX_LUNAR_YEAR;

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function format(date: SolarDate): string {
  return `${pad2(date.day)}/${pad2(date.month)}/${date.year}`;
}

/** The solar day `offset` days after `date`. */
function shift(date: SolarDate, offset: number): SolarDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day) + offset * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function lunarOrThrow(year: number, month: number, day: number): SolarDate {
  const solar = lunarToSolar(year, month, day);
  if (!solar) throw new RangeError(`lunar ${day}/${month}/${year} is outside the supported lunar calendar`);
  return solar;
}

/**
 * The public holidays of solar year `year`, in date order, as 'dd/mm/yyyy' with their names.
 * Tết of lunar year `year` always falls in January–February of solar year `year` (its eve
 * on 20/01 at the earliest), and 10/3 in March–April, so each year's list holds its own Tết.
 * Giỗ Tổ is on the ordinary 3rd month, also in a year that repeats it (e.g. 2031). Two holidays
 * can share a date (10/3 âm lịch was 30/4 in 1917 and 1947): both are listed, nothing is added.
 * @throws RangeError when `year` is not an integer in MIN_HOLIDAY_YEAR–MAX_HOLIDAY_YEAR.
 */
export function vietnamesePublicHolidays(year: number): PublicHoliday[] {
  if (!Number.isInteger(year) || year < MIN_HOLIDAY_YEAR || year > MAX_HOLIDAY_YEAR) {
    throw new RangeError(`no public holidays for year ${year}: supported ${MIN_HOLIDAY_YEAR}–${MAX_HOLIDAY_YEAR}`);
  }
  const tet = lunarOrThrow(year, 1, 1);
  const hungKings = lunarOrThrow(year, 3, 10);
  const holidays: Array<{ date: SolarDate; name: string }> = [
    { date: { year, month: 1, day: 1 }, name: 'Tết Dương lịch' },
    { date: shift(tet, -1), name: 'Tết Âm lịch (ngày cuối năm)' },
    { date: tet, name: 'Tết Âm lịch (mùng 1)' },
    { date: shift(tet, 1), name: 'Tết Âm lịch (mùng 2)' },
    { date: shift(tet, 2), name: 'Tết Âm lịch (mùng 3)' },
    { date: shift(tet, 3), name: 'Tết Âm lịch (mùng 4)' },
    { date: hungKings, name: 'Giỗ Tổ Hùng Vương' },
    { date: { year, month: 4, day: 30 }, name: 'Ngày Chiến thắng' },
    { date: { year, month: 5, day: 1 }, name: 'Ngày Quốc tế Lao động' },
    { date: { year, month: 9, day: 1 }, name: 'Quốc khánh (ngày liền kề)' },
    { date: { year, month: 9, day: 2 }, name: 'Quốc khánh' },
  ];
  const key = (d: SolarDate): number => Date.UTC(d.year, d.month - 1, d.day);
  return holidays.sort((a, b) => key(a.date) - key(b.date)).map((h) => ({ date: format(h.date), name: h.name }));
}
