// Classification bands (the campaign file's `grade_bands`). Labels here are data, not UI strings.

import { roundTo } from './numbers.js';

export interface GradeBand {
  grade: string;
  label: string;
  /** Lowest score (inclusive) that earns this band. */
  min: number;
}

/** Common practice: XUAT_SAC >= 90, TOT >= 80, KHA >= 70, TRUNG_BINH >= 50, YEU below. */
export const DEFAULT_GRADE_BANDS: readonly GradeBand[] = Object.freeze([
  Object.freeze({ grade: 'XUAT_SAC', label: 'Xuất sắc', min: 90 }),
  Object.freeze({ grade: 'TOT', label: 'Tốt', min: 80 }),
  Object.freeze({ grade: 'KHA', label: 'Khá', min: 70 }),
  Object.freeze({ grade: 'TRUNG_BINH', label: 'Trung bình', min: 50 }),
  Object.freeze({ grade: 'YEU', label: 'Yếu', min: 0 }),
]);

/** The bands highest first by `min` (a copy; ties keep their given order). */
function sortedBands(bands: readonly GradeBand[]): GradeBand[] {
  return [...bands].sort((a, b) => b.min - a.min);
}

/**
 * The band for `score`: bands are taken highest `min` first (whatever order they are given in)
 * and the first whose `min` ≤ score wins; a score below every band gets the lowest band. The
 * score is first rounded to 2 decimals, as it is shown, so 89.999… counts as 90.
 * Throws when `bands` is empty (a configuration error).
 */
export function gradeFor(score: number, bands: readonly GradeBand[] = DEFAULT_GRADE_BANDS): GradeBand {
  const sorted = sortedBands(bands);
  const lowest = sorted[sorted.length - 1];
  if (lowest === undefined) throw new Error('gradeFor: no grade bands');
  const s = roundTo(score);
  return sorted.find((band) => band.min <= s) ?? lowest;
}

/**
 * True when `grade` ranks at least as high as `atLeast` (compared by the bands' `min`), e.g.
 * XUAT_SAC and TOT are at least TOT. False when either grade is not among `bands`.
 */
export function isGradeAtLeast(grade: string, atLeast: string, bands: readonly GradeBand[] = DEFAULT_GRADE_BANDS): boolean {
  const have = bands.find((b) => b.grade === grade);
  const need = bands.find((b) => b.grade === atLeast);
  if (have === undefined || need === undefined) return false;
  return have.min >= need.min;
}
