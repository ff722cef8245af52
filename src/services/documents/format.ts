// Small pieces of the state format (Nghị định 30/2020/NĐ-CP, Phụ lục I) shared by the documents.
// Documents are always in Vietnamese: they are state paperwork, whatever the reader's chat language.

import { formatDate, OFFSET_MS } from '../../domain/dates.js';
import { formatNumber } from '../../domain/numbers.js';
import { nfc, searchKey } from '../../domain/text.js';

/** what a missing value becomes in a document: a visible blank to fill in by hand */
export const BLANK = '……';

export const upper = (text: string): string => nfc(text).toLocaleUpperCase('vi');

/** "Phong trào thi đua …" inside a sentence: "phong trào thi đua …" */
export const lowerFirst = (text: string): string => (text === '' ? text : text[0]!.toLocaleLowerCase('vi') + text.slice(1));

/** Quotas and counts the way the plans and decisions write them: "01", "04", "12". */
export const count2 = (n: number): string => String(n).padStart(2, '0');

const ORG_PREFIX = /^\s*(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+/iu;

/** "UBND xã Kim Phượng" → "xã Kim Phượng" (the commune as a sentence names it) */
export function communeOf(organizationName: string): string {
  return nfc(organizationName).replace(ORG_PREFIX, '').trim();
}

/** ô 4 địa danh: "UBND xã Kim Phượng" → "Kim Phượng" (the commune's own name, without "xã"/"phường") */
export function placeOf(organizationName: string): string {
  return communeOf(organizationName)
    .replace(/^(?:xã|phường|thị trấn|đặc khu)\s+/iu, '')
    .trim();
}

/**
 * Ô 4's "ngày … tháng … năm …": days below 10 and the months 1 and 2 get a leading zero (Mục
 * V ô 4). No date: day and month left blank, the year the current one.
 */
export function dateParts(date: Date | null, now: Date): { ngay: string; thang: string; nam: string } {
  if (!date) return { ngay: BLANK, thang: BLANK, nam: String(new Date(now.getTime() + OFFSET_MS).getUTCFullYear()) };
  const [day, month, year] = formatDate(date).split('/') as [string, string, string];
  const m = Number(month);
  return { ngay: day, thang: m <= 2 ? month : String(m), nam: year };
}

/** points in the Vietnamese way ("94,5"); the blank when there are none */
export const points = (value: number | null | undefined): string => (value === null || value === undefined ? BLANK : formatNumber(value));

/** A file name safe everywhere: ASCII letters, digits and dashes ("to-trinh-van-hoa-xa-hoi.docx"). */
export function fileNameOf(...parts: string[]): string {
  const slug = parts
    .map((p) =>
      searchKey(p)
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter((p) => p !== '')
    .join('-');
  return `${slug.slice(0, 80).replace(/-+$/, '')}.docx`;
}
