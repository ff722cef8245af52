import { describe, expect, it } from 'vitest';
import { rankChanges, rankReported, rankUnits, type RankInput } from '../../src/domain/ranking.js';

const u = (unitId: number, name: string, score: number): RankInput => ({ unitId, name, score });
const summary = (entries: RankInput[]) => rankUnits(entries).map((r) => [r.unitId, r.rank]);

describe('rankUnits', () => {
  it('is empty for no entries', () => {
    expect(rankUnits([])).toEqual([]);
  });

  it('ranks a single unit first', () => {
    expect(rankUnits([u(7, 'Văn phòng', 88.5)])).toEqual([{ unitId: 7, name: 'Văn phòng', score: 88.5, rank: 1 }]);
  });

  it('orders by score descending', () => {
    expect(summary([u(1, 'A', 70), u(2, 'B', 95), u(3, 'C', 82.5)])).toEqual([
      [2, 1],
      [3, 2],
      [1, 3],
    ]);
  });

  it('shares the top rank and skips the next place', () => {
    expect(summary([u(1, 'Bình', 95), u(2, 'An', 95), u(3, 'Cường', 90)])).toEqual([
      [2, 1],
      [1, 1],
      [3, 3],
    ]);
  });

  it('shares a rank in the middle (1, 2, 2, 4)', () => {
    expect(summary([u(1, 'D', 80), u(2, 'A', 99), u(3, 'C', 85), u(4, 'B', 85)])).toEqual([
      [2, 1],
      [4, 2],
      [3, 2],
      [1, 4],
    ]);
  });

  it('gives everyone rank 1 when all are equal, ordered by name', () => {
    expect(summary([u(1, 'Cường', 50), u(2, 'An', 50), u(3, 'Bình', 50)])).toEqual([
      [2, 1],
      [3, 1],
      [1, 1],
    ]);
  });

  it('treats scores equal after rounding to 2 decimals as ties, keeping the given scores', () => {
    const ranked = rankUnits([u(1, 'B', 0.1 + 0.2), u(2, 'A', 0.3), u(3, 'C', 0.29)]);
    expect(ranked.map((r) => [r.unitId, r.rank, r.score])).toEqual([
      [2, 1, 0.3],
      [1, 1, 0.1 + 0.2],
      [3, 3, 0.29],
    ]);
    expect(summary([u(1, 'B', 89.994), u(2, 'A', 89.99)])).toEqual([
      [2, 1],
      [1, 1],
    ]);
    expect(summary([u(1, 'B', 89.996), u(2, 'A', 89.99)])).toEqual([
      [1, 1],
      [2, 2],
    ]);
  });

  it('sorts names with the Vietnamese collation', () => {
    // By code point "Ấ" (U+1EA4) and "Đ" (U+0110) come after "Z"; in Vietnamese they follow A and D.
    const ranked = rankUnits([u(1, 'Xã Giang', 90), u(2, 'Xã Đông', 90), u(3, 'Xã Ấp Bắc', 90), u(4, 'Xã Dương', 90), u(5, 'Xã Bình', 90)]);
    expect(ranked.map((r) => r.name)).toEqual(['Xã Ấp Bắc', 'Xã Bình', 'Xã Dương', 'Xã Đông', 'Xã Giang']);
  });

  it('breaks a tie on score and name by unitId', () => {
    expect(summary([u(9, 'Văn phòng', 80), u(3, 'Văn phòng', 80), u(5, 'Văn phòng', 80)])).toEqual([
      [3, 1],
      [5, 1],
      [9, 1],
    ]);
  });

  it('gives the same order whatever the input order, and does not modify the input', () => {
    const entries = [u(1, 'D', 80), u(2, 'A', 99), u(3, 'C', 85), u(4, 'B', 85), u(5, 'B', 85)];
    const copy = structuredClone(entries);
    const expected = rankUnits(entries);
    expect(rankUnits([...entries].reverse())).toEqual(expected);
    expect(rankUnits([entries[2]!, entries[4]!, entries[0]!, entries[3]!, entries[1]!])).toEqual(expected);
    expect(entries).toEqual(copy);
    expect(expected.map((r) => [r.unitId, r.rank])).toEqual([
      [2, 1],
      [4, 2],
      [5, 2],
      [3, 2],
      [1, 5],
    ]);
  });

  it('ranks a NaN score last', () => {
    expect(summary([u(1, 'A', Number.NaN), u(2, 'B', 10), u(3, 'C', 0)])).toEqual([
      [2, 1],
      [3, 2],
      [1, 3],
    ]);
  });

  it('handles negative and zero scores', () => {
    expect(summary([u(1, 'A', -1), u(2, 'B', 0), u(3, 'C', 0)])).toEqual([
      [2, 1],
      [3, 1],
      [1, 3],
    ]);
  });
});

describe('rankChanges', () => {
  const current = rankUnits([u(1, 'A', 90), u(2, 'B', 85), u(3, 'C', 85), u(4, 'D', 60)]);
  // ranks: 1 → 1, 2 → 2, 3 → 2, 4 → 4

  it('is null for everyone without previous standings', () => {
    const changes = rankChanges(current, null);
    expect([...changes]).toEqual([
      [1, null],
      [2, null],
      [3, null],
      [4, null],
    ]);
  });

  it('is previous − current: positive moved up, negative down, 0 stayed', () => {
    const changes = rankChanges(current, [
      { unitId: 1, rank: 3 },
      { unitId: 2, rank: 1 },
      { unitId: 3, rank: 2 },
      { unitId: 4, rank: 2 },
    ]);
    expect(changes.get(1)).toBe(2);
    expect(changes.get(2)).toBe(-1);
    expect(changes.get(3)).toBe(0);
    expect(changes.get(4)).toBe(-2);
    expect(changes.size).toBe(4);
  });

  it('is null for a unit new to the standings, and ignores units that left', () => {
    const changes = rankChanges(current, [
      { unitId: 1, rank: 1 },
      { unitId: 99, rank: 2 },
    ]);
    expect([...changes]).toEqual([
      [1, 0],
      [2, null],
      [3, null],
      [4, null],
    ]);
  });

  it('treats an empty previous list as "everyone new"', () => {
    expect([...rankChanges(current, []).values()]).toEqual([null, null, null, null]);
  });

  it('is empty for empty standings', () => {
    expect(rankChanges([], [{ unitId: 1, rank: 1 }]).size).toBe(0);
  });
});

describe('rankReported', () => {
  const k = (unitId: number, name: string, score: number, known: number) => ({ unitId, name, score, known });

  it('ranks only units with something known and lists the others after, unranked, by Vietnamese name', () => {
    const { ranked, unreported } = rankReported([k(1, 'Văn phòng', 0, 0), k(2, 'Tư pháp', 40, 2), k(3, 'Địa chính', 0, 0), k(4, 'Bộ phận một cửa', 0, 1)]);
    // A reported 0 is a result and is ranked; a unit that reported nothing is not, whatever its 0.
    expect(ranked.map((r) => [r.unitId, r.rank])).toEqual([
      [2, 1],
      [4, 2],
    ]);
    expect(unreported.map((u) => u.unitId)).toEqual([3, 1]);
    expect(unreported[0]).not.toHaveProperty('rank');
  });

  it('gives the ranked units the ranks they would have alone: silence never pushes anyone down', () => {
    const withSilent = rankReported([k(1, 'A', 50, 1), k(2, 'B', 70, 3), k(3, 'C', 0, 0)]);
    expect(withSilent.ranked).toEqual(rankUnits([k(1, 'A', 50, 1), k(2, 'B', 70, 3)]));
  });

  it('has nothing ranked when nobody reported, and nothing unreported when all did', () => {
    expect(rankReported([k(1, 'A', 0, 0), k(2, 'B', 0, 0)]).ranked).toEqual([]);
    expect(rankReported([k(1, 'A', 10, 1)]).unreported).toEqual([]);
    expect(rankReported([])).toEqual({ ranked: [], unreported: [] });
  });
});
