import { describe, expect, it } from 'vitest';
import { formatNumber, isInRange, parseDecimal, roundTo } from '../../src/domain/numbers.js';

describe('parseDecimal', () => {
  it.each([
    ['98,5', 98.5, false],
    ['98.5', 98.5, false],
    ['98,5%', 98.5, true],
    [' 98,5 % ', 98.5, true],
    ['100', 100, false],
    ['-3', -3, false],
    ['0,75', 0.75, false],
    ['1.234,5', 1234.5, false],
    ['1,234.5', 1234.5, false],
    ['1.234.567', 1234567, false],
    ['1,234,567', 1234567, false],
    ['1.234.567,89', 1234567.89, false],
    ['1,234,567.89', 1234567.89, false],
    ['1.000', 1, false],
    ['1,000', 1, false],
    ['0', 0, false],
    ['-0', 0, false],
    ['-1.234,5', -1234.5, false],
    ['100%', 100, true],
    ['007', 7, false],
  ])('%j → %d (percent %s)', (input, value, percent) => {
    expect(parseDecimal(input)).toEqual({ value, percent });
  });

  it('never returns -0', () => {
    expect(Object.is(parseDecimal('-0')?.value, 0)).toBe(true);
    expect(Object.is(parseDecimal('-0,0')?.value, 0)).toBe(true);
  });

  it('accepts no-break, narrow no-break and fullwidth spaces around the number and before %', () => {
    expect(parseDecimal('98,5\u00A0%')).toEqual({ value: 98.5, percent: true });
    expect(parseDecimal('98,5\u202F%')).toEqual({ value: 98.5, percent: true });
    expect(parseDecimal('\u300098,5\u3000')).toEqual({ value: 98.5, percent: false });
    expect(parseDecimal('\t12\n')).toEqual({ value: 12, percent: false });
  });

  it('NFC-normalises the input first', () => {
    // U+FF05 FULLWIDTH PERCENT SIGN is not changed by NFC, so it is rejected; plain input works.
    expect(parseDecimal('98,5'.normalize('NFD'))).toEqual({ value: 98.5, percent: false });
    expect(parseDecimal('98,5\uFF05')).toBeNull();
  });

  it.each([
    '',
    '   ',
    'abc',
    '9 8',
    '98,5,',
    '98.5.',
    '1e5',
    'Infinity',
    '-Infinity',
    'NaN',
    '--1',
    '-',
    '%',
    '+3',
    '- 3',
    ',5',
    '.5',
    '5,',
    '5.',
    '1,,5',
    '1..5',
    '1.23,5',
    '1.2345,6',
    '12.34.567',
    '1.234,567,8',
    '1,234.5.6',
    '98,5%%',
    '%98',
    '0x10',
    '1_000',
    '\uFF19\uFF18',
    '3-',
    '98,5 % x',
    '1.234,5.6',
  ])('%j → null', (input) => {
    expect(parseDecimal(input)).toBeNull();
  });
});

describe('formatNumber', () => {
  it('uses Vietnamese separators', () => {
    expect(formatNumber(94.5)).toBe('94,5');
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatNumber(1234567.891)).toBe('1.234.567,89');
    expect(formatNumber(100)).toBe('100');
    expect(formatNumber(-3.25)).toBe('-3,25');
  });

  it('rounds to maxFractionDigits and drops trailing zeros', () => {
    expect(formatNumber(2 / 3)).toBe('0,67');
    expect(formatNumber(2 / 3, 0)).toBe('1');
    expect(formatNumber(2 / 3, 4)).toBe('0,6667');
    expect(formatNumber(0.1 + 0.2)).toBe('0,3');
    expect(formatNumber(1.5, 3)).toBe('1,5');
  });

  it('never shows -0', () => {
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(-0.001)).toBe('0');
  });
});

describe('isInRange', () => {
  it('is inclusive at both bounds', () => {
    expect(isInRange(0, 0, 100)).toBe(true);
    expect(isInRange(100, 0, 100)).toBe(true);
    expect(isInRange(50, 0, 100)).toBe(true);
    expect(isInRange(-0.01, 0, 100)).toBe(false);
    expect(isInRange(100.01, 0, 100)).toBe(false);
  });

  it('treats a null bound as open', () => {
    expect(isInRange(-1e9, null, 100)).toBe(true);
    expect(isInRange(101, null, 100)).toBe(false);
    expect(isInRange(1e9, 0, null)).toBe(true);
    expect(isInRange(-1, 0, null)).toBe(false);
    expect(isInRange(42, null, null)).toBe(true);
  });

  it('rejects NaN', () => {
    expect(isInRange(Number.NaN, null, null)).toBe(false);
    expect(isInRange(Number.NaN, 0, 100)).toBe(false);
  });
});

describe('roundTo', () => {
  it('removes binary noise and rounds half away from zero', () => {
    expect(roundTo(0.1 + 0.2)).toBe(0.3);
    expect(roundTo(1.005)).toBe(1.01);
    expect(roundTo(-1.005)).toBe(-1.01);
    expect(roundTo(2.675)).toBe(2.68);
    expect(roundTo(89.994999)).toBe(89.99);
    expect(roundTo(89.995)).toBe(90);
    expect(roundTo(1.23456, 3)).toBe(1.235);
    expect(roundTo(7.5, 0)).toBe(8);
  });

  it('never returns -0', () => {
    expect(Object.is(roundTo(-0.001), 0)).toBe(true);
  });
});
