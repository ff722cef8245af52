import { createHash } from 'node:crypto';
import type { Db } from '../db/client.js';
import { gradeFor, type GradeBand } from '../domain/grades.js';
import { rankChanges, rankUnits } from '../domain/ranking.js';
import { criterionPoints, unitScore } from '../domain/scoring.js';
import type { CampaignService, CampaignView, CriterionView } from './campaigns.js';
import type { Clock } from './clock.js';
import { RuleError } from './errors.js';
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
  /** set when the standings rank one task area's criteria only */
  taskArea: { id: number; title: string } | null;
  totalCriteria: number;
  entries: StandingsEntry[];
  /** some (unit, criterion) has no appraised score yet: figures include self-scores and reports */
  provisional: boolean;
}

export interface StandingsOptions {
  /** rank on this task area's criteria only, out of 100 of that area's points */
  taskAreaId?: number;
}

interface SnapshotEntry {
  unitId: number;
  rank: number;
  score: number;
  /** the grade code, so the trend of classifications can be read back */
  grade: string;
}

export class StandingsService {
  constructor(
    private readonly db: Db,
    private readonly campaigns: CampaignService,
    private readonly reports: ReportService,
    private readonly clock: Clock,
  ) {}

  /**
   * Standings under the campaign's scoring rules. A criterion counts its appraised score, else the
   * self-score, else the points its latest report earns (manual criteria: nothing). The grade is
   * always the unit's classification on the whole campaign, also in a task area's standings.
   * Callers that already hold the campaign's view may pass it instead of options (whole campaign).
   */
  async compute(
    campaignId: number,
    options: StandingsOptions | CampaignView = {},
  ): Promise<Omit<Standings, 'entries'> & { entries: Omit<StandingsEntry, 'change'>[] }> {
    const held = 'taskAreas' in options ? options : null;
    const taskAreaId = 'taskAreas' in options ? undefined : options.taskAreaId;
    const campaign = held ?? (await this.campaigns.view(campaignId));
    const area = taskAreaId === undefined ? null : campaign.taskAreas.find((a) => a.id === taskAreaId);
    if (area === undefined) throw new RuleError('standings-area-gone');
    const [latest, scores] = await Promise.all([
      this.reports.latestValues(campaignId),
      this.db.score.findMany({ where: { campaignId }, select: { unitId: true, criterionId: true, selfPoints: true, appraisedPoints: true } }),
    ]);
    const valueOf = new Map(latest.map((v) => [`${v.unitId}:${v.criterionId}`, v.value]));
    const scoreOf = new Map(scores.map((s) => [`${s.unitId}:${s.criterionId}`, s]));
    const all = campaign.taskAreas.flatMap((a) => a.criteria);
    const ranked = area ? area.criteria : all;
    const pointsOf = (unitId: number, c: CriterionView) => {
      const key = `${unitId}:${c.id}`;
      const score = scoreOf.get(key);
      return { maxPoints: c.maxPoints, points: score?.appraisedPoints ?? score?.selfPoints ?? criterionPoints(c, valueOf.get(key) ?? null) };
    };
    const perUnit = campaign.units.map((unit) => ({
      unitId: unit.id,
      name: unit.name,
      score: unitScore(ranked.map((c) => pointsOf(unit.id, c))),
      overall: unitScore(all.map((c) => pointsOf(unit.id, c))),
      reportedCriteria: ranked.filter((c) => valueOf.has(`${unit.id}:${c.id}`)).length,
    }));
    const byUnit = new Map(perUnit.map((u) => [u.unitId, u]));
    const items = campaign.units.flatMap((u) => ranked.map((c) => scoreOf.get(`${u.id}:${c.id}`)?.appraisedPoints ?? null));
    return {
      campaignId,
      taskArea: area ? { id: area.id, title: area.title } : null,
      totalCriteria: ranked.length,
      provisional: items.length === 0 || items.some((p) => p === null),
      entries: rankUnits(perUnit).map((r) => ({
        unitId: r.unitId,
        unitName: r.name,
        score: r.score,
        rank: r.rank,
        grade: gradeFor(byUnit.get(r.unitId)!.overall, campaign.gradeBands),
        reportedCriteria: byUnit.get(r.unitId)!.reportedCriteria,
      })),
    };
  }

  /**
   * The standings with each unit's change since the previous standings. A snapshot is stored
   * whenever the standings differ from the last one, so "previous" means the last different one.
   * A task area's standings are computed afresh and stored nowhere: they have no change.
   */
  async current(campaignId: number, options: StandingsOptions = {}): Promise<Standings> {
    const standings = await this.compute(campaignId, options);
    if (standings.taskArea) return { ...standings, entries: standings.entries.map((e) => ({ ...e, change: null })) };
    const { baseline } = await this.remember(campaignId, standings);
    const changes = rankChanges(
      standings.entries.map((e) => ({ unitId: e.unitId, name: e.unitName, score: e.score, rank: e.rank })),
      baseline,
    );
    return { ...standings, entries: standings.entries.map((e) => ({ ...e, change: changes.get(e.unitId) ?? null })) };
  }

  /** The scheduled snapshot: records the standings if they changed since the last one. */
  async snapshot(campaignId: number): Promise<boolean> {
    return (await this.remember(campaignId, await this.compute(campaignId))).stored;
  }

  /** The ranks as they stood at `at` (the last snapshot taken by then); null before the first one. */
  async ranksAt(campaignId: number, at: Date): Promise<Array<{ unitId: number; rank: number }> | null> {
    const snapshot = await this.db.standingsSnapshot.findFirst({ where: { campaignId, takenAt: { lte: at } }, orderBy: [{ takenAt: 'desc' }, { id: 'desc' }] });
    return snapshot ? (snapshot.entries as unknown as SnapshotEntry[]) : null;
  }

  /** Stores the standings when they differ from the last snapshot; returns the one to compare with. */
  private async remember(campaignId: number, standings: Awaited<ReturnType<StandingsService['compute']>>): Promise<{ baseline: SnapshotEntry[] | null; stored: boolean }> {
    const entries: SnapshotEntry[] = standings.entries.map((e) => ({ unitId: e.unitId, rank: e.rank, score: e.score, grade: e.grade.grade }));
    // The end of the provisional state is a change worth keeping even when no figure moved.
    const digest = createHash('sha256').update(JSON.stringify({ entries, provisional: standings.provisional })).digest('hex');
    const recent = await this.db.standingsSnapshot.findMany({ where: { campaignId }, orderBy: [{ takenAt: 'desc' }, { id: 'desc' }], take: 2 });
    if (recent[0]?.digest === digest) return { baseline: (recent[1]?.entries as SnapshotEntry[] | undefined) ?? null, stored: false };
    await this.db.standingsSnapshot.create({
      data: { campaignId, takenAt: this.clock(), provisional: standings.provisional, entries: entries as object[], digest },
    });
    return { baseline: (recent[0]?.entries as SnapshotEntry[] | undefined) ?? null, stored: true };
  }
}
