import { daysUntil, formatDate } from '../domain/dates.js';
import { workingDaysBetween, type WorkingTime } from '../domain/working-time.js';
import type { DialogContext } from './port.js';

/**
 * "05/12/2025 (còn 9 ngày làm việc)" in the member's language. Every day count the bot shows is in
 * the campaign's working days, as the reminders count them: one convention, named each time.
 */
export function formatDue(ctx: DialogContext, dueOn: Date, workingTime: WorkingTime): string {
  const days = daysUntil(dueOn, ctx.now);
  const when =
    days > 0
      ? ctx.t('due-in-days', { days: workingDaysBetween(ctx.now, dueOn, workingTime) })
      : days === 0
        ? ctx.t('due-today')
        : ctx.t('due-overdue', { days: workingDaysBetween(dueOn, ctx.now, workingTime) });
  return `${formatDate(dueOn)} (${when})`;
}

/** "• Nộp hồ sơ: 05/12/2025 (còn 9 ngày làm việc)", one line per deadline, in the campaign's working days. */
export async function dueLines(ctx: DialogContext, campaignId: number, deadlines: readonly { title: string; dueOn: Date }[]): Promise<string[]> {
  if (deadlines.length === 0) return [];
  const { workingTime } = await ctx.services.reminders.settingsFor(campaignId);
  return deadlines.map((d) => `• ${d.title}: ${formatDue(ctx, d.dueOn, workingTime)}`);
}
