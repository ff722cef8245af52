import { describe, expect, it } from 'vitest';
import { closingDay, closingInstant, isAfterClosing } from '../../src/domain/closing.js';
import { vnDay } from '../../src/domain/dates.js';
import { defaultSources, isDefault } from '../../src/domain/sources.js';

describe('closing the period', () => {
  const endsOn = vnDay(2025, 12, 31)!;

  it('runs through the last day of the period, in Vietnam, and closes at 00:00 the next day', () => {
    const c = { endsOn, closesOn: null };
    expect(closingDay(c)).toEqual(endsOn);
    expect(closingInstant(c)).toEqual(new Date('2025-12-31T17:00:00Z'));
    expect(isAfterClosing(c, new Date('2025-12-31T16:59:59Z'))).toBe(false); // 23:59:59 on 31/12 in Vietnam
    expect(isAfterClosing(c, new Date('2025-12-31T17:00:00Z'))).toBe(true);
  });

  it("takes the file's closing day over the period's end", () => {
    const c = { endsOn, closesOn: vnDay(2025, 12, 15)! };
    expect(isAfterClosing(c, new Date('2025-12-15T10:00:00Z'))).toBe(false);
    expect(isAfterClosing(c, new Date('2025-12-16T01:00:00Z'))).toBe(true);
  });
});

describe('default marks', () => {
  const sources = defaultSources(['council', 'deadlines.NOP_HO_SO', 'criteria.DUNG_HAN.points']);

  it('mark a path and everything under it, nothing else', () => {
    expect(isDefault(sources, 'council.quorum')).toBe(true);
    expect(isDefault(sources, 'deadlines.NOP_HO_SO')).toBe(true);
    expect(isDefault(sources, 'deadlines.BINH_XET')).toBe(false);
    expect(isDefault(sources, 'criteria.DUNG_HAN.points')).toBe(true);
    expect(isDefault(sources, 'criteria.DUNG_HAN.target')).toBe(false);
    expect(isDefault(sources, 'criteria.DUNG_HAN')).toBe(false);
    // a plan quote is a source, not a default
    expect(isDefault({ 'deadlines.NOP_HO_SO': { quote: 'chậm nhất ngày 05/12/2025', where: 'III.3' } }, 'deadlines.NOP_HO_SO')).toBe(false);
  });
});
