// Working time of a campaign: reminders go out only within working hours
// on working days, and deadlines given as "N ngày làm việc" count working days. Pure: no I/O; the
// clock is always an argument. Everything is in Asia/Ho_Chi_Minh (UTC+7 all year, so every
// calendar day there is exactly 24 hours long); a calendar day is the instant of its 00:00 in
// Vietnam, as in dates.ts.
//
// A working day is a day whose weekday is in `days`, that is not a public holiday
// (holidays.ts: the Labour Code's holidays with the default Tết span and 01/9) and that is not one
// of the campaign's `extraDaysOff` (the rest of the Tết break set by decision that year, the
// weekend compensation days, local days off). Make-up working Saturdays (làm bù) are not modelled:
// a weekday outside `days` is never a working day.

import { DAY_MS, OFFSET_MS, startOfVnDay } from './dates.js';
import { vietnamesePublicHolidays } from './holidays.js';

export interface WorkingTime {
  /** ISO weekdays that are worked: 1 = Monday … 7 = Sunday. */
  days: readonly number[];
  /** 'HH:mm', start of working hours in Vietnam, included. */
  from: string;
  /** 'HH:mm', end of working hours in Vietnam, excluded (at 17:00 the day is over); after `from`. */
  to: string;
  /**
   * Days off besides weekends and public holidays, each as 00:00 in Vietnam of the day (any
   * instant within the Vietnamese day is taken as that day).
   */
  extraDaysOff: readonly Date[];
}

/** Monday–Friday, 07:30–17:00, no extra days off. */
export const DEFAULT_WORKING_TIME: WorkingTime = Object.freeze({
  days: Object.freeze([1, 2, 3, 4, 5]),
  from: '07:30',
  to: '17:00',
  extraDaysOff: Object.freeze([]),
});

const MINUTE_MS = 60 * 1000;
/** How far to look for the next working day before calling the settings unusable. */
const MAX_SEARCH_DAYS = 400;

interface Compiled {
  days: ReadonlySet<number>;
  fromMs: number;
  toMs: number;
  /** Start-of-Vietnamese-day instants (ms) of the extra days off. */
  off: ReadonlySet<number>;
}

function parseClock(text: string, field: string): number {
  const m = /^(\d{2}):(\d{2})$/.exec(text);
  const hours = m ? Number(m[1]) : NaN;
  const minutes = m ? Number(m[2]) : NaN;
  if (!(hours <= 23 && minutes <= 59)) throw new RangeError(`working time ${field} must be HH:mm, got "${text}"`);
  return (hours * 60 + minutes) * MINUTE_MS;
}

/** Checks the settings once per call. @throws RangeError on settings that cannot be used. */
function compile(wt: WorkingTime): Compiled {
  const fromMs = parseClock(wt.from, 'from');
  const toMs = parseClock(wt.to, 'to');
  if (toMs <= fromMs) throw new RangeError(`working time must end after it starts: ${wt.from}–${wt.to}`);
  if (wt.days.length === 0 || wt.days.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) {
    throw new RangeError(`working days must be 1 (Monday) … 7 (Sunday), at least one: [${wt.days.join(', ')}]`);
  }
  for (const day of wt.extraDaysOff) {
    if (Number.isNaN(day.getTime())) throw new RangeError('an extra day off is an invalid date');
  }
  return {
    days: new Set(wt.days),
    fromMs,
    toMs,
    off: new Set(wt.extraDaysOff.map((d) => startOfVnDay(d).getTime())),
  };
}

// Holiday dates per year ('dd/mm/yyyy'); computed once per year, the rules never change at run time.
const holidayCache = new Map<number, ReadonlySet<string>>();

function holidaysOf(year: number): ReadonlySet<string> {
  let set = holidayCache.get(year);
  if (!set) {
    set = new Set(vietnamesePublicHolidays(year).map((h) => h.date));
    holidayCache.set(year, set);
  }
  return set;
}

function dayStartOf(instant: Date, name: string): number {
  if (Number.isNaN(instant.getTime())) throw new RangeError(`${name} is an invalid date`);
  return startOfVnDay(instant).getTime();
}

/** `dayStart` is 00:00 in Vietnam of a day (ms). */
function isWorkingDayStart(dayStart: number, c: Compiled): boolean {
  const wall = new Date(dayStart + OFFSET_MS); // its UTC fields are the Vietnamese wall clock
  const isoWeekday = wall.getUTCDay() === 0 ? 7 : wall.getUTCDay();
  if (!c.days.has(isoWeekday)) return false;
  if (c.off.has(dayStart)) return false;
  const key = `${String(wall.getUTCDate()).padStart(2, '0')}/${String(wall.getUTCMonth() + 1).padStart(2, '0')}/${wall.getUTCFullYear()}`;
  return !holidaysOf(wall.getUTCFullYear()).has(key);
}

/** The first working day strictly after `dayStart` (ms of a Vietnamese 00:00). */
function nextWorkingDayAfter(dayStart: number, c: Compiled): number {
  let day = dayStart;
  for (let i = 0; i < MAX_SEARCH_DAYS; i += 1) {
    day += DAY_MS;
    if (isWorkingDayStart(day, c)) return day;
  }
  throw new RangeError(`no working day within ${MAX_SEARCH_DAYS} days`);
}

/**
 * Whether the Vietnamese calendar day holding `day` is a working day: its weekday is in `wt.days`,
 * it is not a public holiday and not one of `wt.extraDaysOff`.
 * All functions here throw RangeError on unusable settings or an invalid Date, and for a year
 * without holiday data (holidays.ts: 1900–2199).
 */
export function isWorkingDay(day: Date, wt: WorkingTime): boolean {
  return isWorkingDayStart(dayStartOf(day, 'day'), compile(wt));
}

/** A holiday run longer than this means the settings leave no working day. */
const MAX_LOOKBACK_DAYS = 60;

/** The last working day on or before `day`, as its 00:00: a nudge never lands on a day off, nor comes late. */
export function workingDayOnOrBefore(day: Date, wt: WorkingTime): Date {
  let at = startOfVnDay(day);
  for (let i = 0; i < MAX_LOOKBACK_DAYS && !isWorkingDay(at, wt); i += 1) at = new Date(at.getTime() - DAY_MS);
  return at;
}

/**
 * The first instant at or after `at` that is within working hours (`from` included, `to`
 * excluded) of a working day: `at` itself when it already is, `from` of the same day when `at` is
 * earlier in a working day, else `from` of the next working day. E.g. 06:00 → 07:30 the same day;
 * 16:59 stays; 17:00 or 17:30 on Friday → Monday 07:30, or Tuesday 07:30 when Monday is a holiday.
 */
export function nextSendTime(at: Date, wt: WorkingTime): Date {
  const c = compile(wt);
  const dayStart = dayStartOf(at, 'at');
  if (isWorkingDayStart(dayStart, c)) {
    const into = at.getTime() - dayStart;
    if (into < c.fromMs) return new Date(dayStart + c.fromMs);
    if (into < c.toMs) return new Date(at.getTime());
  }
  return new Date(nextWorkingDayAfter(dayStart, c) + c.fromMs);
}

/**
 * "N ngày làm việc" from `day`: 00:00 in Vietnam of the nth working day after the Vietnamese day
 * holding `day` (that day itself does not count, whether it is worked or not). For n = 0 it is
 * that day itself when it is a working day, else the next working day — "by the end of today's
 * work, or the next working day's". E.g. 3 working days from Friday 24/01/2025 (Tết 2025 default
 * span Tuesday 28/01 – Saturday 01/02) is Tuesday 04/02/2025: Monday 27/01, Monday 03/02, Tuesday.
 * @throws RangeError when n is not a non-negative integer.
 */
export function addWorkingDays(day: Date, n: number, wt: WorkingTime): Date {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days to add must be a whole number ≥ 0, got ${n}`);
  const c = compile(wt);
  let current = dayStartOf(day, 'day');
  if (n === 0) return new Date(isWorkingDayStart(current, c) ? current : nextWorkingDayAfter(current, c));
  for (let i = 0; i < n; i += 1) current = nextWorkingDayAfter(current, c);
  return new Date(current);
}

/**
 * Working days strictly after the Vietnamese day holding `from`, up to and including the one
 * holding `to` — how many working days a deadline is overdue (`from` = the deadline, `to` = now).
 * 0 when `to` falls on or before `from`'s day. workingDaysBetween(d, addWorkingDays(d, n)) = n for
 * n ≥ 1.
 */
export function workingDaysBetween(from: Date, to: Date, wt: WorkingTime): number {
  const c = compile(wt);
  const last = dayStartOf(to, 'to');
  let count = 0;
  for (let day = dayStartOf(from, 'from') + DAY_MS; day <= last; day += DAY_MS) {
    if (isWorkingDayStart(day, c)) count += 1;
  }
  return count;
}
