import { describe, expect, it } from 'vitest';
import { checkDecisionDate, cleanSigner, parseDecisionNumber } from '../../src/domain/award-decisions.js';

// A decision as a commune officer copies it from the paper: số, ngày, người ký.

describe('parseDecisionNumber', () => {
  it('reads the numbers Nghị định 30/2020 writes, put in capitals and without stray spaces', () => {
    expect(parseDecisionNumber('125/QĐ-UBND')).toBe('125/QĐ-UBND');
    expect(parseDecisionNumber(' 125 / qđ - ubnd ')).toBe('125/QĐ-UBND');
    expect(parseDecisionNumber('03/2025/QĐ-UBND')).toBe('03/2025/QĐ-UBND');
    expect(parseDecisionNumber('15/QĐ-CT')).toBe('15/QĐ-CT');
    expect(parseDecisionNumber('2150/QĐ')).toBe('2150/QĐ');
    // NFD as some keyboards send it: kept as NFC.
    expect(parseDecisionNumber('45/Q\u0110-UBND'.normalize('NFD'))).toBe('45/QĐ-UBND');
  });

  it('refuses what is not a decision number', () => {
    for (const text of ['', 'QĐ 125', '125', '125/', '/QĐ-UBND', 'số 125/QĐ-UBND', '125/Q', '1234567/QĐ-UBND', `125/QĐ-${'X'.repeat(40)}`]) {
      expect(parseDecisionNumber(text), text).toBeNull();
    }
  });
});

describe('checkDecisionDate', () => {
  const today = new Date('2025-12-10T02:00:00Z'); // 09:00 on 10/12/2025 in Vietnam

  it('takes a signed date, today included', () => {
    expect(checkDecisionDate('10/12/2025', today)).toEqual({ date: new Date('2025-12-09T17:00:00Z') });
    expect(checkDecisionDate('1/12/2025', today)).toEqual({ date: new Date('2025-11-30T17:00:00Z') });
  });

  it('takes "hôm nay", with or without accents, as today', () => {
    for (const text of ['hôm nay', ' Hôm  nay ', 'hom nay']) expect(checkDecisionDate(text, today)).toEqual({ date: new Date('2025-12-09T17:00:00Z') });
    expect(checkDecisionDate('hôm qua', today)).toEqual({ reason: 'decision-date-invalid' });
  });

  it('refuses a date that is not real, one still to come, and one before the proposal', () => {
    expect(checkDecisionDate('31/11/2025', today)).toEqual({ reason: 'decision-date-invalid' });
    expect(checkDecisionDate('10-12', today)).toEqual({ reason: 'decision-date-invalid' });
    expect(checkDecisionDate('11/12/2025', today)).toEqual({ reason: 'decision-date-future' });
    const proposed = new Date('2025-12-05T09:00:00Z'); // 16:00 on 05/12
    expect(checkDecisionDate('04/12/2025', today, proposed)).toEqual({ reason: 'decision-date-early' });
    expect(checkDecisionDate('05/12/2025', today, proposed)).toEqual({ date: new Date('2025-12-04T17:00:00Z') });
  });
});

describe('cleanSigner', () => {
  it('keeps one cleaned line of 3 to 150 characters', () => {
    expect(cleanSigner('  Nguyễn Văn An \n– Chủ tịch UBND xã ')).toBe('Nguyễn Văn An – Chủ tịch UBND xã');
    expect(cleanSigner('An')).toBeNull();
    expect(cleanSigner('x'.repeat(151))).toBeNull();
    expect(cleanSigner('x'.repeat(150))).toBe('x'.repeat(150));
  });
});
