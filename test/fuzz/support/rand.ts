import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

// The fuzzer's only source of chance: a seeded pure-rand generator, so a seed names a run.

export class Rand {
  private readonly rng: RandomGenerator;

  constructor(seed: number) {
    this.rng = xoroshiro128plus(seed | 0);
  }

  /** an integer in [min, max] */
  int(min: number, max: number): number {
    return uniformInt(this.rng, min, max);
  }

  chance(p: number): boolean {
    return this.int(0, 999_999) < p * 1_000_000;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from nothing');
    return items[this.int(0, items.length - 1)]!;
  }

  /** one of the values, each as likely as its weight */
  weighted<T>(table: ReadonlyArray<readonly [number, T]>): T {
    const total = table.reduce((sum, [w]) => sum + w, 0);
    let at = this.int(0, total - 1);
    for (const [w, value] of table) {
      if (at < w) return value;
      at -= w;
    }
    return table.at(-1)![1];
  }
}
