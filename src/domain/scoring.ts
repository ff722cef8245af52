// Criterion points and unit scores on the 100-point scale.

import { roundTo } from './numbers.js';

/** Same string values as the Prisma enum `ScoringRule`. */
export type ScoringRule = 'LINEAR' | 'THRESHOLD' | 'MANUAL';
/** Same string values as the Prisma enum `Direction`. */
export type Direction = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';

export interface CriterionRule {
  scoringRule: ScoringRule;
  direction: Direction;
  target: number | null;
  maxPoints: number;
}

/**
 * Points a criterion earns for the reported `value`, rounded to 2 decimals.
 * - null when there is no (finite) value, the rule is MANUAL (the appraiser decides), or a
 *   LINEAR/THRESHOLD criterion has no target (nothing to compute against).
 * - LINEAR, higher is better: maxPoints × min(1, value / target); value ≤ 0 earns 0 unless the
 *   target is met (a target of 0 is met by any value ≥ 0).
 * - LINEAR, lower is better: full points when value ≤ target, else maxPoints × target / value
 *   (0 when the target is 0 or below and missed).
 * - THRESHOLD: full points when the target is met (≥ for higher, ≤ for lower is better), else 0.
 */
/** Whether a reported value meets the target: ≥ when higher is better, ≤ when lower is. */
export function targetMet(direction: Direction, value: number, target: number): boolean {
  return direction === 'HIGHER_IS_BETTER' ? value >= target : value <= target;
}

export function criterionPoints(rule: CriterionRule, value: number | null): number | null {
  if (rule.scoringRule === 'MANUAL') return null;
  if (value === null || !Number.isFinite(value)) return null;
  const { target, maxPoints } = rule;
  if (target === null || !Number.isFinite(target)) return null;

  const higher = rule.direction === 'HIGHER_IS_BETTER';
  if (targetMet(rule.direction, value, target)) return roundTo(maxPoints);
  if (rule.scoringRule === 'THRESHOLD') return 0;

  // LINEAR, target missed.
  if (higher) {
    // Here value < target; a non-positive value earns nothing (and target > value > 0 otherwise).
    if (value <= 0) return 0;
    return roundTo((maxPoints * value) / target);
  }
  // Lower is better and value > target.
  if (target <= 0) return 0;
  return roundTo((maxPoints * target) / value);
}

/**
 * Score out of 100: 100 × Σpoints / ΣmaxPoints, a null (not yet scored) counting 0, rounded to
 * 2 decimals. 0 when there are no items or the maximum is not positive. Points are not clamped.
 */
export function unitScore(items: readonly { maxPoints: number; points: number | null }[]): number {
  let earned = 0;
  let max = 0;
  for (const item of items) {
    earned += item.points ?? 0;
    max += item.maxPoints;
  }
  if (!(max > 0)) return 0;
  return roundTo((100 * earned) / max);
}

/**
 * Whether a unit reports and is scored on a criterion: a commune-wide target held by one unit
 * (Criterion.heldByUnitId) is that unit's alone; the others are neither asked nor scored on it.
 */
export function scoredOn(criterion: { heldByUnitId: number | null }, unitId: number): boolean {
  return criterion.heldByUnitId === null || criterion.heldByUnitId === unitId;
}
