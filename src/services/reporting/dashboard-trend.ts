import { z } from 'zod';
import type { Db } from '../../db/client.js';

// The standings over the campaign, from the snapshots StandingsService stores whenever the
// standings change (at each /xephang and by the evening job): one series per unit.

/** A year of daily changes, with room to spare; older points are left out of the chart. */
const MAX_POINTS = 400;

// What StandingsService writes into a snapshot; rows that do not read so are skipped.
const entries = z.array(z.object({ unitId: z.number(), rank: z.number(), score: z.number() }));

export interface TrendSeries {
  unitId: number;
  unitName: string;
  /** one value per point: null when the unit was not ranked then */
  scores: Array<number | null>;
  ranks: Array<number | null>;
}

export interface Trend {
  points: Array<{ takenAt: Date; provisional: boolean }>;
  series: TrendSeries[];
}

/** The series of `units` (in their order), oldest point first. */
export async function loadTrend(db: Db, campaignId: number, units: ReadonlyArray<{ id: number; name: string }>): Promise<Trend> {
  const rows = await db.standingsSnapshot.findMany({
    where: { campaignId },
    orderBy: [{ takenAt: 'desc' }, { id: 'desc' }],
    take: MAX_POINTS,
    select: { takenAt: true, provisional: true, entries: true },
  });
  const snapshots = rows.reverse().flatMap((r) => {
    const parsed = entries.safeParse(r.entries);
    return parsed.success ? [{ takenAt: r.takenAt, provisional: r.provisional, byUnit: new Map(parsed.data.map((e) => [e.unitId, e])) }] : [];
  });
  return {
    points: snapshots.map(({ takenAt, provisional }) => ({ takenAt, provisional })),
    series: units.map((u) => ({
      unitId: u.id,
      unitName: u.name,
      scores: snapshots.map((s) => s.byUnit.get(u.id)?.score ?? null),
      ranks: snapshots.map((s) => s.byUnit.get(u.id)?.rank ?? null),
    })),
  };
}
