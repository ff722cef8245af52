import { formatDate, vnDay } from '../../domain/dates.js';
import { searchKey } from '../../domain/text.js';
import { capitalise, origin, preamble, sentences, tidy, type Line } from './structure.js';
import type { AdminLevel, Found, IssuingBody, Missing } from './types.js';

// The header of a plan (Nghị định 30/2020, Phụ lục I): the issuing body ("UBND XÃ KIM PHƯỢNG"), its
// number ("Số: 12/KH-UBND", often left blank until it is registered: "Số: /KH-UBND"), the place and
// date ("Kim Phượng, ngày 18 tháng 02 năm 2025", the day left blank the same way), then "KẾ HOẠCH"
// and the trích yếu on the lines below it.

export interface Header {
  planNumber?: Found<string>;
  issuedOn?: Found<string>;
  issuingBody?: Found<IssuingBody>;
  title?: Found<string>;
  missing: Missing[];
}

const NUMBER = /Số\s*:\s*(\d*)\s*\/\s*([\p{L}\d]+(?:-[\p{L}\d]+)*)/u;
// "<địa danh>, ngày 05 tháng 8 năm 2025": day and month may be left blank in a draft
const DATE_LINE = /(?:^|\s)([\p{Lu}][\p{L}. ]*?),\s*ngày\s*(\d{1,2})?\s*tháng\s*(\d{1,2})?\s*năm\s*(\d{4})/u;
const LEVEL = '(xã|phường|thị trấn)';
const NAME = '((?:\\p{Lu}[\\p{L}]*)(?: \\p{Lu}[\\p{L}]*)*)';
// "ỦY BAN NHÂN DÂN XÃ KIM PHƯỢNG" above the number, or "Ủy ban nhân dân (UBND) phường An Hải ban hành…"
const BODY_NAMED = new RegExp(`(?:Ủy ban nhân dân|UBND)(?: \\(UBND\\))? ${LEVEL} ${NAME}`, 'u');
// the header block in capitals, on one line or two: "ỦY BAN NHÂN DÂN XÃ KIM PHƯỢNG"
const UPPER_BODY = /(?:ỦY BAN NHÂN DÂN|UBND)\s+(XÃ|PHƯỜNG|THỊ TRẤN)\s+(\p{Lu}+(?: \p{Lu}+)*?)(?=\s+(?:CỘNG|Số|Độc|-)|\s*$)/u;
const BODY_LEVEL = new RegExp(`(?:Ủy ban nhân dân|UBND)(?: \\(UBND\\))? ${LEVEL} (?:ban hành|xây dựng|triển khai|phát động|thực hiện)`, 'u');

export function findHeader(lines: Line[]): Header {
  const head = preamble(lines);
  const missing: Missing[] = [];
  const result: Header = { missing };

  const numberLine = head.find((l) => NUMBER.test(l.text));
  const number = numberLine ? NUMBER.exec(numberLine.text)! : null;
  if (number && number[1]) result.planNumber = { value: `${number[1]}/${number[2]}`, from: origin(numberLine!, number[0]) };
  else missing.push({ path: 'plan.number', key: 'plan-draft-missing-number' });

  const dateLine = head.find((l) => DATE_LINE.test(l.text));
  const date = dateLine ? DATE_LINE.exec(dateLine.text)! : null;
  const day = date && date[2] && date[3] ? vnDay(Number(date[4]), Number(date[3]), Number(date[2])) : null;
  if (day) result.issuedOn = { value: formatDate(day), from: origin(dateLine!, tidy(date![0])) };
  else missing.push({ path: 'plan.date', key: 'plan-draft-missing-date' });

  result.issuingBody = issuingBody(lines, dateLine && date ? { line: dateLine, place: placeName(date[1]!) } : null);
  if (!result.issuingBody) missing.push({ path: 'organization.name', key: 'plan-draft-missing-body' });

  result.title = title(head);
  if (!result.title) missing.push({ path: 'campaign.title', key: 'plan-draft-missing-title' });
  return result;
}

/** "P. Lê Thanh Nghị" → "Lê Thanh Nghị": the địa danh may carry the level's abbreviation. */
function placeName(text: string): string {
  return tidy(text.replace(/^.*?Số\s*:\s*\S*\s+/u, '').replace(/^(?:P|X|TT|Phường|Xã|Thị trấn)\.?\s+/u, ''));
}

const levelOf = (word: string): AdminLevel => word.toLowerCase() as AdminLevel;

/**
 * The body is named in the header, or in the sentence that issues the plan. When that sentence says
 * only "Ủy ban nhân dân xã ban hành…", the commune's name is the địa danh of the date line, which
 * for a commune's own documents is the commune (Nghị định 30/2020, Phụ lục I, mục I.4).
 */
function issuingBody(lines: Line[], dated: { line: Line; place: string } | null): Found<IssuingBody> | undefined {
  const top = preamble(lines).slice(0, 6);
  const upper = UPPER_BODY.exec(top.map((l) => l.text).join(' '));
  if (upper) {
    const place = upper[2]!.toLocaleLowerCase('vi').split(' ').map(capitalise).join(' ');
    return { value: { level: levelOf(upper[1]!.toLocaleLowerCase('vi')), place }, from: { quote: upper[0], location: top[0]!.location } };
  }
  // a basis names the body that issued it ("Căn cứ Kế hoạch số 03/KH-UBND của UBND xã …"), not this plan's
  const body = lines.slice(0, 60).flatMap((line) =>
    sentences(line.body)
      .filter((s) => !/^(?:Căn cứ|Thực hiện|Triển khai)\s/u.test(s))
      .map((s) => ({ line, s })),
  );
  for (const { line, s } of body) {
    const m = BODY_NAMED.exec(s);
    if (m && !/^(Nhân|Thành|Tỉnh|Huyện|Về|Trung|Xã|Phường)$/u.test(m[2]!.split(' ')[0]!)) {
      return { value: { level: levelOf(m[1]!), place: m[2]! }, from: origin(line, s) };
    }
  }
  if (!dated) return undefined;
  for (const { line, s } of body) {
    const m = BODY_LEVEL.exec(s);
    if (m) {
      return {
        value: { level: levelOf(m[1]!), place: dated.place },
        from: { quote: `${tidy(dated.line.text)} … ${s}`, location: `${dated.line.location}, ${line.location}` },
      };
    }
  }
  return undefined;
}

const LEGAL_START =
  /^(?:Căn cứ|Thực hiện|Triển khai)\s+(?:Luật|Bộ luật|Nghị định|Nghị quyết|Quyết định|Kế hoạch|Chỉ thị|Thông tư|Công văn|Hướng dẫn|Chương trình|Văn bản)(?![\p{L}])/u;

/** The trích yếu: the lines after "KẾ HOẠCH" until the bases or the first part. */
function title(head: Line[]): Found<string> | undefined {
  const kind = head.findIndex((l) => searchKey(l.body) === 'ke hoach' || l.body.startsWith('KẾ HOẠCH '));
  if (kind === -1) return undefined;
  // "KẾ HOẠCH Phát động phong trào …" on one line: the trích yếu follows the kind
  const rest = tidy(head[kind]!.body.replace(/^KẾ HOẠCH\s*/u, ''));
  if (rest !== '') return { value: capitalise(rest), from: origin(head[kind]!) };
  const parts: Line[] = [];
  for (const line of head.slice(kind + 1)) {
    if (LEGAL_START.test(line.body) || /^Căn cứ(?![\p{L}])/u.test(line.body) || line.body.split(' ').length > 40) break;
    parts.push(line);
  }
  if (parts.length === 0) return undefined;
  const text = capitalise(tidy(parts.map((p) => p.body).join(' ')));
  return { value: text, from: { quote: parts.map((p) => p.text).join(' '), location: parts.map((p) => p.location).join(', ') } };
}

export const bodyName = (b: IssuingBody): string => `UBND ${b.level} ${b.place}`;
export { LEGAL_START };
