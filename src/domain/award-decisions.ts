// The record of a decision (Quyết định khen thưởng, Quyết định công nhận sáng kiến): its number,
// its date and who signed it, as a commune officer copies them from the paper.
// Pure: no I/O. Failures are reason codes naming Fluent messages.

import { parseDate, startOfVnDay } from './dates.js';
import { cleanText, searchKey } from './text.js';

export type DecisionReason = 'decision-number-invalid' | 'decision-date-invalid' | 'decision-date-future' | 'decision-date-early' | 'decision-signer-length';

export const DECISION_SIGNER = { min: 3, max: 150 } as const;

/**
 * A decision's number as Nghị định 30/2020 writes it: the number, optionally the year, then the
 * kind and the issuing office: "125/QĐ-UBND", "03/2025/QĐ-UBND", "15/QĐ-CT". Spaces around the
 * slashes and dashes are dropped and letters put in capitals ("125/qđ-ubnd" → "125/QĐ-UBND");
 * null when it does not look like one.
 */
export function parseDecisionNumber(text: string): string | null {
  const compact = cleanText(text)
    .replace(/\s*([/-])\s*/gu, '$1')
    .toLocaleUpperCase('vi');
  if (compact.length > 40) return null;
  return /^\d{1,5}(\/\d{4})?\/\p{Lu}{2,}(-[\p{Lu}\d.]+)*$/u.test(compact) ? compact : null;
}

/**
 * The day a decision was signed, as typed: "dd/mm/yyyy", or "hôm nay" (with or without accents)
 * for one recorded the day it is signed; null when it is neither.
 */
export function readDecisionDay(text: string, today: Date): Date | null {
  return searchKey(text) === 'hom nay' ? startOfVnDay(today) : parseDate(text);
}

/**
 * The decision's day from "dd/mm/yyyy" or "hôm nay": not after today (a decision on record has been signed)
 * and, when `notBefore` is given, not before that day (a higher level decides after the proposal).
 */
export function checkDecisionDate(text: string, today: Date, notBefore?: Date): { date: Date } | { reason: DecisionReason } {
  const date = readDecisionDay(text, today);
  if (date === null) return { reason: 'decision-date-invalid' };
  if (date.getTime() > startOfVnDay(today).getTime()) return { reason: 'decision-date-future' };
  if (notBefore !== undefined && date.getTime() < startOfVnDay(notBefore).getTime()) return { reason: 'decision-date-early' };
  return { date };
}

/** Who signed ("Nguyễn Văn An – Chủ tịch UBND xã"), one line; null when too short or too long. */
export function cleanSigner(text: string): string | null {
  const clean = cleanText(text);
  return clean.length >= DECISION_SIGNER.min && clean.length <= DECISION_SIGNER.max ? clean : null;
}
