import type { Translate } from './translate.js';
import { formatNumber } from './numbers.js';
import type { Direction } from './scoring.js';

// How a criterion's values and target read, the same in chat, the Excel summary and the campaign
// command line.

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
export function formatTarget(t: Translate, c: { target: number | null; unitOfMeasure: string; direction: Direction; minValue: number; maxValue: number | null }): string {
  if (c.target === null) return t('target-none');
  const value = formatValue(c.target, c.unitOfMeasure);
  if (c.direction === 'HIGHER_IS_BETTER') return c.maxValue !== null && c.target >= c.maxValue ? value : t('target-at-least', { value });
  return c.target <= c.minValue ? value : t('target-at-most', { value });
}
