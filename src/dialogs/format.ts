import { daysUntil, formatDate } from '../domain/dates.js';
import { formatNumber } from '../domain/numbers.js';
import type { DialogContext } from './port.js';

/** "98,5%" or "12 văn bản": the unit of measure is campaign data. */
export function formatValue(value: number, unitOfMeasure: string): string {
  const n = formatNumber(value);
  return unitOfMeasure === '%' ? `${n}%` : `${n} ${unitOfMeasure}`;
}

/** "05/12/2025 (còn 13 ngày)" in the member's language. */
export function formatDue(ctx: DialogContext, dueOn: Date): string {
  const days = daysUntil(dueOn, ctx.now);
  const when =
    days > 0 ? ctx.t('due-in-days', { days }) : days === 0 ? ctx.t('due-today') : ctx.t('due-overdue', { days: -days });
  return `${formatDate(dueOn)} (${when})`;
}
