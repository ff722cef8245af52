import { parseDecimal } from '../../domain/numbers.js';
import type { Direction } from '../../domain/scoring.js';
import { capitalise, headingTopic, origin, sentences, tidy, topicOf, type Line } from './structure.js';
import type { DraftCriterion, Origin, Target } from './types.js';

// Targets as plans word them, in the parts that set them (tiêu chí thi đua, nội dung, nhiệm vụ):
// "100% thủ tục hành chính được công khai", "tối thiểu 80% hồ sơ…", "đạt từ 60% trở lên", "trên
// 95%", "không quá 5 vụ", "tối đa 02 ngày", "Hoàn thành số hóa …" (all of it: 100%). The number
// and its direction come from the words around it; the criterion is the clause it stands in: the
// measure before the number ("Tỷ lệ giao dịch … đạt từ 60% trở lên") or what is counted after it
// ("100% thủ tục hành chính …" → "Tỷ lệ thủ tục hành chính …"). A clause without such a number
// sets no target: it is kept for the officer to read, never given one.

const NUM = String.raw`(\d{1,3}(?:[.,]\d{1,2})?)`;
const LOWER_BEFORE = /(?:không quá|không vượt quá|tối đa|dưới|không cao hơn|ít hơn)\s*$/iu;
const LOWER_AFTER = /^\s*(?:trở xuống)/iu;
const HIGHER_WORDS = /(?:tối thiểu|ít nhất|không dưới|không thấp hơn|trên|từ)\s*$/iu;
const LEAD_IN = /(?:^|\s)(?:(?:phấn đấu|phần đấu|bảo đảm|đảm bảo|trong đó|có|đạt|luôn|phải)\s+)+$/iu;
const PERCENT = new RegExp(`${NUM}\\s*%(?:\\s*(?:trở lên|trở xuống))?`, 'gu');
// a count needs a word that makes it a target: "tối thiểu 02 tin, bài", "không quá 5 vụ"
const COUNT = new RegExp(`(tối thiểu|ít nhất|không quá|tối đa|không dưới|không vượt quá)\\s+${NUM}\\s+(\\p{L}+(?:\\s\\p{L}+)?)`, 'giu');
const MEASURE = /^(?:tỷ lệ|mức độ|số|chỉ số|kết quả|tổng số)(?![\p{L}])/iu;
/** Where a criterion's wording ends: the clause goes on to another aim. */
const CLAUSE_END = /,\s+(?:nâng cao|tăng|giảm|đảm bảo|bảo đảm|góp phần|phấn đấu|nhằm|tiến tới|đồng thời|trong đó)(?![\p{L}]).*$/iu;
const DANGLING = /\s+(?:thuộc|của|về|trên|đạt|phải đạt|phải|là|ở mức|luôn|đều|được)$/iu;

interface Hit {
  value: number;
  direction: Direction;
  unit: string;
  start: number;
  end: number;
}

function hitsIn(clause: string): Hit[] {
  const hits: Hit[] = [];
  for (const m of clause.matchAll(PERCENT)) {
    const before = clause.slice(0, m.index);
    const value = parseDecimal(m[1]!)?.value;
    if (value === undefined) continue;
    const lower = LOWER_BEFORE.test(before) || LOWER_AFTER.test(m[0].slice(m[1]!.length));
    const words = (lower ? LOWER_BEFORE : HIGHER_WORDS).exec(before);
    hits.push({ value, direction: lower ? 'LOWER_IS_BETTER' : 'HIGHER_IS_BETTER', unit: '%', start: words ? words.index : m.index, end: m.index + m[0].length });
  }
  for (const m of clause.matchAll(COUNT)) {
    if (hits.some((h) => h.start <= m.index && m.index < h.end) || m[3]!.startsWith('%')) continue;
    const value = parseDecimal(m[2]!)?.value;
    if (value === undefined) continue;
    const lower = /quá|tối đa/iu.test(m[1]!);
    hits.push({ value, direction: lower ? 'LOWER_IS_BETTER' : 'HIGHER_IS_BETTER', unit: m[3]!, start: m.index, end: m.index + m[0].length });
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** The criterion a number measures, worded as a measure: "Tỷ lệ hồ sơ … giải quyết đúng hạn". */
function titleFor(clause: string, hit: Hit, previousEnd: number, nextStart: number): string | null {
  const before = tidy(clause.slice(previousEnd, hit.start).replace(LEAD_IN, ''));
  if (MEASURE.test(before)) return capitalise(tidy(before.replace(DANGLING, '')));
  let after = tidy(clause.slice(hit.end, nextStart).replace(CLAUSE_END, ''));
  if (hit.unit !== '%') after = tidy(`${hit.unit} ${after}`);
  after = tidy(after.replace(DANGLING, ''));
  if (after.split(' ').length < 2) return null;
  if (MEASURE.test(after)) return capitalise(after);
  return `${hit.unit === '%' ? 'Tỷ lệ' : 'Số'} ${after.charAt(0).toLocaleLowerCase('vi')}${after.slice(1)}`;
}

const TARGET_TOPICS = new Set(['criteria', 'content']);
const COMPLETE = /^Hoàn thành\s+(?!xuất sắc|tốt|nhiệm vụ được giao)(.+)$/iu;

export function findCriteria(lines: Line[]): { criteria: DraftCriterion[]; unquantified: Origin[] } {
  const criteria: DraftCriterion[] = [];
  const unquantified: Origin[] = [];
  const scanned = lines.filter((l) => TARGET_TOPICS.has(topicOf(l) ?? ''));
  for (const line of scanned) {
    const section = sectionOf(line);
    let any = false;
    for (const sentence of sentences(line.body)) {
      for (const clause of sentence.split(/;\s*/u)) {
        const hits = hitsIn(clause);
        hits.forEach((hit, i) => {
          const title = titleFor(clause, hit, hits[i - 1]?.end ?? 0, hits[i + 1]?.start ?? clause.length);
          if (!title) return;
          any = true;
          const target: Target = { value: hit.value, direction: hit.direction, unitOfMeasure: hit.unit };
          criteria.push({ title, target, from: origin(line, tidy(clause)), section });
        });
      }
    }
    const complete = COMPLETE.exec(line.body);
    // "Hoàn thành …" sets a whole job as the target, in the criteria part only (elsewhere it is praise)
    if (!any && complete && topicOf(line) === 'criteria' && !(line.heading && scanned.some((l) => l.parents.includes(line) && COMPLETE.test(l.body)))) {
      any = true;
      const title = `Tỷ lệ hoàn thành ${tidy(complete[1]!)}`;
      criteria.push({ title, target: { value: 100, direction: 'HIGHER_IS_BETTER', unitOfMeasure: '%' }, from: origin(line), section });
    }
    if (!any && topicOf(line) === 'criteria' && !line.heading && line.marker) unquantified.push(origin(line));
  }
  return { criteria, unquantified };
}

/** The heading a criterion stands under, named for grouping: "Tiêu chí thi đua". */
function sectionOf(line: Line): string {
  const heading = [...line.parents].reverse().find((p) => headingTopic(p) === 'criteria' || headingTopic(p) === 'content');
  return heading ? tidy(heading.body) : '';
}
