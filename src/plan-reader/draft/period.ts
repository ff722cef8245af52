import { formatDate, vnDay } from '../../domain/dates.js';
import type { Header } from './header.js';
import { origin, preamble, tidy, type Line } from './structure.js';
import type { Found, Missing, Period } from './types.js';

// The period a plan runs over, as plans word it: "từ ngày 01/7/2025 đến ngày 31/12/2025", "6 tháng
// cuối năm 2025", "6 tháng đầu năm 2026", "quý III năm 2025", "năm 2026", "giai đoạn 2026 - 2030".
// Read from the trích yếu first (it names what the plan is for), then from the preamble.

const DATE = String.raw`(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})|(\d{1,2}) tháng (\d{1,2}) năm (\d{4})`;
const RANGE = new RegExp(`từ ngày (?:${DATE}) đến (?:hết )?ngày (?:${DATE})`, 'iu');
const HALF = /6 tháng (đầu|cuối) năm (\d{4})/iu;
const QUARTER = /quý (I{1,3}|IV|[1-4]) năm (\d{4})/iu;
const SPAN = /giai đoạn (\d{4})\s*[-–]\s*(\d{4})/iu;
const YEAR = /năm (\d{4})/iu;

const day = (d: number, m: number, y: number): string | null => {
  const date = vnDay(y, m, d);
  return date ? formatDate(date) : null;
};

const QUARTERS: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const QUARTER_END = ['31/03', '30/06', '30/09', '31/12'];

/** The period a phrase names, or null. */
export function periodIn(text: string): { period: Period; phrase: string } | null {
  let m = RANGE.exec(text);
  if (m) {
    const g = m.slice(1).map((v) => (v === undefined ? undefined : Number(v)));
    const from = g[0] !== undefined ? day(g[0], g[1]!, g[2]!) : day(g[3]!, g[4]!, g[5]!);
    const to = g[6] !== undefined ? day(g[6], g[7]!, g[8]!) : day(g[9]!, g[10]!, g[11]!);
    if (from && to) return { period: { from, to }, phrase: m[0] };
  }
  m = HALF.exec(text);
  if (m) {
    const y = m[2]!;
    return { period: m[1]!.toLowerCase() === 'đầu' ? { from: `01/01/${y}`, to: `30/06/${y}` } : { from: `01/07/${y}`, to: `31/12/${y}` }, phrase: m[0] };
  }
  m = QUARTER.exec(text);
  if (m) {
    const q = QUARTERS[m[1]!.toUpperCase()]!;
    return { period: { from: `01/${String(q * 3 - 2).padStart(2, '0')}/${m[2]}`, to: `${QUARTER_END[q - 1]}/${m[2]}` }, phrase: m[0] };
  }
  m = SPAN.exec(text);
  if (m) return { period: { from: `01/01/${m[1]}`, to: `31/12/${m[2]}` }, phrase: m[0] };
  m = YEAR.exec(text);
  if (m) return { period: { from: `01/01/${m[1]}`, to: `31/12/${m[1]}` }, phrase: m[0] };
  return null;
}

export function findPeriod(lines: Line[], header: Header): { period?: Found<Period>; missing: Missing[] } {
  if (header.title) {
    const found = periodIn(header.title.value);
    if (found) return { period: { value: found.period, from: header.title.from }, missing: [] };
  }
  // the dateline's "năm 2025" is when the plan was signed, not what it covers
  for (const line of preamble(lines).filter((l) => !/ngày\s*\d*\s*tháng/u.test(l.text) && !/^Căn cứ|^Thực hiện/u.test(l.body))) {
    const found = periodIn(line.text);
    if (found) return { period: { value: found.period, from: origin(line, tidy(line.text)) }, missing: [] };
  }
  return { missing: [{ path: 'campaign.period', key: 'plan-draft-missing-period' }] };
}
