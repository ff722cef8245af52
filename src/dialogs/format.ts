import { daysUntil, formatDate } from '../domain/dates.js';
import { formatNumber } from '../domain/numbers.js';
import type { Direction } from '../domain/scoring.js';
import type { Translate } from '../i18n/i18n.js';
import { workingDaysBetween, type WorkingTime } from '../domain/working-time.js';
import type { DialogContext } from './port.js';

/** "98,5%" or "12 văn bản": the unit of measure is campaign data. */
export function formatValue(value: number, unitOfMeasure: string): string {
  const n = formatNumber(value);
  return unitOfMeasure === '%' ? `${n}%` : `${n} ${unitOfMeasure}`;
}

/**
 * A criterion's target as the plan words it: "từ 80% trở lên" (higher is better), "không quá 5 vụ"
 * (lower is better), or the bare value when it is the end of the range and nothing beyond it
 * exists ("100%", "0 người"); "không định lượng" without a target.
 */
export function formatTarget(
  t: Translate,
  c: { target: number | null; unitOfMeasure: string; direction: Direction; minValue: number; maxValue: number | null },
): string {
  if (c.target === null) return t('target-none');
  const value = formatValue(c.target, c.unitOfMeasure);
  if (c.direction === 'HIGHER_IS_BETTER') return c.maxValue !== null && c.target >= c.maxValue ? value : t('target-at-least', { value });
  return c.target <= c.minValue ? value : t('target-at-most', { value });
}

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
