// Standings of units by score.

import { roundTo } from './numbers.js';

export interface RankInput {
  unitId: number;
  name: string;
  score: number;
}

export type Ranked<T extends RankInput = RankInput> = T & { rank: number };

const collator = new Intl.Collator('vi');

/**
 * Standard competition ranking ("1, 2, 2, 4"): scores equal after rounding to 2 decimals share a
 * rank, and the next distinct score skips the shared places.
 * Order (total and stable, so the same input always gives the same list): score descending
 * (rounded to 2 decimals), then name ascending by `Intl.Collator('vi')`, then unitId ascending.
 * The input is not modified; the scores in the result are the given (unrounded) ones.
 */
export function rankUnits<T extends RankInput>(entries: readonly T[]): Ranked<T>[] {
  // NaN (a broken score) sorts last rather than making the comparison inconsistent.
  const keyed = entries.map((entry) => ({ entry, key: Number.isNaN(entry.score) ? -Infinity : roundTo(entry.score) }));
  keyed.sort((a, b) => compareDesc(a.key, b.key) || collator.compare(a.entry.name, b.entry.name) || a.entry.unitId - b.entry.unitId);
  const result: Ranked<T>[] = [];
  let rank = 0;
  let previousKey: number | undefined;
  keyed.forEach(({ entry, key }, index) => {
    if (key !== previousKey) rank = index + 1;
    previousKey = key;
    result.push({ ...entry, rank });
  });
  return result;
}

/**
 * Standings that say what is known. A unit with results on at least one criterion (`known` > 0: a
 * report, a self-score or an appraised score) is ranked by rankUnits. A unit with none is not
 * ranked: its 0 points are an absence of figures, not a result, so it gets no rank number (a
 * shared last rank would put silence on a par with a reported 0) and is listed after every
 * ranked unit, by Vietnamese name order; the ranked units' places do not depend on it.
 */
export function rankReported<T extends RankInput & { known: number }>(entries: readonly T[]): { ranked: Ranked<T>[]; unreported: T[] } {
  const unreported = entries.filter((e) => !(e.known > 0));
  unreported.sort((a, b) => collator.compare(a.name, b.name) || a.unitId - b.unitId);
  return { ranked: rankUnits(entries.filter((e) => e.known > 0)), unreported };
}

function compareDesc(a: number, b: number): number {
  return a === b ? 0 : a > b ? -1 : 1;
}

/**
 * Movement per unit since the previous standings: previous rank − current rank (positive = moved
 * up, negative = moved down, 0 = same place). null for a unit not in the previous standings, and
 * for every unit when there is no previous standings.
 */
export function rankChanges(current: readonly Ranked[], previous: readonly { unitId: number; rank: number }[] | null): Map<number, number | null> {
  const before = previous === null ? null : new Map(previous.map((p) => [p.unitId, p.rank]));
  const changes = new Map<number, number | null>();
  for (const { unitId, rank } of current) {
    const was = before?.get(unitId);
    changes.set(unitId, was === undefined ? null : was - rank);
  }
  return changes;
}
