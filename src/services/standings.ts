import { createHash } from 'node:crypto';
import type { Db } from '../db/client.js';
import { gradeFor, type GradeBand } from '../domain/grades.js';
import { rankChanges, rankUnits } from '../domain/ranking.js';
import { criterionPoints, unitScore } from '../domain/scoring.js';
import type { CampaignService, CampaignView } from './campaigns.js';
import type { Clock } from './clock.js';
import type { ReportService } from './reports.js';

export interface StandingsEntry {
  unitId: number;
  unitName: string;
  score: number;
  rank: number;
  grade: GradeBand;
  /** places gained since the previous standings (negative: lost); null when there is none */
  change: number | null;
  /** how many of the campaign's criteria the unit has reported on */
  reportedCriteria: number;
}

export interface Standings {
  campaignId: number;
  totalCriteria: number;
  entries: StandingsEntry[];
  /** no score has been appraised yet: figures come from the units' own reports */
  provisional: boolean;
}

interface SnapshotEntry {
  unitId: number;
  rank: number;
  score: number;
}

export class StandingsService {
  constructor(
    private readonly db: Db,
    private readonly campaigns: CampaignService,
    private readonly reports: ReportService,
    private readonly clock: Clock,
  ) {}

  /**
   * Standings from the latest reported values under the campaign's scoring rules. Manual criteria
   * count the appraised score, else the self-score, else nothing.
   */
  async compute(campaignId: number, view?: CampaignView): Promise<Omit<Standings, 'entries'> & { entries: Omit<StandingsEntry, 'change'>[] }> {
    const campaign = view ?? (await this.campaigns.view(campaignId));
    const [latest, scores] = await Promise.all([
      this.reports.latestValues(campaignId),
      this.db.score.findMany({ where: { campaignId }, select: { unitId: true, criterionId: true, selfPoints: true, appraisedPoints: true } }),
    ]);
    const valueOf = new Map(latest.map((v) => [`${v.unitId}:${v.criterionId}`, v.value]));
    const scoreOf = new Map(scores.map((s) => [`${s.unitId}:${s.criterionId}`, s.appraisedPoints ?? s.selfPoints]));
    const criteria = campaign.taskAreas.flatMap((a) => a.criteria);
    const perUnit = campaign.units.map((unit) => {
      const items = criteria.map((c) => {
        const key = `${unit.id}:${c.id}`;
        const manual = scoreOf.get(key);
        const points = manual ?? criterionPoints(c, valueOf.get(key) ?? null);
        return { maxPoints: c.maxPoints, points };
      });
      return {
        unitId: unit.id,
        name: unit.name,
        score: unitScore(items),
        reportedCriteria: criteria.filter((c) => valueOf.has(`${unit.id}:${c.id}`)).length,
      };
    });
    const ranked = rankUnits(perUnit);
    const reported = new Map(perUnit.map((u) => [u.unitId, u.reportedCriteria]));
    return {
      campaignId,
      totalCriteria: criteria.length,
      provisional: !scores.some((s) => s.appraisedPoints !== null),
      entries: ranked.map((r) => ({
        unitId: r.unitId,
        unitName: r.name,
        score: r.score,
        rank: r.rank,
        grade: gradeFor(r.score, campaign.gradeBands),
        reportedCriteria: reported.get(r.unitId) ?? 0,
      })),
    };
  }

  /**
   * The standings with each unit's change since the previous standings. A snapshot is stored
   * whenever the standings differ from the last one, so "previous" means the last different one.
   */
  async current(campaignId: number): Promise<Standings> {
    const standings = await this.compute(campaignId);
    const entries: SnapshotEntry[] = standings.entries.map((e) => ({ unitId: e.unitId, rank: e.rank, score: e.score }));
    const digest = createHash('sha256').update(JSON.stringify(entries)).digest('hex');
    const recent = await this.db.standingsSnapshot.findMany({ where: { campaignId }, orderBy: [{ takenAt: 'desc' }, { id: 'desc' }], take: 2 });
    let baseline: SnapshotEntry[] | null;
    if (recent[0]?.digest === digest) {
      baseline = (recent[1]?.entries as SnapshotEntry[] | undefined) ?? null;
    } else {
      baseline = (recent[0]?.entries as SnapshotEntry[] | undefined) ?? null;
      await this.db.standingsSnapshot.create({
        data: { campaignId, takenAt: this.clock(), provisional: standings.provisional, entries: entries as object[], digest },
      });
    }
    const changes = rankChanges(
      standings.entries.map((e) => ({ unitId: e.unitId, name: e.unitName, score: e.score, rank: e.rank })),
      baseline,
    );
    return { ...standings, entries: standings.entries.map((e) => ({ ...e, change: changes.get(e.unitId) ?? null })) };
  }
}
