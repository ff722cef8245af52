// Closing the period: the campaign runs through its closing day, the file's
// `closes_on` or else the last day of the period; from 00:00 of the next day in Vietnam it is
// closed, and reports and self-scores sent after that are late.

import { DAY_MS, startOfVnDay } from './dates.js';

export interface ClosingDates {
  endsOn: Date;
  closesOn: Date | null;
}

/** The last day the campaign takes reports on time. */
export function closingDay(c: ClosingDates): Date {
  return startOfVnDay(c.closesOn ?? c.endsOn);
}

/** The instant the campaign closes: 00:00 in Vietnam after its closing day. */
export function closingInstant(c: ClosingDates): Date {
  return new Date(closingDay(c).getTime() + DAY_MS);
}

/** Whether a report or self-score made at `at` comes after closing. */
export function isAfterClosing(c: ClosingDates, at: Date): boolean {
  return at.getTime() >= closingInstant(c).getTime();
}
