import { searchKey } from '../../domain/text.js';
import { normaliseText, type PlanText } from '../plan-text.js';
import type { Origin } from './types.js';

// How a Vietnamese administrative plan is laid out (Nghị định 30/2020/NĐ-CP, Phụ lục I): quốc hiệu,
// the issuing body, "Số: …/KH-…", "<địa danh>, ngày … tháng … năm …", the kind "KẾ HOẠCH" and its
// trích yếu, the "Căn cứ …" paragraphs, then parts numbered I., II., III. with items 1., 1.1., a)
// and bullets "-", "+", and at the end "Nơi nhận:" and the signature. The finders read the plan
// through this outline: each line knows its numbering, whether it is a heading, and what the
// heading above it is about (criteria, awards, dossier…), whatever words a commune chose.

export type Topic = 'recipients' | 'dossier' | 'eligibility' | 'criteria' | 'forms' | 'schedule' | 'organisation' | 'funding' | 'subjects' | 'content' | 'purpose' | 'awards';

/** Heading words (without diacritics) → what the section holds; the first that fits wins. */
const TOPICS: ReadonlyArray<[Topic, RegExp]> = [
  ['recipients', /^noi nhan/],
  ['dossier', /\bho so\b/],
  ['eligibility', /tieu chuan|tieu chi khen thuong|tieu chi xet khen|dieu kien/],
  ['criteria', /tieu chi|chi tieu/],
  ['forms', /hinh thuc|so luong khen/],
  ['schedule', /thoi gian|tien do|thoi han|moc/],
  ['organisation', /to chuc thuc hien|phan cong|trach nhiem/],
  ['funding', /kinh phi/],
  ['subjects', /doi tuong/],
  ['content', /noi dung|nhiem vu|giai phap/],
  ['purpose', /muc dich|yeu cau/],
  ['awards', /khen thuong/],
];

export type MarkerKind = 'roman' | 'number' | 'letter' | 'dash' | 'plus';

export interface Line {
  /** the block's text, or several blocks a page or line break split (a block starting in lower case continues the one before) */
  text: string;
  /** the text without its numbering */
  body: string;
  marker: { kind: MarkerKind; label: string; depth: number } | null;
  heading: boolean;
  location: string;
  /** headings above this line, outermost first */
  parents: Line[];
  index: number;
}

// "I.", "II." (parts); "1.", "2.3." (items; one more level per number); "a)", "a,", "a." (points);
// "-", "–", "•" bullets; "+" sub-bullets (also "- +" where a list was flattened).
const ROMAN = /^([IVX]{1,5})[.)/]\s+/;
const NUMBER = /^(\d{1,2}(?:\.\d{1,2})*)[.)]?(?=\s)\s*/;
const LETTER = /^([a-zđ])[),.]\s+/;
const PLUS = /^(?:[-–•]\s*)?\+\s*/;
const DASH = /^[-–•]\s*/;

function markerOf(text: string): { marker: Line['marker']; body: string } {
  let m = ROMAN.exec(text);
  if (m) return { marker: { kind: 'roman', label: m[1]!, depth: 1 }, body: text.slice(m[0].length) };
  m = NUMBER.exec(text);
  // "2025 …" or "14 xóm" are not item numbers: an item number ends with "." or ")" or is followed by a capital
  if (m && (/[.)]/.test(m[0]) || /^\p{Lu}/u.test(text.slice(m[0].length)))) {
    return { marker: { kind: 'number', label: m[1]!, depth: 1 + m[1]!.split('.').length }, body: text.slice(m[0].length) };
  }
  m = LETTER.exec(text);
  if (m) return { marker: { kind: 'letter', label: `${m[1]})`, depth: 5 }, body: text.slice(m[0].length) };
  m = PLUS.exec(text);
  if (m) return { marker: { kind: 'plus', label: '+', depth: 7 }, body: text.slice(m[0].length) };
  m = DASH.exec(text);
  if (m) return { marker: { kind: 'dash', label: '-', depth: 6 }, body: text.slice(m[0].length) };
  return { marker: null, body: text };
}

const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;
const isUpper = (text: string): boolean => /\p{L}/u.test(text) && text === text.toLocaleUpperCase('vi');

/**
 * A heading is short and does not end like a sentence: "1. Mục đích", "a) Đối với tập thể:",
 * "II. NỘI DUNG"; a numbered sentence ("1. Các cơ quan … đảm bảo theo yêu cầu.") is an item.
 */
function isHeading(body: string, marker: Line['marker']): boolean {
  if (/^noi nhan/.test(searchKey(body))) return true;
  if (isUpper(body) && words(body) <= 20) return true;
  if (!marker || marker.kind === 'dash' || marker.kind === 'plus') return false;
  if (/:$/.test(body)) return words(body) <= 40;
  return words(body) <= 14 && !/[.;]$/.test(body);
}

/** Blocks into lines: blocks a break split mid-sentence are joined, each line placed under its headings. */
export function outline(plan: PlanText): Line[] {
  const joined: Array<{ text: string; location: string }> = [];
  for (const block of plan.blocks) {
    // readers hand NFC text; a PlanText built elsewhere may not be
    const text = normaliseText(block.text);
    const previous = joined.at(-1);
    if (previous && /^\p{Ll}/u.test(text) && !/[.:;!?]$/.test(previous.text) && !LETTER.test(text)) {
      previous.text = `${previous.text} ${text}`;
      previous.location = `${previous.location}–${block.location.replace(/^.*?(\d+)$/, '$1')}`;
    } else if (text !== '') joined.push({ text, location: block.location });
  }
  const lines: Line[] = [];
  const stack: Line[] = [];
  joined.forEach(({ text, location }, index) => {
    const { marker, body } = markerOf(text);
    const heading = isHeading(body, marker);
    // an unnumbered heading ("KẾ HOẠCH", "Nơi nhận:") starts a top-level part
    const depth = marker?.depth ?? (heading ? 1 : Infinity);
    // a numbered item closes the headings at its own depth or deeper ("c) …" after "b) Đối với cá nhân:")
    if (heading || marker) while (stack.length > 0 && (stack.at(-1)!.marker?.depth ?? 1) >= depth) stack.pop();
    const line: Line = { text, body, marker, heading, location, parents: [...stack], index };
    if (heading) stack.push(line);
    lines.push(line);
  });
  return lines;
}

/** What the nearest heading (this line itself when it is one) says the line is about. */
export function topicOf(line: Line): Topic | null {
  for (const h of [...(line.heading ? [line] : []), ...[...line.parents].reverse()]) {
    const t = headingTopic(h);
    if (t) return t;
  }
  return null;
}

export function headingTopic(line: Line): Topic | null {
  const key = searchKey(line.body);
  return TOPICS.find(([, re]) => re.test(key))?.[0] ?? null;
}

/** Where a line stands in the plan's numbering: "III.3.2 a)" (part, deepest item number, point). */
export function numbering(line: Line): string {
  const chain = [...line.parents, line];
  const last = (kind: MarkerKind) => chain.filter((l) => l.marker?.kind === kind).at(-1)?.marker!.label;
  const [part, item, point] = [last('roman'), last('number'), last('letter')];
  return [[part, item].filter(Boolean).join('.'), point].filter(Boolean).join(' ');
}

/** The lines before the first part ("I. …", or "1. …" in a plan without parts): header, title and bases. */
export function preamble(lines: Line[]): Line[] {
  const first = lines.findIndex((l) => l.heading && (l.marker?.kind === 'roman' || l.marker?.kind === 'number'));
  return first === -1 ? lines : lines.slice(0, first);
}

// A sentence ends at ".", ";", "!" or "?" before a capital, an opening quote or bracket; not after an
// abbreviation like "P." (phường) or "TP." (thành phố).
const SENTENCE_END = /(?<![^\p{L}](?:P|TP|X|TT|Q|H|T|Tp|TX)\.)(?<=[.;!?])\s+(?=[\p{Lu}"“(])/u;

export function sentences(text: string): string[] {
  return text
    .split(SENTENCE_END)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function origin(line: Line, quote = line.text): Origin {
  return { quote, location: line.location };
}

/** Text as a value: no trailing punctuation, no surrounding quotes or brackets left open. */
export function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:.\-–]+|[\s,;:.\-–/]+$/g, '')
    .trim();
}

/** "cải cách thể chế" → "Cải cách thể chế" */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}
