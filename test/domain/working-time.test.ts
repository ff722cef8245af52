import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../../src/domain/dates.js';
import { addWorkingDays, DEFAULT_WORKING_TIME, isWorkingDay, nextSendTime, workingDayOnOrBefore, workingDaysBetween, type WorkingTime } from '../../src/domain/working-time.js';

// A controlled clock: plain Date values, built from the Vietnamese wall clock (UTC+7).
const vn = (year: number, month: number, day: number, hour = 0, minute = 0): Date => new Date(Date.UTC(year, month - 1, day, hour - 7, minute));
const show = (d: Date): string => formatDateTime(d);

// Holidays used below (holidays.ts defaults): Tết 2025 = Tue 28/01 – Sat 01/02/2025,
// Tết 2026 = Mon 16/02 – Fri 20/02/2026, Giỗ Tổ = Mon 07/04/2025 and Sun 26/04/2026,
// 01/01/2024 a Monday, Quốc khánh 2025 = Mon 01/09 and Tue 02/09.
const wt = DEFAULT_WORKING_TIME;
const withDaysOff = (...days: Date[]): WorkingTime => ({ ...DEFAULT_WORKING_TIME, extraDaysOff: days });

describe('DEFAULT_WORKING_TIME', () => {
  it('is Monday–Friday 07:30–17:00 with no extra days off, and frozen', () => {
    expect(wt).toEqual({ days: [1, 2, 3, 4, 5], from: '07:30', to: '17:00', extraDaysOff: [] });
    expect(Object.isFrozen(wt)).toBe(true);
    expect(Object.isFrozen(wt.days)).toBe(true);
  });
});

describe('isWorkingDay', () => {
  it('is false on weekends', () => {
    expect(isWorkingDay(vn(2025, 12, 5, 10), wt)).toBe(true); // Friday
    expect(isWorkingDay(vn(2025, 12, 6, 10), wt)).toBe(false); // Saturday
    expect(isWorkingDay(vn(2025, 12, 7, 10), wt)).toBe(false); // Sunday
    expect(isWorkingDay(vn(2025, 12, 8, 10), wt)).toBe(true); // Monday
  });

  it('takes the day in Vietnam, not in UTC', () => {
    // 23:30 UTC on Friday 05/12 is 06:30 on Saturday 06/12 in Vietnam.
    expect(isWorkingDay(new Date('2025-12-05T23:30:00Z'), wt)).toBe(false);
    // 16:59:59 UTC on Sunday is 23:59:59 Sunday in Vietnam; 17:00 UTC is 00:00 Monday.
    expect(isWorkingDay(new Date('2025-12-07T16:59:59Z'), wt)).toBe(false);
    expect(isWorkingDay(new Date('2025-12-07T17:00:00Z'), wt)).toBe(true);
  });

  it('is false during Tết 2025 and Tết 2026, true either side', () => {
    expect(isWorkingDay(vn(2025, 1, 27), wt)).toBe(true); // Monday before
    for (const day of [28, 29, 30, 31]) expect(isWorkingDay(vn(2025, 1, day, 9), wt), `${day}/01/2025`).toBe(false);
    expect(isWorkingDay(vn(2025, 2, 3), wt)).toBe(true); // Monday after
    expect(isWorkingDay(vn(2026, 2, 13), wt)).toBe(true); // Friday before
    for (const day of [16, 17, 18, 19, 20]) expect(isWorkingDay(vn(2026, 2, day, 9), wt), `${day}/02/2026`).toBe(false);
    expect(isWorkingDay(vn(2026, 2, 23), wt)).toBe(true); // Monday after
  });

  it('is false on the Hùng Kings day and the other fixed holidays', () => {
    expect(isWorkingDay(vn(2025, 4, 7, 9), wt)).toBe(false); // Monday 10/3 âm lịch
    expect(isWorkingDay(vn(2025, 4, 8, 9), wt)).toBe(true);
    expect(isWorkingDay(vn(2025, 4, 30, 9), wt)).toBe(false); // Wednesday
    expect(isWorkingDay(vn(2025, 5, 1, 9), wt)).toBe(false); // Thursday
    expect(isWorkingDay(vn(2025, 5, 2, 9), wt)).toBe(true); // Friday: a decided swap, not ours
    expect(isWorkingDay(vn(2025, 9, 1, 9), wt)).toBe(false);
    expect(isWorkingDay(vn(2025, 9, 2, 9), wt)).toBe(false);
    expect(isWorkingDay(vn(2025, 9, 3, 9), wt)).toBe(true);
  });

  it('leaves compensation days to the campaign: Giỗ Tổ 2026 falls on a Sunday', () => {
    expect(isWorkingDay(vn(2026, 4, 27, 9), wt)).toBe(true);
    expect(isWorkingDay(vn(2026, 4, 27, 9), withDaysOff(vn(2026, 4, 27)))).toBe(false);
  });

  it('honours extra days off, given as 00:00 in Vietnam or any instant within that day', () => {
    const campaign = withDaysOff(vn(2025, 1, 27), new Date('2025-02-03T00:00:00Z')); // 07:00 on 03/02 in Vietnam
    expect(isWorkingDay(vn(2025, 1, 27, 8), campaign)).toBe(false);
    expect(isWorkingDay(vn(2025, 2, 3, 16), campaign)).toBe(false);
    expect(isWorkingDay(vn(2025, 2, 4, 8), campaign)).toBe(true);
    expect(isWorkingDay(vn(2025, 1, 24, 8), campaign)).toBe(true);
  });

  it('follows the configured weekdays', () => {
    const sixDays: WorkingTime = { ...wt, days: [1, 2, 3, 4, 5, 6] };
    expect(isWorkingDay(vn(2025, 12, 6, 9), sixDays)).toBe(true); // Saturday
    expect(isWorkingDay(vn(2025, 12, 7, 9), sixDays)).toBe(false);
    expect(isWorkingDay(vn(2025, 2, 1, 9), sixDays)).toBe(false); // Saturday, mùng 4 Tết 2025
  });
});

describe('nextSendTime', () => {
  it('holds a nudge due before working hours until 07:30 the same day', () => {
    expect(show(nextSendTime(vn(2025, 12, 10, 6, 0), wt))).toBe('10/12/2025 07:30');
    expect(show(nextSendTime(vn(2025, 12, 10, 0, 0), wt))).toBe('10/12/2025 07:30');
    expect(show(nextSendTime(vn(2025, 12, 10, 7, 29), wt))).toBe('10/12/2025 07:30');
  });

  it('sends at once within working hours, up to but not at 17:00', () => {
    const cases: Date[] = [vn(2025, 12, 10, 7, 30), vn(2025, 12, 10, 12, 0), vn(2025, 12, 10, 16, 59), new Date(vn(2025, 12, 10, 17).getTime() - 1)];
    for (const at of cases) expect(nextSendTime(at, wt).getTime(), at.toISOString()).toBe(at.getTime());
    expect(show(nextSendTime(vn(2025, 12, 10, 17, 0), wt))).toBe('11/12/2025 07:30');
    expect(show(nextSendTime(vn(2025, 12, 10, 23, 59), wt))).toBe('11/12/2025 07:30');
  });

  it('moves Friday evening and the weekend to Monday 07:30', () => {
    expect(show(nextSendTime(vn(2025, 12, 5, 17, 30), wt))).toBe('08/12/2025 07:30');
    expect(show(nextSendTime(vn(2025, 12, 6, 10, 0), wt))).toBe('08/12/2025 07:30');
    expect(show(nextSendTime(vn(2025, 12, 7, 23, 59), wt))).toBe('08/12/2025 07:30');
  });

  it('skips a Monday holiday: Friday 17:30 goes on Tuesday', () => {
    // 01/01/2024 is a Monday.
    expect(show(nextSendTime(vn(2023, 12, 29, 17, 30), wt))).toBe('02/01/2024 07:30');
    // Giỗ Tổ 2025 is Monday 07/04.
    expect(show(nextSendTime(vn(2025, 4, 4, 17, 30), wt))).toBe('08/04/2025 07:30');
    // Quốc khánh 2025 is Monday 01/09 and Tuesday 02/09.
    expect(show(nextSendTime(vn(2025, 8, 29, 18, 0), wt))).toBe('03/09/2025 07:30');
  });

  it('waits out Tết 2025 and Tết 2026', () => {
    expect(show(nextSendTime(vn(2025, 1, 27, 17, 0), wt))).toBe('03/02/2025 07:30');
    expect(show(nextSendTime(vn(2025, 1, 29, 8, 0), wt))).toBe('03/02/2025 07:30');
    expect(show(nextSendTime(vn(2026, 2, 13, 16, 0), wt))).toBe('13/02/2026 16:00');
    expect(show(nextSendTime(vn(2026, 2, 13, 17, 0), wt))).toBe('23/02/2026 07:30');
  });

  it("skips a campaign's extra days off around Tết", () => {
    // A campaign that also takes off Friday 13/02 and Monday 23/02/2026.
    const campaign = withDaysOff(vn(2026, 2, 13), vn(2026, 2, 23));
    expect(show(nextSendTime(vn(2026, 2, 12, 17, 0), wt))).toBe('13/02/2026 07:30');
    expect(show(nextSendTime(vn(2026, 2, 12, 17, 0), campaign))).toBe('24/02/2026 07:30');
    expect(show(nextSendTime(vn(2026, 2, 13, 9, 0), campaign))).toBe('24/02/2026 07:30');
  });

  it('works on the Vietnamese clock at the UTC midnight edge', () => {
    // 23:30 UTC on Thursday 04/12 is 06:30 on Friday 05/12 in Vietnam: send at 07:30 Friday.
    expect(nextSendTime(new Date('2025-12-04T23:30:00Z'), wt).toISOString()).toBe('2025-12-05T00:30:00.000Z');
    // 09:59 UTC on Friday is 16:59 in Vietnam: now. 10:00 UTC is 17:00: Monday 07:30.
    expect(nextSendTime(new Date('2025-12-05T09:59:00Z'), wt).toISOString()).toBe('2025-12-05T09:59:00.000Z');
    expect(nextSendTime(new Date('2025-12-05T10:00:00Z'), wt).toISOString()).toBe('2025-12-08T00:30:00.000Z');
    // 23:30 UTC on Sunday 07/12 is already Monday 06:30 in Vietnam.
    expect(nextSendTime(new Date('2025-12-07T23:30:00Z'), wt).toISOString()).toBe('2025-12-08T00:30:00.000Z');
  });

  it("uses a campaign's own hours", () => {
    const mornings: WorkingTime = { days: [1, 2, 3, 4, 5, 6], from: '08:00', to: '11:30', extraDaysOff: [] };
    expect(show(nextSendTime(vn(2025, 12, 6, 9, 0), mornings))).toBe('06/12/2025 09:00'); // Saturday
    expect(show(nextSendTime(vn(2025, 12, 6, 11, 30), mornings))).toBe('08/12/2025 08:00');
    expect(show(nextSendTime(vn(2025, 12, 8, 7, 0), mornings))).toBe('08/12/2025 08:00');
  });

  it('refuses settings it cannot use and invalid dates', () => {
    const at = vn(2025, 12, 10, 9);
    expect(() => nextSendTime(at, { ...wt, from: '7:30' })).toThrow(RangeError);
    expect(() => nextSendTime(at, { ...wt, to: '24:00' })).toThrow(RangeError);
    expect(() => nextSendTime(at, { ...wt, from: '17:00', to: '07:30' })).toThrow(RangeError);
    expect(() => nextSendTime(at, { ...wt, from: '08:00', to: '08:00' })).toThrow(RangeError);
    expect(() => nextSendTime(at, { ...wt, days: [] })).toThrow(RangeError);
    expect(() => nextSendTime(at, { ...wt, days: [0, 1] })).toThrow(RangeError);
    expect(() => nextSendTime(at, { ...wt, days: [8] })).toThrow(RangeError);
    expect(() => nextSendTime(new Date(Number.NaN), wt)).toThrow(RangeError);
    expect(() => isWorkingDay(at, withDaysOff(new Date(Number.NaN)))).toThrow(RangeError);
  });
});

describe('addWorkingDays', () => {
  it('counts the working days after the given day, over a weekend', () => {
    expect(show(addWorkingDays(vn(2025, 12, 5, 15), 1, wt))).toBe('08/12/2025 00:00'); // Friday + 1 = Monday
    expect(show(addWorkingDays(vn(2025, 12, 3, 15), 5, wt))).toBe('10/12/2025 00:00'); // Wednesday + 5
    expect(show(addWorkingDays(vn(2025, 12, 6, 15), 1, wt))).toBe('08/12/2025 00:00'); // Saturday + 1
    expect(show(addWorkingDays(vn(2025, 12, 6, 15), 2, wt))).toBe('09/12/2025 00:00');
  });

  it('is the day itself for n = 0 when it is a working day, else the next one', () => {
    expect(show(addWorkingDays(vn(2025, 12, 10, 15), 0, wt))).toBe('10/12/2025 00:00');
    expect(show(addWorkingDays(vn(2025, 12, 6, 15), 0, wt))).toBe('08/12/2025 00:00');
    expect(show(addWorkingDays(vn(2025, 1, 29, 15), 0, wt))).toBe('03/02/2025 00:00'); // mùng 1 Tết
  });

  it('counts across Tết 2025 and Tết 2026', () => {
    // Friday 24/01/2025 + 3: Monday 27/01, (Tết Tuesday 28/01 – Saturday 01/02, Sunday), Monday 03/02, Tuesday 04/02.
    expect(show(addWorkingDays(vn(2025, 1, 24), 3, wt))).toBe('04/02/2025 00:00');
    // Thursday 12/02/2026 + 2: Friday 13/02, (Tết Monday 16/02 – Friday 20/02, weekend), Monday 23/02.
    expect(show(addWorkingDays(vn(2026, 2, 12), 2, wt))).toBe('23/02/2026 00:00');
    // "10 ngày làm việc" from Tuesday 10/02/2026: 11, 12, 13, 23, 24, 25, 26, 27/02, 02, 03/03.
    expect(show(addWorkingDays(vn(2026, 2, 10), 10, wt))).toBe('03/03/2026 00:00');
  });

  it("counts a campaign's extra days off as days off", () => {
    // The campaign also takes Monday 27/01/2025 off.
    expect(show(addWorkingDays(vn(2025, 1, 24), 3, withDaysOff(vn(2025, 1, 27))))).toBe('05/02/2025 00:00');
  });

  it('starts from the day in Vietnam, not in UTC', () => {
    // 23:30 UTC on Thursday 04/12 is Friday 05/12 in Vietnam: + 1 is Monday, not Friday.
    expect(addWorkingDays(new Date('2025-12-04T23:30:00Z'), 1, wt).toISOString()).toBe('2025-12-07T17:00:00.000Z');
    expect(addWorkingDays(new Date('2025-12-04T16:30:00Z'), 1, wt).toISOString()).toBe('2025-12-04T17:00:00.000Z');
  });

  it('refuses a negative or fractional count', () => {
    expect(() => addWorkingDays(vn(2025, 12, 5), -1, wt)).toThrow(RangeError);
    expect(() => addWorkingDays(vn(2025, 12, 5), 1.5, wt)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it('counts the working days strictly after the deadline up to today', () => {
    const friday = vn(2025, 12, 5);
    expect(workingDaysBetween(friday, vn(2025, 12, 5, 16), wt)).toBe(0);
    expect(workingDaysBetween(friday, vn(2025, 12, 7, 12), wt)).toBe(0); // the weekend does not count
    expect(workingDaysBetween(friday, vn(2025, 12, 8, 8), wt)).toBe(1);
    expect(workingDaysBetween(friday, vn(2025, 12, 12, 8), wt)).toBe(5);
    expect(workingDaysBetween(friday, vn(2025, 12, 1), wt)).toBe(0); // not yet due
  });

  it('does not count Tết as overdue days', () => {
    expect(workingDaysBetween(vn(2025, 1, 24), vn(2025, 2, 4, 10), wt)).toBe(3);
    expect(workingDaysBetween(vn(2026, 2, 13), vn(2026, 2, 20, 10), wt)).toBe(0);
    expect(workingDaysBetween(vn(2026, 2, 13), vn(2026, 2, 23, 10), wt)).toBe(1);
    expect(workingDaysBetween(vn(2026, 2, 13), vn(2026, 2, 23, 10), withDaysOff(vn(2026, 2, 23)))).toBe(0);
  });

  it('uses the Vietnamese day at the UTC midnight edge', () => {
    // Deadline Friday 05/12/2025. 16:30 UTC Sunday is 23:30 Sunday in Vietnam; 23:30 UTC is Monday 06:30.
    expect(workingDaysBetween(vn(2025, 12, 5), new Date('2025-12-07T16:30:00Z'), wt)).toBe(0);
    expect(workingDaysBetween(vn(2025, 12, 5), new Date('2025-12-07T23:30:00Z'), wt)).toBe(1);
  });

  it('inverts addWorkingDays on every day of 2025–2026', () => {
    let checked = 0;
    for (let day = vn(2025, 1, 1, 10); day < vn(2027, 1, 1); day = new Date(day.getTime() + 86_400_000)) {
      for (const n of [1, 3, 10]) {
        const due = addWorkingDays(day, n, wt);
        expect(isWorkingDay(due, wt), show(day)).toBe(true);
        expect(workingDaysBetween(day, due, wt), `${show(day)} + ${n}`).toBe(n);
        checked += 1;
      }
    }
    expect(checked).toBe(730 * 3);
  });
});

describe('workingDayOnOrBefore', () => {
  const day = (iso: string) => formatDateTime(workingDayOnOrBefore(new Date(iso), DEFAULT_WORKING_TIME));

  it('keeps a working day, and moves a weekend or a holiday back to the last working day', () => {
    expect(day('2025-11-21T05:00:00Z')).toBe('21/11/2025 00:00'); // Friday
    expect(day('2025-11-23T05:00:00Z')).toBe('21/11/2025 00:00'); // Sunday
    // Quốc khánh 2025 is Monday 01/09 and Tuesday 02/09: back to Friday 29/08.
    expect(day('2025-09-02T05:00:00Z')).toBe('29/08/2025 00:00');
  });
});
