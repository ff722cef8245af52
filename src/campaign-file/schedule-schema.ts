import { validate as isValidCron } from 'node-cron';
import { z } from 'zod';
import { formatDate } from '../domain/dates.js';
import { addWorkingDays } from '../domain/working-time.js';
import { clock, code, day, text } from './primitives.js';

// The campaign file's calendar: `deadlines` and `reminders` (with the working time that
// "N ngày làm việc" is counted over).

const workingHours = z
  .strictObject({
    days: z.array(z.int().min(1).max(7)).min(1).default([1, 2, 3, 4, 5]),
    from: clock.default('07:30'),
    to: clock.default('17:00'),
  })
  .refine((h) => h.from < h.to, { message: 'cf-error-working-hours', path: ['to'] });

export const reminders = z.strictObject({
  checkin: z
    .strictObject({
      cron: z
        .string()
        .refine((c) => isValidCron(c), { message: 'cf-error-cron' })
        .default('0 8 * * 1'),
      enabled: z.boolean().default(true),
    })
    .prefault({}),
  nudge_days_before: z.array(z.int().min(0)).default([7, 3, 1, 0]),
  escalate_after_working_days: z.int().min(1).default(3),
  working_hours: workingHours.prefault({}),
  extra_days_off: z.array(day).default([]),
});

/** "N ngày làm việc" from a day: counted over the campaign's working time once the file is read. */
const dueAfter = z.strictObject({ day, working_days: z.int().min(0) });

// A deadline is a date, or a number of working days from a date: exactly one of the two.
export const deadline = z
  .strictObject({
    code,
    title: text,
    kind: z.enum(['PROGRESS_REPORT', 'SELF_SCORE', 'DOSSIER', 'VOTE', 'OTHER']),
    due: day.optional(),
    due_after: dueAfter.optional(),
  })
  .transform(({ due, due_after, ...rest }, ctx) => {
    if (due !== undefined && due_after === undefined) return { ...rest, due };
    if (due === undefined && due_after !== undefined) return { ...rest, due_after };
    ctx.addIssue({ code: 'custom', message: 'cf-error-deadline-due', params: { code: rest.code } });
    return z.NEVER;
  });

/** The deadline's last day: as written, or `working_days` working days after `day`. */
export function dueOn(d: z.output<typeof deadline>, r: z.output<typeof reminders>, ctx: z.RefinementCtx, index: number): Date {
  if ('due' in d) return d.due;
  const workingTime = { days: r.working_hours.days, from: r.working_hours.from, to: r.working_hours.to, extraDaysOff: r.extra_days_off };
  try {
    return addWorkingDays(d.due_after.day, d.due_after.working_days, workingTime);
  } catch (error) {
    // a year without holiday data (holidays.ts): said as a file error, not a crash
    if (!(error instanceof RangeError)) throw error;
    ctx.addIssue({ code: 'custom', message: 'cf-error-due-after', path: ['deadlines', index, 'due_after'], params: { day: formatDate(d.due_after.day) } });
    return z.NEVER;
  }
}
