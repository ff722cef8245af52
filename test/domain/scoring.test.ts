import { describe, expect, it } from 'vitest';
import { criterionPoints, unitScore, type CriterionRule } from '../../src/domain/scoring.js';

const linearUp = (target: number | null, maxPoints = 10): CriterionRule => ({ scoringRule: 'LINEAR', direction: 'HIGHER_IS_BETTER', target, maxPoints });
const linearDown = (target: number | null, maxPoints = 10): CriterionRule => ({ scoringRule: 'LINEAR', direction: 'LOWER_IS_BETTER', target, maxPoints });
const thresholdUp = (target: number | null, maxPoints = 5): CriterionRule => ({ scoringRule: 'THRESHOLD', direction: 'HIGHER_IS_BETTER', target, maxPoints });
const thresholdDown = (target: number | null, maxPoints = 5): CriterionRule => ({ scoringRule: 'THRESHOLD', direction: 'LOWER_IS_BETTER', target, maxPoints });

describe('criterionPoints', () => {
  it('is null without a value', () => {
    expect(criterionPoints(linearUp(100), null)).toBeNull();
    expect(criterionPoints(thresholdDown(0), null)).toBeNull();
    expect(criterionPoints(linearUp(100), Number.NaN)).toBeNull();
  });

  it('is null for MANUAL whatever the value', () => {
    expect(criterionPoints({ scoringRule: 'MANUAL', direction: 'HIGHER_IS_BETTER', target: 100, maxPoints: 10 }, 100)).toBeNull();
    expect(criterionPoints({ scoringRule: 'MANUAL', direction: 'LOWER_IS_BETTER', target: null, maxPoints: 10 }, 3)).toBeNull();
  });

  it('is null when a computed rule has no target', () => {
    expect(criterionPoints(linearUp(null), 50)).toBeNull();
    expect(criterionPoints(thresholdUp(null), 50)).toBeNull();
  });

  describe('LINEAR, higher is better', () => {
    it('is proportional below the target', () => {
      expect(criterionPoints(linearUp(100), 50)).toBe(5);
      expect(criterionPoints(linearUp(100), 98.5)).toBe(9.85);
      expect(criterionPoints(linearUp(95, 8), 90)).toBe(7.58); // 8 × 90/95 = 7.578…
    });

    it('caps at maxPoints at or above the target', () => {
      expect(criterionPoints(linearUp(100), 100)).toBe(10);
      expect(criterionPoints(linearUp(100), 150)).toBe(10);
    });

    it('gives 0 for a value ≤ 0', () => {
      expect(criterionPoints(linearUp(100), 0)).toBe(0);
      expect(criterionPoints(linearUp(100), -5)).toBe(0);
    });

    it('gives full points for target 0 when value ≥ 0', () => {
      expect(criterionPoints(linearUp(0), 0)).toBe(10);
      expect(criterionPoints(linearUp(0), 3)).toBe(10);
      expect(criterionPoints(linearUp(0), -1)).toBe(0);
    });

    it('rounds to 2 decimals, including float noise', () => {
      expect(criterionPoints(linearUp(3, 10), 1)).toBe(3.33);
      expect(criterionPoints(linearUp(3, 10), 2)).toBe(6.67);
      expect(criterionPoints(linearUp(0.3, 3), 0.1 + 0.2)).toBe(3); // 0.30000000000000004 ≥ 0.3
      expect(criterionPoints(linearUp(1, 0.3), 0.5)).toBe(0.15);
    });
  });

  describe('LINEAR, lower is better', () => {
    it('gives full points at or below the target', () => {
      expect(criterionPoints(linearDown(5), 5)).toBe(10);
      expect(criterionPoints(linearDown(5), 2)).toBe(10);
      expect(criterionPoints(linearDown(5), 0)).toBe(10);
    });

    it('is target/value above the target', () => {
      expect(criterionPoints(linearDown(5), 10)).toBe(5);
      expect(criterionPoints(linearDown(2), 3)).toBe(6.67);
      expect(criterionPoints(linearDown(5, 4), 8)).toBe(2.5);
    });

    it('gives 0 for target 0 and a positive value, full for 0', () => {
      expect(criterionPoints(linearDown(0), 1)).toBe(0);
      expect(criterionPoints(linearDown(0), 0.01)).toBe(0);
      expect(criterionPoints(linearDown(0), 0)).toBe(10);
    });
  });

  describe('THRESHOLD', () => {
    it('higher is better: all or nothing at ≥ target', () => {
      expect(criterionPoints(thresholdUp(95), 95)).toBe(5);
      expect(criterionPoints(thresholdUp(95), 100)).toBe(5);
      expect(criterionPoints(thresholdUp(95), 94.99)).toBe(0);
    });

    it('lower is better: all or nothing at ≤ target', () => {
      expect(criterionPoints(thresholdDown(0), 0)).toBe(5);
      expect(criterionPoints(thresholdDown(0), 1)).toBe(0);
      expect(criterionPoints(thresholdDown(3), 2)).toBe(5);
      expect(criterionPoints(thresholdDown(3), 3.01)).toBe(0);
    });

    it('rounds maxPoints to 2 decimals', () => {
      expect(criterionPoints(thresholdUp(1, 0.1 + 0.2), 1)).toBe(0.3);
    });
  });
});

describe('unitScore', () => {
  it('is 0 with no items', () => {
    expect(unitScore([])).toBe(0);
  });

  it('is 0 when the maximum is 0', () => {
    expect(unitScore([{ maxPoints: 0, points: 0 }])).toBe(0);
  });

  it('scales to 100', () => {
    expect(
      unitScore([
        { maxPoints: 60, points: 50 },
        { maxPoints: 40, points: 40 },
      ]),
    ).toBe(90);
    expect(
      unitScore([
        { maxPoints: 10, points: 9.5 },
        { maxPoints: 10, points: 9 },
      ]),
    ).toBe(92.5);
    expect(unitScore([{ maxPoints: 3, points: 1 }])).toBe(33.33);
    expect(unitScore([{ maxPoints: 3, points: 2 }])).toBe(66.67);
  });

  it('counts null as 0 but keeps its maximum', () => {
    expect(
      unitScore([
        { maxPoints: 50, points: 50 },
        { maxPoints: 50, points: null },
      ]),
    ).toBe(50);
    expect(unitScore([{ maxPoints: 10, points: null }])).toBe(0);
  });

  it('does not leak float noise', () => {
    expect(
      unitScore([
        { maxPoints: 0.1, points: 0.1 },
        { maxPoints: 0.2, points: 0.2 },
      ]),
    ).toBe(100);
    expect(
      unitScore([
        { maxPoints: 0.3, points: 0.1 },
        { maxPoints: 0.3, points: 0.2 },
      ]),
    ).toBe(50);
    expect(
      unitScore([
        { maxPoints: 33.33, points: 33.33 },
        { maxPoints: 33.33, points: 33.33 },
        { maxPoints: 33.34, points: 33.34 },
      ]),
    ).toBe(100);
  });
});
