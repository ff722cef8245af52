import { searchKey } from '../../domain/text.js';
import { origin, sentences, topicOf, type Line } from './structure.js';
import type { Found, Missing } from './types.js';

// Offices of the commune a plan names: "phòng Văn hóa - Xã hội", "Văn phòng HĐND và UBND xã",
// "Bộ phận Văn phòng - thống kê", "Trung tâm Phục vụ hành chính công" ("TT" in Nơi nhận). A name
// runs from its head word to the verb or punctuation that ends it; "các phòng, đơn vị" is no name.
// The lead office is the one the plan makes "chủ trì", "đầu mối", "thường trực", or the one that
// "tham mưu", "theo dõi", "đôn đốc" the whole plan.

const HEAD = String.raw`(?<![\p{L}])(Bộ phận|Văn phòng|Phòng|phòng|Trung tâm|TT)\s+`;
/** Words that end an office's name: what the office does next, or a link to another clause. */
const STOP = new RegExp(
  String.raw`^(?:chủ trì|tham mưu|có trách nhiệm|chịu trách nhiệm|tổ chức|tăng cường|phối hợp|thực hiện|theo dõi|hướng dẫn|xây dựng|tổng hợp|triển khai|đôn đốc|tiếp nhận|ban hành|kiểm tra|là|được|để|gửi|nộp|căn cứ|làm|về|khi|trên|tại|trong|cho|với|đề nghị|nghiên cứu|rà soát|thẩm định|và các|và người|đánh giá|tuyên truyền|báo cáo|giúp|thường trực|đầu mối|cập nhật|theo|nhằm|có|trước|sau|ngày|chậm nhất|đúng|kịp thời|hằng|hàng|định kỳ|của|đến|từ|qua|bằng|vào)(?![\p{L}])`,
  'iu',
);
const LEVEL_WORD = /\s+(xã|phường|thị trấn)(?:\s+\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)*)?$/u;
/** "TT Đảng ủy, HĐND" in Nơi nhận is the standing committee (thường trực), not a centre. */
const NOT_A_CENTRE = /^(?:Đảng ủy|ĐU|HĐND|UBND|Hội đồng|Ủy ban)/u;
/** A level word in the name: the office belongs to a higher level (Phòng Nội vụ huyện). */
const HIGHER = /\s(huyện|quận|tỉnh|thành phố|thị xã)(?:\s|$)/u;

export interface OfficeMention {
  name: string;
  /** where the name ends in the text, to read what follows it */
  end: number;
  start: number;
  /** "phối hợp với X": X helps, the verbs after it belong to someone else */
  helper: boolean;
}

/** Office names in a piece of text, in order. */
export function officesIn(text: string): OfficeMention[] {
  const found: OfficeMention[] = [];
  const head = new RegExp(HEAD, 'gu');
  let m: RegExpExecArray | null;
  while ((m = head.exec(text))) {
    const before = text.slice(0, m.index);
    if (/(?:các|những|mỗi)\s+$/iu.test(before)) continue;
    const rest = text.slice(m.index + m[0].length);
    const name = nameWords(rest);
    head.lastIndex = m.index + m[0].length + name.length;
    if (!name) continue;
    // "Phòng" needs a proper name after it ("phòng chuyên môn" is a kind of office, not one office)
    const headWord = m[1]!.toLowerCase() === 'tt' ? 'Trung tâm' : m[1]!.charAt(0).toUpperCase() + m[1]!.slice(1);
    if (headWord !== 'Trung tâm' && !/^\p{Lu}/u.test(name)) continue;
    if ((m[1] === 'TT' && NOT_A_CENTRE.test(name)) || HIGHER.test(name)) continue;
    found.push({ name: officeName(headWord, name), start: m.index, end: m.index + m[0].length + name.length, helper: /(?:phối hợp |cùng )?với\s+$/iu.test(before) });
  }
  return found;
}

/** The words of a name: on through "-", through "," or "và" only when a capital follows, up to a stop word. */
function nameWords(rest: string): string {
  const tokens = rest.split(/(?=\s)/u);
  let taken = '';
  for (const token of tokens) {
    const word = token.trim();
    const after = rest.slice(taken.length).trimStart();
    if (word === '') break;
    if (STOP.test(after)) break;
    if (/^[;:.()!?"“”]/.test(word)) break;
    if (word === 'và' || word.endsWith(',')) {
      const next = rest.slice(taken.length + token.length).trimStart();
      if (!/^\p{Lu}/u.test(next)) {
        if (word.endsWith(',')) taken += token.slice(0, token.lastIndexOf(','));
        break;
      }
    }
    const clean = word.replace(/[;:.()!?"“”]+$/u, '');
    if (clean !== word) {
      taken += token.slice(0, token.length - (word.length - clean.length));
      break;
    }
    taken += token;
    if (taken.split(/\s+/).filter(Boolean).length > 14) return '';
  }
  return taken.replace(/[\s,]+$/u, '');
}

/** "phòng" + "Văn hóa - Xã hội xã" → "Phòng Văn hóa - Xã hội": the commune's own level word is left off. */
function officeName(head: string, name: string): string {
  const full = `${head} ${name}`;
  // "… Ủy ban nhân dân xã" keeps it: without it the name would be cut short
  if (/(?:nhân dân|UBND|HĐND)\s+(?:xã|phường|thị trấn)$/u.test(full)) return full;
  return full.replace(LEVEL_WORD, '');
}

const LEAD_WORDS: ReadonlyArray<[RegExp, number]> = [
  [/chủ trì/iu, 3],
  [/đầu mối/iu, 3],
  [/thường trực/iu, 3],
  [/tham mưu/iu, 2],
  [/theo dõi/iu, 2],
  [/đôn đốc/iu, 2],
  [/hướng dẫn/iu, 1],
];

const score = (text: string): number => LEAD_WORDS.reduce((s, [re, points]) => s + (re.test(text) ? points : 0), 0);

/**
 * The lead office, from the part that assigns the work (TỔ CHỨC THỰC HIỆN): each office is given the
 * words between its name and the next office's, or the bullets under a heading that names it.
 */
export function findLeadOffice(lines: Line[]): { lead?: Found<string>; missing: Missing[] } {
  let best: { found: Found<string>; score: number } | undefined;
  const consider = (name: string, points: number, line: Line, quote: string) => {
    if (points >= 2 && (!best || points > best.score)) best = { found: { value: name, from: origin(line, quote) }, score: points };
  };
  for (const line of lines.filter((l) => topicOf(l) === 'organisation')) {
    if (line.heading) {
      const office = officesIn(line.body)[0];
      if (office && office.start < 3) {
        const under = lines.filter((l) => l.parents.includes(line));
        consider(office.name, score(under.map((l) => l.body).join(' ')), under.find((l) => score(l.body) > 0) ?? line, line.text);
      }
      continue;
    }
    for (const sentence of sentences(line.body)) {
      const mentions = officesIn(sentence).filter((o) => !o.helper);
      mentions.forEach((o, i) => consider(o.name, score(sentence.slice(o.end, mentions[i + 1]?.start ?? sentence.length)), line, sentence));
    }
  }
  return best ? { lead: best.found, missing: [] } : { missing: [{ path: 'campaign.lead_office', key: 'plan-draft-missing-lead-office' }] };
}

/**
 * The commune's offices the plan names: in its body, and in "Nơi nhận" those that carry the
 * commune's level ("TT Phục vụ hành chính công phường"; "Phòng Nội vụ" there is the district's).
 */
export function findUnits(lines: Line[]): { units: Found<string>[]; missing: Missing[] } {
  const units: Found<string>[] = [];
  const seen = new Set<string>();
  for (const line of lines) {
    const recipients = topicOf(line) === 'recipients';
    if (recipients && !/(?:xã|phường|thị trấn)\s*[;.]?$/u.test(line.body)) continue;
    for (const o of officesIn(line.body)) {
      const key = unitKey(o.name);
      if (seen.has(key)) continue;
      seen.add(key);
      units.push({ value: o.name, from: origin(line) });
    }
  }
  return { units, missing: units.length === 0 ? [{ path: 'units', key: 'plan-draft-missing-units' }] : [] };
}

/** Two spellings of one office compare equal: abbreviations spelled out, the generic "Bộ phận" and level words left off. */
export function unitKey(name: string): string {
  return searchKey(name)
    .replace(/\bhdnd\b/g, 'hoi dong nhan dan')
    .replace(/\bubnd\b/g, 'uy ban nhan dan')
    .replace(/^tt\b/, 'trung tam')
    .replace(/^bo phan /, '')
    .replace(/\s+(xa|phuong|thi tran)$/, '')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
