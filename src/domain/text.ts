// Vietnamese text handling: everything typed by people is normalised to NFC, and names are
// compared without diacritics or case so that "van phong" finds "Văn phòng".

export function nfc(text: string): string {
  return text.normalize('NFC');
}

/** Collapses runs of white space and trims, after NFC. */
export function cleanText(text: string): string {
  return nfc(text).replace(/\s+/gu, ' ').trim();
}

/**
 * Key for matching: no diacritics, lower case, single spaces. đ/Đ do not decompose under NFD,
 * so they are mapped by hand.
 */
export function searchKey(text: string): string {
  return cleanText(text)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
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
