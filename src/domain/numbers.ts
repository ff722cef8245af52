// Numbers typed by people and shown to them, Vietnamese style: "98,5", "1.234,5", "98,5 %".

import { nfc } from './text.js';

/** A parsed decimal; `percent` is true when the input ended with "%" (the value is not divided). */
export interface ParsedDecimal {
  value: number;
  percent: boolean;
}

// Optional single minus, a body of ASCII digits and separators, optional "%" (white space allowed
// before it). `\s` covers the no-break (U+00A0), narrow no-break (U+202F) and fullwidth (U+3000)
// spaces.
const DECIMAL_SHAPE = /^\s*(-?)([0-9][0-9.,]*)\s*(%?)\s*$/u;
// Thousands grouping: 1 to 3 leading digits, then groups of exactly 3.
const GROUPED = (sep: string): RegExp => new RegExp(`^[0-9]{1,3}(?:\\${sep}[0-9]{3})+$`);

/**
 * Parses a decimal as people type it. Rules:
 * - one "." or "," on its own is the decimal separator ("98.5" and "98,5" are 98.5; "1.000" is 1);
 * - when both occur, the last one is the decimal separator (it must occur once) and the other one
 *   groups thousands ("1.234,5", "1,234.5");
 * - one separator repeated groups thousands ("1.234.567");
 * - thousands groups must have 3 digits; digits are needed on both sides of the decimal separator;
 * - an optional leading "-" and an optional trailing "%" (white space allowed around the number
 *   and before "%", never inside it).
 * Anything else ("", "abc", "9 8", "98,5,", "1e5", "Infinity", "--1") gives null.
 */
export function parseDecimal(input: string): ParsedDecimal | null {
  const m = DECIMAL_SHAPE.exec(nfc(input));
  if (!m) return null;
  const [, sign = '', body = '', pct = ''] = m;
  const digits = normaliseBody(body);
  if (digits === null) return null;
  const value = Number(sign + digits);
  if (!Number.isFinite(value)) return null;
  return { value: value === 0 ? 0 : value, percent: pct === '%' };
}

/** Turns "1.234,5" into "1234.5"; null when the separators do not follow the rules above. */
function normaliseBody(body: string): string | null {
  const dots = count(body, '.');
  const commas = count(body, ',');
  if (dots === 0 && commas === 0) return body;

  let decimalSep: string | null;
  let groupSep: string | null;
  if (dots > 0 && commas > 0) {
    decimalSep = body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
    groupSep = decimalSep === '.' ? ',' : '.';
    if (count(body, decimalSep) !== 1) return null;
  } else {
    const sep = dots > 0 ? '.' : ',';
    if (count(body, sep) === 1) {
      decimalSep = sep;
      groupSep = null;
    } else {
      decimalSep = null;
      groupSep = sep;
    }
  }

  let intPart = body;
  let fracPart = '';
  if (decimalSep !== null) {
    const at = body.indexOf(decimalSep);
    intPart = body.slice(0, at);
    fracPart = body.slice(at + 1);
    if (!/^[0-9]+$/.test(fracPart)) return null;
  }
  if (groupSep !== null) {
    if (!GROUPED(groupSep).test(intPart)) return null;
    intPart = intPart.split(groupSep).join('');
  } else if (!/^[0-9]+$/.test(intPart)) {
    return null;
  }
  return fracPart === '' ? intPart : `${intPart}.${fracPart}`;
}

function count(text: string, ch: string): number {
  let n = 0;
  for (const c of text) if (c === ch) n++;
  return n;
}

const formats = new Map<number, Intl.NumberFormat>();

/** Vietnamese style: "94,5", "1.234,5"; at most `maxFractionDigits` decimals; never "-0". */
export function formatNumber(value: number, maxFractionDigits = 2): string {
  let format = formats.get(maxFractionDigits);
  if (!format) {
    format = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: maxFractionDigits, signDisplay: 'negative' });
    formats.set(maxFractionDigits, format);
  }
  return format.format(value);
}

/** True when `value` lies within [min, max]; a null bound is open. NaN is never in range. */
export function isInRange(value: number, min: number | null, max: number | null): boolean {
  if (Number.isNaN(value)) return false;
  if (min !== null && value < min) return false;
  if (max !== null && value > max) return false;
  return true;
}

/**
 * Rounds to `digits` decimals (half away from zero), first removing binary noise so that
 * 1.005 → 1.01 and 0.1 + 0.2 → 0.3. Never returns -0.
 */
export function roundTo(value: number, digits = 2): number {
  if (!Number.isFinite(value)) return value;
  const scaled = Number((Math.abs(value) * 10 ** digits).toPrecision(15));
  const rounded = (Math.sign(value) * Math.round(scaled)) / 10 ** digits;
  return rounded === 0 ? 0 : rounded;
}
