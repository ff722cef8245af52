// How a drafted value is compared with the hand-checked one (rules in evaluate.ts's header comment).
import { parseDate } from '../../domain/dates.js';
import { searchKey } from '../../domain/text.js';

export function norm(text: string): string {
  return searchKey(text)
    .replace(/\bubnd\b/g, 'uy ban nhan dan')
    .replace(/\bhdnd\b/g, 'hoi dong nhan dan')
    .replace(/\btthc\b/g, 'thu tuc hanh chinh')
    .replace(/\bcchc\b/g, 'cai cach hanh chinh')
    .replace(/[^a-z0-9/]+/g, ' ')
    .trim();
}

export function dice(a: string, b: string): number {
  const x = new Set(norm(a).split(' ').filter(Boolean));
  const y = new Set(norm(b).split(' ').filter(Boolean));
  if (x.size + y.size === 0) return 1;
  let both = 0;
  for (const w of x) if (y.has(w)) both++;
  return (2 * both) / (x.size + y.size);
}

export const titleKey = (t: string): string =>
  norm(t)
    .replace(/^ke hoach /, '')
    .replace(/^(?:(?:phat dong|trien khai|thuc hien|to chuc)\s+)+/, '');
export const dayKey = (d: string): string => {
  const parsed = parseDate(d);
  return parsed ? String(parsed.getTime()) : d;
};
