import { formatDate, startOfVnDay } from './dates.js';

/** Why a violation cannot be dated on a day: the message key and its arguments. */
export type ViolationDateProblem = { reason: 'violation-date-future'; args: Record<string, never> } | { reason: 'violation-date-outside'; args: { from: string; to: string } };

/**
 * A violation happened on a day that has come (not later than today) and within the campaign's
 * period, both counted in Vietnamese days; null when `day` fits. The /vipham dialog asks again on a
 * problem, the service refuses it: both read it here.
 */
export function violationDateProblem(day: Date, now: Date, campaign: { startsOn: Date; endsOn: Date }): ViolationDateProblem | null {
  const d = startOfVnDay(day);
  if (d > startOfVnDay(now)) return { reason: 'violation-date-future', args: {} };
  if (d < startOfVnDay(campaign.startsOn) || d > startOfVnDay(campaign.endsOn)) {
    return { reason: 'violation-date-outside', args: { from: formatDate(campaign.startsOn), to: formatDate(campaign.endsOn) } };
  }
  return null;
}
