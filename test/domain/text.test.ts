import { describe, expect, it } from 'vitest';
import { cleanText, matchByName, nfc, searchKey } from '../../src/domain/text.js';

// "Văn phòng" typed with combining marks (NFD), as some keyboards and pasted text produce it.
const DECOMPOSED = 'V\u0061\u0306n pho\u0300ng';
const COMPOSED = 'V\u0103n ph\u00F2ng';

describe('nfc', () => {
  it('composes decomposed input', () => {
    expect(DECOMPOSED).not.toBe(COMPOSED);
    expect(nfc(DECOMPOSED)).toBe(COMPOSED);
    expect(nfc(DECOMPOSED).length).toBe(9);
  });

  it('composes stacked marks (ệ = e + circumflex + dot below)', () => {
    expect(nfc('Vi\u0065\u0323\u0302t')).toBe('Vi\u1EC7t');
    expect(nfc('Vi\u0065\u0302\u0323t')).toBe('Vi\u1EC7t');
  });

  it('leaves composed text as it is', () => {
    expect(nfc(COMPOSED)).toBe(COMPOSED);
  });
});

describe('cleanText', () => {
  it('collapses white space (including no-break spaces), trims and composes', () => {
    expect(cleanText(`  ${DECOMPOSED}\u00A0\u00A0 x\t\ny  `)).toBe(`${COMPOSED} x y`);
    expect(cleanText('a\u202Fb\u3000c')).toBe('a b c');
    expect(cleanText('   ')).toBe('');
  });
});

describe('searchKey', () => {
  it('drops diacritics and case', () => {
    expect(searchKey(COMPOSED)).toBe('van phong');
    expect(searchKey(DECOMPOSED)).toBe('van phong');
    expect(searchKey('ỦY BAN NHÂN DÂN')).toBe('uy ban nhan dan');
    expect(searchKey('Thương binh – Xã hội')).toBe('thuong binh – xa hoi');
  });

  it('maps đ and Đ to d', () => {
    expect(searchKey('Đào')).toBe('dao');
    expect(searchKey('đường Đồng Khởi')).toBe('duong dong khoi');
  });

  it('collapses spaces', () => {
    expect(searchKey('  Văn   phòng ')).toBe('van phong');
  });
});

describe('matchByName', () => {
  const units = [
    { id: 1, name: 'Văn phòng HĐND và UBND' },
    { id: 2, name: 'Phòng Văn hóa – Xã hội' },
    { id: 3, name: 'Đào tạo' },
    { id: 4, name: 'Tư pháp – Hộ tịch' },
    { id: 5, name: 'Địa chính – Xây dựng' },
    { id: 6, name: 'Dao động' },
  ];
  const find = (q: string) => matchByName(q, units, (u) => u.name).map((u) => u.id);

  it('"van phong" finds "Văn phòng …" (prefix wins over contains)', () => {
    expect(find('van phong')).toEqual([1]);
    expect(find('VAN PHONG')).toEqual([1]);
    expect(find(DECOMPOSED)).toEqual([1]);
  });

  it('an exact key match wins over prefix matches', () => {
    const items = ['Văn phòng', 'Văn phòng HĐND'];
    expect(matchByName('van phong', items, (s) => s)).toEqual(['Văn phòng']);
  });

  it('"Đào" and "dao" both match both Đ- and D- names, so typing without marks is ambiguous', () => {
    expect(find('dao')).toEqual([3, 6]);
    expect(find('Đào')).toEqual([3, 6]);
    expect(find('dao tao')).toEqual([3]);
    expect(find('Đào tạo')).toEqual([3]);
  });

  it('finds by đ in the middle of a query', () => {
    expect(find('dia chinh')).toEqual([5]);
    expect(find('Địa')).toEqual([5]);
  });

  it('falls back to contains, and returns every match when ambiguous', () => {
    expect(find('ho tich')).toEqual([4]);
    expect(find('xa hoi')).toEqual([2]);
    expect(find('phong')).toEqual([2]); // prefix "phong" beats "contains" in unit 1
    // no unit starts with "o", but several contain it: all of them come back, in input order
    expect(find('o')).toEqual([1, 2, 3, 4, 6]);
  });

  it('returns nothing for no match or an empty query', () => {
    expect(find('kho bac')).toEqual([]);
    expect(find('')).toEqual([]);
    expect(find('   ')).toEqual([]);
  });
});
