// The Vietnamese lunar calendar (âm lịch), a typed wrapper over `@dqcai/vn-lunar`.
// Pure: no I/O. Used for the public holidays that follow the lunar calendar (Tết, Giỗ Tổ Hùng
// Vương).
//
// Why a wrapper (../shared/notes/libraries.md, "Vietnamese calendar"):
// - the package's .d.ts files import each other without file extensions, so under NodeNext its
//   functions are untyped: we declare the two we use below;
// - out of its tables it answers zeros (or garbage: month 13, NaN days in some old years), and it
//   silently rolls an impossible day over into the next month (30 in a 29-day month) and silently
//   drops a leap flag the month does not have (gives the ordinary month);
// - its `LunarCalendar.fromLunar` ignores the leap flag altogether (we never use it).
// So every conversion is checked by converting the answer back: a lunar date is accepted only when
// solar → lunar gives back exactly the same day, month, year and leap flag. This makes leap months
// work (`leap = true` asks for the intercalary month, tháng nhuận, and is null in a year whose leap
// month is another one) and turns every impossible or out-of-range date into null.
//
// It is the Vietnamese calendar (new moons at UTC+7 since 1968), not the Chinese one (UTC+8):
// they differ in some years, e.g. Tết 1985 (21/01 in Vietnam, 20/02 in China), 2007 (17/02 vs
// 18/02) and 2030 (02/02 vs 03/02). The notes checked the library against the classic Vietnamese
// algorithm on every day 1968–2053; before 1968 it follows the historical tables (UTC+8).

import * as vnLunar from '@dqcai/vn-lunar';

/** A day of the (proleptic Gregorian) solar calendar. */
export interface SolarDate {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

/** A day of the Vietnamese lunar calendar. */
export interface LunarDate {
  /** The lunar year, named after the solar year in which it starts (Tết). */
  year: number;
  /** 1–12; a leap month repeats the number of the month before it. */
  month: number;
  /** 1–30 */
  day: number;
  /** true in the intercalary month (tháng nhuận). */
  leap: boolean;
}

/**
 * The lunar years we convert. The library's tables go from 1200 to 2199, but they are wrong in
 * several years before 1900 (month 13, NaN days) and give Julian-calendar dates before 1582.
 * Lunar dates after 14/11/2199 fall after the library's last day (31/12/2199) and are null too.
 */
export const MIN_LUNAR_YEAR = 1900;
export const MAX_LUNAR_YEAR = 2199;

// The two functions we use, as the library's index.mjs defines them.
interface VnLunarApi {
  /** Lunar → solar; zeros out of range; rolls over impossible days; ignores a missing leap month. */
  getSolarDate(day: number, month: number, year: number, leap?: boolean): { day: number; month: number; year: number; jd: number };
  /** Solar → lunar; zeros out of range. */
  getLunarDate(day: number, month: number, year: number): { day: number; month: number; year: number; leap: boolean; jd: number };
}

const lib = vnLunar as unknown as VnLunarApi;

function isIntIn(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

function isRealSolarDate(year: number, month: number, day: number): boolean {
  if (!isIntIn(month, 1, 12) || !isIntIn(day, 1, 31) || !Number.isInteger(year)) return false;
  const check = new Date(Date.UTC(year, month - 1, day));
  return check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day;
}

/** The library's answer when it is a real lunar date in our range, else null. */
function rawSolarToLunar(year: number, month: number, day: number): LunarDate | null {
  let result: ReturnType<VnLunarApi['getLunarDate']>;
  try {
    result = lib.getLunarDate(day, month, year);
  } catch {
    return null;
  }
  if (!isIntIn(result.year, MIN_LUNAR_YEAR, MAX_LUNAR_YEAR) || !isIntIn(result.month, 1, 12) || !isIntIn(result.day, 1, 30)) return null;
  return { year: result.year, month: result.month, day: result.day, leap: result.leap === true };
}

/**
 * The lunar date of a solar day, or null when the solar date does not exist or its lunar year is
 * outside MIN_LUNAR_YEAR–MAX_LUNAR_YEAR (or past the library's last day, 31/12/2199).
 */
export function solarToLunar(year: number, month: number, day: number): LunarDate | null {
  if (!isRealSolarDate(year, month, day)) return null;
  const lunar = rawSolarToLunar(year, month, day);
  if (!lunar) return null;
  // The library's tables are self-consistent in our range; checking the way back costs little and
  // keeps a bad table entry from turning into a holiday on the wrong day.
  const back = lunarToSolarUnchecked(lunar.year, lunar.month, lunar.day, lunar.leap);
  if (!back || back.year !== year || back.month !== month || back.day !== day) return null;
  return lunar;
}

function lunarToSolarUnchecked(year: number, month: number, day: number, leap: boolean): SolarDate | null {
  let result: ReturnType<VnLunarApi['getSolarDate']>;
  try {
    result = lib.getSolarDate(day, month, year, leap);
  } catch {
    return null;
  }
  if (!isRealSolarDate(result.year, result.month, result.day)) return null;
  return { year: result.year, month: result.month, day: result.day };
}

/**
 * The solar day of a lunar date (day/month of lunar year `year`), or null when:
 * - the year is outside MIN_LUNAR_YEAR–MAX_LUNAR_YEAR, or an argument is not an integer;
 * - the month has no such day (day 30 of a 29-day month);
 * - `leap` is true but that month is not the year's leap month (most years have none).
 * With `leap` false it is always the ordinary month, also in a year where that month is repeated.
 */
export function lunarToSolar(year: number, month: number, day: number, leap = false): SolarDate | null {
  if (!isIntIn(year, MIN_LUNAR_YEAR, MAX_LUNAR_YEAR) || !isIntIn(month, 1, 12) || !isIntIn(day, 1, 30)) return null;
  const solar = lunarToSolarUnchecked(year, month, day, leap);
  if (!solar) return null;
  const back = rawSolarToLunar(solar.year, solar.month, solar.day);
  if (!back || back.year !== year || back.month !== month || back.day !== day || back.leap !== leap) return null;
  return solar;
}

/** The leap month (1–12) of a lunar year, or null when it has none or is out of range. */
export function leapMonthOf(year: number): number | null {
  if (!isIntIn(year, MIN_LUNAR_YEAR, MAX_LUNAR_YEAR)) return null;
  for (let month = 1; month <= 12; month += 1) {
    if (lunarToSolar(year, month, 1, true)) return month;
  }
  return null;
}
