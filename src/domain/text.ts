// Vietnamese text handling: everything typed by people is normalised to NFC and cleared of
// characters that show nothing (or reorder what others see), and names are compared without
// diacritics or case so that "van phong" finds "Văn phòng".

export function nfc(text: string): string {
  return text.normalize('NFC');
}

/**
 * The longest note, reason or explanation a dialog takes (report notes, self-score explanations,
 * appraisal reasons, violations): stored and shown whole up to this, refused past it.
 */
export const NOTE_MAX = 2000;

/** Every way of breaking a line (CRLF, CR, vertical tab, form feed, NEL, U+2028/2029) */
const LINE_BREAK = /\r\n?|[\v\f\u0085\u2028\u2029]/gu;
/**
 * Characters that show nothing or steer the display: controls (Cc), format characters (Cf: the
 * zero-width space and joiners, bidi embeddings, overrides and isolates, LRM/RLM, the BOM, soft
 * hyphens), other default-ignorable ones (variation selectors, Hangul fillers), lone surrogates,
 * and the blank Braille pattern that is used as an "invisible letter".
 */
const INVISIBLES = /[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\p{Cs}\u2800]/gu;
const ZWJ = '\u200D';
/** what may stand between an emoji and the joiner of an emoji sequence (👩🏽‍💻, ❤️‍🔥) */
// eslint-disable-next-line no-misleading-character-class -- one modifier at a time, on purpose
const EMOJI_MODIFIER = /[\uFE0F\u{1F3FB}-\u{1F3FF}]/u;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
/** characters that variation selectors have a meaning after: emoji (❤️, 1️⃣) and CJK ideographs */
const VARIABLE = /^[\p{Emoji}\p{Ideographic}]$/u;

/**
 * Whether an invisible character is part of something visible: the line break itself, a
 * variation selector right after an emoji or ideograph it styles (❤️, 1️⃣), a joiner inside an
 * emoji sequence (👨‍👩‍👧). Anywhere else it only hides or reorders text.
 */
function belongs(ch: string, offset: number, whole: string): boolean {
  if (ch === '\n') return true;
  const before = [...whole.slice(Math.max(0, offset - 4), offset)];
  const previous = before.at(-1) ?? '';
  if (/\p{Variation_Selector}/u.test(ch)) return VARIABLE.test(previous);
  if (ch !== ZWJ) return false;
  const base = EMOJI_MODIFIER.test(previous) ? (before.at(-2) ?? '') : previous;
  const next = String.fromCodePoint(whole.codePointAt(offset + 1) ?? 0);
  return PICTOGRAPH.test(base) && PICTOGRAPH.test(next);
}

/**
 * Typed text as it is kept and shown: NFC, invisible characters removed, and tidied within lines
 * only (runs of spaces and tabs to one space, each line trimmed, at most one blank line in a row,
 * the whole trimmed). Line breaks stay: a 20-line announcement arrives in 20 lines.
 */
export function cleanLines(text: string): string {
  return nfc(text)
    .replace(LINE_BREAK, '\n')
    .replace(/\t/g, ' ')
    .replace(INVISIBLES, (ch: string, offset: number, whole: string) => (belongs(ch, offset, whole) ? ch : ''))
    .split('\n')
    .map((line) => line.replace(/\s+/gu, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** One line of text (a name, a title, a search): cleaned as cleanLines, line breaks become spaces. */
export function cleanText(text: string): string {
  return cleanLines(text).replace(/\n+/g, ' ');
}

/**
 * Key for matching: no diacritics, lower case, single spaces. đ/Đ do not decompose under NFD,
 * so they are mapped by hand.
 */
export function searchKey(text: string): string {
  return cleanText(text).normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

/**
 * Finds the items a person meant by `query`: an exact key match wins; otherwise items whose key
 * starts with, then contains, the query. Several results mean the query was ambiguous.
 */
export function matchByName<T>(query: string, items: readonly T[], keyOf: (item: T) => string): T[] {
  const q = searchKey(query);
  if (q === '') return [];
  const keyed = items.map((item) => ({ item, key: searchKey(keyOf(item)) }));
  for (const test of [(k: string) => k === q, (k: string) => k.startsWith(q), (k: string) => k.includes(q)]) {
    const found = keyed.filter(({ key }) => test(key)).map(({ item }) => item);
    if (found.length > 0) return found;
  }
  return [];
}
