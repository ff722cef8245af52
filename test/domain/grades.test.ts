import { describe, expect, it } from 'vitest';
import { DEFAULT_GRADE_BANDS, gradeFor, isGradeAtLeast, type GradeBand } from '../../src/domain/grades.js';

describe('DEFAULT_GRADE_BANDS', () => {
  it('holds the five common bands, highest first', () => {
    expect(DEFAULT_GRADE_BANDS.map((b) => [b.grade, b.label, b.min])).toEqual([
      ['XUAT_SAC', 'Xuất sắc', 90],
      ['TOT', 'Tốt', 80],
      ['KHA', 'Khá', 70],
      ['TRUNG_BINH', 'Trung bình', 50],
      ['YEU', 'Yếu', 0],
    ]);
  });

  it('labels are NFC', () => {
    for (const b of DEFAULT_GRADE_BANDS) expect(b.label).toBe(b.label.normalize('NFC'));
  });
});

describe('gradeFor', () => {
  it.each([
    [100, 'XUAT_SAC'],
    [90, 'XUAT_SAC'],
    [89.99, 'TOT'],
    [80, 'TOT'],
    [79.99, 'KHA'],
    [70, 'KHA'],
    [69.99, 'TRUNG_BINH'],
    [50, 'TRUNG_BINH'],
    [49.99, 'YEU'],
    [0, 'YEU'],
  ])('%d → %s', (score, grade) => {
    expect(gradeFor(score, DEFAULT_GRADE_BANDS).grade).toBe(grade);
  });

  it('uses the default bands when none are given', () => {
    expect(gradeFor(85).label).toBe('Tốt');
  });

  it('gives the lowest band below every band', () => {
    expect(gradeFor(-5, DEFAULT_GRADE_BANDS).grade).toBe('YEU');
    const four: GradeBand[] = [
      { grade: 'A', label: 'A', min: 90 },
      { grade: 'B', label: 'B', min: 70 },
      { grade: 'C', label: 'C', min: 50 },
    ];
    expect(gradeFor(10, four).grade).toBe('C');
  });

  it('compares the score rounded to 2 decimals (float noise)', () => {
    expect(gradeFor(89.999999999, DEFAULT_GRADE_BANDS).grade).toBe('XUAT_SAC');
    expect(gradeFor(89.994, DEFAULT_GRADE_BANDS).grade).toBe('TOT');
    const tenths: GradeBand[] = [
      { grade: 'HIGH', label: 'High', min: 0.3 },
      { grade: 'LOW', label: 'Low', min: 0 },
    ];
    expect(gradeFor(0.1 + 0.2, tenths).grade).toBe('HIGH');
    expect(gradeFor(0.3 - 1e-12, tenths).grade).toBe('HIGH');
  });

  it('accepts bands in any order without changing them', () => {
    const shuffled: GradeBand[] = [DEFAULT_GRADE_BANDS[3]!, DEFAULT_GRADE_BANDS[0]!, DEFAULT_GRADE_BANDS[4]!, DEFAULT_GRADE_BANDS[1]!, DEFAULT_GRADE_BANDS[2]!];
    const before = shuffled.map((b) => b.grade);
    expect(gradeFor(95, shuffled).grade).toBe('XUAT_SAC');
    expect(gradeFor(75, shuffled).grade).toBe('KHA');
    expect(gradeFor(10, shuffled).grade).toBe('YEU');
    expect(shuffled.map((b) => b.grade)).toEqual(before);
  });

  it('throws on an empty band list', () => {
    expect(() => gradeFor(50, [])).toThrow(/no grade bands/);
  });
});

describe('isGradeAtLeast', () => {
  it('compares by band order', () => {
    expect(isGradeAtLeast('XUAT_SAC', 'TOT', DEFAULT_GRADE_BANDS)).toBe(true);
    expect(isGradeAtLeast('TOT', 'TOT', DEFAULT_GRADE_BANDS)).toBe(true);
    expect(isGradeAtLeast('KHA', 'TOT', DEFAULT_GRADE_BANDS)).toBe(false);
    expect(isGradeAtLeast('YEU', 'YEU', DEFAULT_GRADE_BANDS)).toBe(true);
    expect(isGradeAtLeast('YEU', 'TRUNG_BINH')).toBe(false);
  });

  it('is false for a grade not in the bands', () => {
    expect(isGradeAtLeast('UNKNOWN', 'TOT', DEFAULT_GRADE_BANDS)).toBe(false);
    expect(isGradeAtLeast('XUAT_SAC', 'UNKNOWN', DEFAULT_GRADE_BANDS)).toBe(false);
    expect(isGradeAtLeast('TOT', 'TOT', [])).toBe(false);
  });
});
