import { describe, expect, it } from 'vitest';
import { cleanLines, cleanText, matchByName, nfc, searchKey } from '../../src/domain/text.js';

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

describe('cleanLines', () => {
  it('keeps line breaks, tidying within lines only', () => {
    expect(cleanLines('  Kính gửi:  \r\n\t- Văn phòng \t Thống kê\r\n- Tư pháp\u00A0 ')).toBe('Kính gửi:\n- Văn phòng Thống kê\n- Tư pháp');
    expect(cleanLines('a\rb\u2028c\u2029d\u0085e\vf\fg')).toBe('a\nb\nc\nd\ne\nf\ng');
  });

  it('keeps one blank line between paragraphs, none around the text', () => {
    expect(cleanLines('\n\n Đoạn 1 \n\n\n\n  \n\t\nĐoạn 2\n\nĐoạn 3\n \n')).toBe('Đoạn 1\n\nĐoạn 2\n\nĐoạn 3');
  });

  it('composes decomposed input', () => {
    expect(cleanLines(`${DECOMPOSED}\n${DECOMPOSED}`)).toBe(`${COMPOSED}\n${COMPOSED}`);
  });

  it('drops controls, zero-width and direction-changing characters', () => {
    const hidden = [
      '\u0000',
      '\u0007',
      '\u001B',
      '\u007F',
      '\u0080',
      '\u009B', // C0 and C1 controls, DEL
      '\u200B',
      '\u200C',
      '\u200D',
      '\u2060',
      '\uFEFF',
      '\u00AD', // zero-width space, joiners, word joiner, BOM, soft hyphen
      '\u200E',
      '\u200F',
      '\u061C', // LRM, RLM, ALM
      '\u202A',
      '\u202B',
      '\u202C',
      '\u202D',
      '\u202E', // embeddings, pop, overrides
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069', // isolates
      '\u3164',
      '\u115F',
      '\uFFA0',
      '\u2800',
      '\u034F',
      '\u180E', // fillers, blank Braille, grapheme joiner, Mongolian vowel separator
      '\u{E0001}',
      '\u{E0041}', // tag characters
    ];
    for (const ch of hidden) expect(cleanLines(`Ng${ch}uyễn${ch} Văn A`), `U+${ch.codePointAt(0)!.toString(16)}`).toBe('Nguyễn Văn A');
    expect(cleanLines('\u202Egnaht\u202C Thị')).toBe('gnaht Thị');
    expect(cleanLines('\u200B\u200B\n\u2066\u2069')).toBe('');
    // a lone surrogate (half an emoji) is dropped too
    expect(cleanLines('A\uD83DB')).toBe('AB');
  });

  it('drops a variation selector standing alone, keeps it on the character it styles', () => {
    expect(cleanLines('\uFE0F\uFE0FHoa \uFE0F')).toBe('Hoa');
    expect(cleanLines('Tốt \u2764\uFE0F 1\uFE0F\u20E3')).toBe('Tốt \u2764\uFE0F 1\uFE0F\u20E3');
    expect(cleanLines('\u2764\uFE0E\uFE0E')).toBe('\u2764\uFE0E');
    // after a letter it styles nothing
    expect(cleanLines('Ma\uFE0Fi')).toBe('Mai');
  });

  it('keeps the joiner inside an emoji sequence only', () => {
    const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
    const coder = '\u{1F469}\u{1F3FD}\u200D\u{1F4BB}';
    const heartOnFire = '\u2764\uFE0F\u200D\u{1F525}';
    expect(cleanLines(`${family} ${coder} ${heartOnFire}`)).toBe(`${family} ${coder} ${heartOnFire}`);
    expect(cleanLines('A\u200DB \u{1F468}\u200D x')).toBe('AB \u{1F468} x');
  });
});

describe('cleanText', () => {
  it('is cleanLines on one line', () => {
    expect(cleanText('Dòng 1\n\nDòng\u200B 2\r\n')).toBe('Dòng 1 Dòng 2');
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
