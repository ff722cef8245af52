import { describe, expect, it } from 'vitest';
import { daysUntil, formatDate, formatDateTime, isoDay, isoWeek, parseDate, parseDateTime, startOfVnDay, TIME_ZONE, vnDay } from '../../src/domain/dates.js';

describe('formatDate / formatDateTime', () => {
  it('shows dd/mm/yyyy in Vietnam time', () => {
    expect(TIME_ZONE).toBe('Asia/Ho_Chi_Minh');
    expect(formatDate(new Date('2025-12-05T03:00:00Z'))).toBe('05/12/2025');
    expect(formatDate(new Date('2025-01-09T00:00:00Z'))).toBe('09/01/2025');
  });

  it('23:30 UTC is already the next day in Vietnam', () => {
    expect(formatDate(new Date('2025-12-04T23:30:00Z'))).toBe('05/12/2025');
    expect(formatDateTime(new Date('2025-12-04T23:30:00Z'))).toBe('05/12/2025 06:30');
    expect(formatDate(new Date('2025-12-31T17:00:00Z'))).toBe('01/01/2026');
  });

  it('16:59 UTC is still the same day, midnight is 00:00', () => {
    expect(formatDate(new Date('2025-12-04T16:59:59Z'))).toBe('04/12/2025');
    expect(formatDateTime(new Date('2025-12-04T16:59:00Z'))).toBe('04/12/2025 23:59');
    expect(formatDateTime(new Date('2025-12-04T17:00:00Z'))).toBe('05/12/2025 00:00');
  });
});

describe('vnDay', () => {
  it('is 00:00 in Vietnam (17:00 UTC the day before)', () => {
    expect(vnDay(2025, 12, 5)?.toISOString()).toBe('2025-12-04T17:00:00.000Z');
  });

  it('is null for dates that do not exist', () => {
    expect(vnDay(2025, 2, 29)).toBeNull();
    expect(vnDay(2025, 13, 1)).toBeNull();
    expect(vnDay(2025, 4, 31)).toBeNull();
    expect(vnDay(2025, 1, 0)).toBeNull();
    expect(vnDay(2024, 2, 29)?.toISOString()).toBe('2024-02-28T17:00:00.000Z');
  });
});

describe('parseDate', () => {
  it('parses dd/mm/yyyy and its variants', () => {
    expect(parseDate('05/12/2025')?.toISOString()).toBe('2025-12-04T17:00:00.000Z');
    expect(parseDate('5/12/2025')?.toISOString()).toBe('2025-12-04T17:00:00.000Z');
    expect(parseDate('05-12-2025')?.toISOString()).toBe('2025-12-04T17:00:00.000Z');
    expect(parseDate('05.12.2025')?.toISOString()).toBe('2025-12-04T17:00:00.000Z');
    expect(parseDate('  1/1/2026 ')?.toISOString()).toBe('2025-12-31T17:00:00.000Z');
  });

  it('round-trips with formatDate', () => {
    const d = parseDate('31/12/2025');
    expect(d).not.toBeNull();
    expect(formatDate(d!)).toBe('31/12/2025');
  });

  it('is null for impossible dates', () => {
    expect(parseDate('31/02/2025')).toBeNull();
    expect(parseDate('29/02/2025')).toBeNull();
    expect(parseDate('00/12/2025')).toBeNull();
    expect(parseDate('05/13/2025')).toBeNull();
    expect(parseDate('29/02/2024')?.toISOString()).toBe('2024-02-28T17:00:00.000Z');
  });

  it('is null for other shapes', () => {
    for (const text of ['', 'hôm nay', '2025-12-05', '05/12/25', '05/12', '05/12-2025', '5 / 12 / 2025', '005/12/2025']) {
      expect(parseDate(text), text).toBeNull();
    }
  });
});

describe('startOfVnDay', () => {
  it('is the 00:00 in Vietnam of the day holding the instant', () => {
    expect(startOfVnDay(new Date('2025-12-04T23:30:00Z')).toISOString()).toBe('2025-12-04T17:00:00.000Z');
    expect(startOfVnDay(new Date('2025-12-04T16:59:59Z')).toISOString()).toBe('2025-12-03T17:00:00.000Z');
    expect(startOfVnDay(new Date('2025-12-04T17:00:00Z')).toISOString()).toBe('2025-12-04T17:00:00.000Z');
  });
});

describe('daysUntil', () => {
  const deadline = vnDay(2025, 12, 5)!;

  it('is 0 on the day, whatever the hour', () => {
    expect(daysUntil(deadline, new Date('2025-12-04T17:00:00Z'))).toBe(0);
    expect(daysUntil(deadline, new Date('2025-12-05T16:59:00Z'))).toBe(0);
  });

  it('counts Vietnamese calendar days across midnight', () => {
    // 23:59 on 03/12 in Vietnam → 2 days; one minute later (00:00 on 04/12) → 1 day.
    expect(daysUntil(deadline, new Date('2025-12-03T16:59:00Z'))).toBe(2);
    expect(daysUntil(deadline, new Date('2025-12-03T17:00:00Z'))).toBe(1);
    // 23:30 UTC on 03/12 is 06:30 on 04/12 in Vietnam, although it is still the 3rd in UTC.
    expect(daysUntil(deadline, new Date('2025-12-03T23:30:00Z'))).toBe(1);
  });

  it('is negative when the day has passed', () => {
    expect(daysUntil(deadline, new Date('2025-12-05T17:00:00Z'))).toBe(-1);
    expect(daysUntil(deadline, new Date('2025-12-15T03:00:00Z'))).toBe(-10);
  });

  it('uses the calendar day of a deadline given as any instant of that day', () => {
    expect(daysUntil(new Date('2025-12-05T10:00:00Z'), new Date('2025-12-01T01:00:00Z'))).toBe(4);
  });

  it('spans months and years', () => {
    expect(daysUntil(vnDay(2026, 1, 1)!, new Date('2025-12-01T01:00:00Z'))).toBe(31);
    expect(daysUntil(vnDay(2025, 3, 1)!, new Date('2025-02-28T01:00:00Z'))).toBe(1);
  });
});

describe('parseDateTime', () => {
  it('reads a day and a time in Vietnam', () => {
    expect(parseDateTime('24/11/2025 08:00')?.toISOString()).toBe('2025-11-24T01:00:00.000Z');
    expect(parseDateTime(' 1/1/2026 7:30 ')?.toISOString()).toBe('2026-01-01T00:30:00.000Z');
    expect(parseDateTime('24/11/2025')?.toISOString()).toBe('2025-11-23T17:00:00.000Z');
    expect(formatDateTime(parseDateTime('05/12/2025 16:59')!)).toBe('05/12/2025 16:59');
  });

  it('refuses what is not a real date and time', () => {
    for (const text of ['', '24/11/2025 24:00', '24/11/2025 08:60', '31/02/2026 08:00', '24/11/2025 8h', '2025-11-24T08:00', '24/11/2025 08:00 x']) {
      expect(parseDateTime(text)).toBeNull();
    }
  });
});

describe('isoDay and isoWeek', () => {
  it('read the day in Vietnam, not in UTC', () => {
    // 17:30 UTC on 24/11 is already 00:30 on Tuesday 25/11 in Vietnam.
    expect(isoDay(new Date('2025-11-24T17:30:00Z'))).toBe('2025-11-25');
    expect(isoDay(new Date('2025-11-24T16:59:00Z'))).toBe('2025-11-24');
  });

  it('number weeks as ISO 8601 does, across the turn of a year', () => {
    expect(isoWeek(vnDay(2025, 11, 24)!)).toBe('2025-W48');
    expect(isoWeek(vnDay(2025, 11, 30)!)).toBe('2025-W48'); // Sunday ends the week
    expect(isoWeek(vnDay(2024, 12, 30)!)).toBe('2025-W01');
    expect(isoWeek(vnDay(2021, 1, 3)!)).toBe('2020-W53');
    // Sunday 23:30 in Vietnam is still that week, though UTC says Sunday 16:30 too.
    expect(isoWeek(new Date('2025-11-30T16:30:00Z'))).toBe('2025-W48');
    expect(isoWeek(new Date('2025-11-30T17:30:00Z'))).toBe('2025-W49');
  });
});
