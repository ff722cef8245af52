import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/domain/dates.js';
import { violationDateProblem } from '../../src/domain/violations.js';

// The rule both /vipham (asking again) and ScoreService.recordViolation (refusing) apply.

const campaign = { startsOn: parseDate('18/02/2025')!, endsOn: parseDate('31/12/2025')! };
// 20/11/2025 08:30 in Việt Nam (UTC+7)
const now = new Date('2025-11-20T01:30:00Z');

describe('violationDateProblem', () => {
  it('accepts today, the first day of the campaign, and a day in between', () => {
    for (const day of ['20/11/2025', '18/02/2025', '01/06/2025']) expect(violationDateProblem(parseDate(day)!, now, campaign), day).toBeNull();
  });

  it('counts in Vietnamese days: late this evening UTC is already tomorrow in Việt Nam, so not yet', () => {
    expect(violationDateProblem(new Date('2025-11-20T17:30:00Z'), now, campaign)).toEqual({ reason: 'violation-date-future', args: {} });
    expect(violationDateProblem(new Date('2025-11-20T16:59:00Z'), now, campaign)).toBeNull();
  });

  it('refuses a day before the campaign, naming its period', () => {
    expect(violationDateProblem(parseDate('17/02/2025')!, now, campaign)).toEqual({ reason: 'violation-date-outside', args: { from: '18/02/2025', to: '31/12/2025' } });
  });

  it('refuses a day after a campaign that has ended, even when that day has passed', () => {
    const ended = { startsOn: parseDate('01/01/2024')!, endsOn: parseDate('31/12/2024')! };
    expect(violationDateProblem(parseDate('02/01/2025')!, now, ended)).toEqual({ reason: 'violation-date-outside', args: { from: '01/01/2024', to: '31/12/2024' } });
  });
});
