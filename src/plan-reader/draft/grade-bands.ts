import { DEFAULT_GRADE_BANDS } from '../../domain/grades.js';
import { searchKey } from '../../domain/text.js';
import { origin, type Line } from './structure.js';
import type { Sourced } from './types.js';

// Grade bands when the plan sets them ("Xuất sắc: từ 90 điểm trở lên; Tốt: từ 80 đến dưới 90
// điểm …"); otherwise the usual five bands, proposed as a default.

const BAND = /\b(xuat sac|tot|kha|trung binh|yeu|khong hoan thanh)\b[^;.]{0,30}?(?:tu|dat)\s+(\d{1,3})\s*(?:diem|%)/g;
const GRADE: Record<string, string> = { 'xuat sac': 'XUAT_SAC', tot: 'TOT', kha: 'KHA', 'trung binh': 'TRUNG_BINH', yeu: 'YEU', 'khong hoan thanh': 'YEU' };

type Band = { grade: string; label: string; min: number };

export function findGradeBands(lines: Line[]): Sourced<Band[]> {
  // the bands are one list, often split by ";": read the whole paragraph
  for (const line of lines) {
    const bands = [...searchKey(line.body).matchAll(BAND)].map((m) => ({ grade: GRADE[m[1]!]!, min: Number(m[2]) }));
    if (bands.length < 3) continue;
    const labelled = bands.map((b) => ({ ...b, label: DEFAULT_GRADE_BANDS.find((d) => d.grade === b.grade)!.label }));
    // the lowest band takes everything below the others
    if (labelled.at(-1)!.min !== 0) labelled.push({ grade: 'YEU', label: DEFAULT_GRADE_BANDS.at(-1)!.label, min: 0 });
    return { value: labelled.filter((b, i) => labelled.findIndex((c) => c.grade === b.grade) === i), from: origin(line) };
  }
  return { default: true, proposed: DEFAULT_GRADE_BANDS.map((b) => ({ ...b })), why: 'plan-draft-default-grade-bands' };
}
