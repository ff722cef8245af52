import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { Db } from '../../db/client.js';
import { Prisma } from '../../generated/prisma/client.js';
import { gradeFor, type GradeBand } from '../../domain/grades.js';
import { rankChanges, rankReported } from '../../domain/ranking.js';
import { criterionPoints, scoredOn, unitScore } from '../../domain/scoring.js';
import { readRows } from '../../db/direct-sql.js';
import { currentCampaignSql, type CampaignRevision, type CampaignService, type CampaignView, type CriterionView } from '../campaigns/campaigns.js';
import type { Clock } from '../shared/clock.js';
import { deepFreeze } from '../shared/deep-freeze.js';
import { RuleError } from '../shared/errors.js';
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
  /** how many of the ranked criteria the unit is scored on (a commune-wide target counts for its holder only) */
  criteria: number;
}

export interface Standings {
  campaignId: number;
  /** set when the standings rank one task area's criteria only */
  taskArea: { id: number; title: string } | null;
  totalCriteria: number;
  /** the ranked units: those with a report or a score on at least one ranked criterion */
  entries: StandingsEntry[];
  /** units with nothing reported or scored: not ranked, not graded ("chưa báo cáo"), by name */
  unreported: Array<{ unitId: number; unitName: string }>;
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

/** The standings as computed from the data, before the change since the previous ones is known. */
export type ComputedStandings = Omit<Standings, 'entries'> & { entries: Omit<StandingsEntry, 'change'>[] };

/** Standings kept in memory: a city's ~120 campaigns, whole and by task area. */
const HELD_STANDINGS = 500;

/** What a campaign's standings were computed from: its plan, its figures, its last snapshot. */
export interface Stamp {
  /** the plan's revision and the figures' (Campaign.revision, Campaign.standingsRevision) */
  data: string;
  /** the newest snapshot, which the change since the previous standings is measured from */
  snapshotId: number | null;
}

/** The stamp's columns, as a driver gives them (SQLite: integers as bigint, where Prisma reads). */
interface StampRow {
  revision: number | bigint;
  standingsRevision: number | bigint;
  snapshotId: number | bigint | null;
}

/** The newest snapshot of the campaign `c`, as the stamp's "snapshotId" column. */
const SNAPSHOT_ID = Prisma.raw(`(SELECT s."id" FROM "StandingsSnapshot" s WHERE s."campaignId" = c."id" ORDER BY s."takenAt" DESC, s."id" DESC LIMIT 1) AS "snapshotId"`);

function stampFrom(row: StampRow): Stamp {
  return { data: `${row.revision}:${row.standingsRevision}`, snapshotId: row.snapshotId === null ? null : Number(row.snapshotId) };
}

export class StandingsService {
  /**
   * Nearly every /xephang finds the figures as they were: standings are kept, both as computed and
   * with their changes, and one small query per read says whether they still hold. The counters
   * live in the campaign's row, bumped in the same transaction as each write (standingsMoved), so
   * another instance's writes are seen as soon as they are committed. Kept values are frozen.
   */
  private readonly computed = new LRUCache<string, { stamp: string; standings: ComputedStandings }>({ max: HELD_STANDINGS });
  private readonly withChanges = new LRUCache<number, { stamp: string; standings: Standings }>({ max: HELD_STANDINGS });

  constructor(
    private readonly db: Db,
    private readonly campaigns: CampaignService,
    private readonly reports: ReportService,
    private readonly clock: Clock,
  ) {}

  /**
   * Standings under the campaign's scoring rules. A criterion counts its appraised score, else the
   * self-score, else the points its latest report earns (manual criteria: nothing); a self-score
   * or report sent after closing only once accepted. Each unit is scored out of 100 over the
   * criteria it is scored on: a commune-wide target held by one unit counts for that unit alone.
   * The grade is always the unit's classification on the whole campaign, also in a task area's
   * standings.
   */
  async compute(campaignId: number, options: StandingsOptions = {}): Promise<ComputedStandings> {
    return this.computeAt(await this.stampOf(campaignId), campaignId, options.taskAreaId);
  }

  /**
   * compute() for a caller that has read the campaign's two revisions already (the city's
   * standings read every commune's in one statement): held standings then cost no query.
   */
  async computeAtRevisions(campaignId: number, revisions: { revision: number; standingsRevision: number }): Promise<ComputedStandings> {
    return this.computeAt({ data: `${revisions.revision}:${revisions.standingsRevision}`, snapshotId: null }, campaignId, undefined);
  }

  /**
   * The standings with each unit's change since the previous standings. A snapshot is stored
   * whenever the standings differ from the last one, so "previous" means the last different one.
   * A task area's standings are computed afresh and stored nowhere: they have no change.
   */
  async current(campaignId: number, options: StandingsOptions = {}, known?: Stamp | null): Promise<Standings> {
    const stamp = known !== undefined ? known : await this.stampOf(campaignId);
    if (options.taskAreaId !== undefined) {
      const standings = await this.computeAt(stamp, campaignId, options.taskAreaId);
      return { ...standings, entries: standings.entries.map((e) => ({ ...e, change: null })) };
    }
    const held = this.withChanges.get(campaignId);
    if (stamp && held?.stamp === `${stamp.data}:${stamp.snapshotId}`) return held.standings;
    const standings = await this.computeAt(stamp, campaignId, undefined);
    const { baseline, newestId } = await this.remember(campaignId, standings);
    const changes = rankChanges(
      standings.entries.map((e) => ({ unitId: e.unitId, name: e.unitName, score: e.score, rank: e.rank })),
      baseline,
    );
    const result = deepFreeze({ ...standings, entries: standings.entries.map((e) => ({ ...e, change: changes.get(e.unitId) ?? null })) });
    if (stamp) this.withChanges.set(campaignId, { stamp: `${stamp.data}:${newestId}`, standings: result });
    return result;
  }

  /**
   * What /xephang asks before anything else, in one statement (on PostgreSQL, one round trip
   * instead of three): whether the organization is a city, the campaign it is running, and that
   * campaign's stamp for current(). Read before the data it stamps, as stampOf.
   */
  async scopeOf(organizationId: number): Promise<{ isCity: boolean; campaign: CampaignRevision | null; stamp: Stamp | null }> {
    const { filter, order } = currentCampaignSql('k');
    const [row] = await readRows<StampRow & { isCity: unknown; id: number | bigint | null }>(
      this.db,
      (sql) => sql`
      SELECT EXISTS (SELECT 1 FROM "Organization" o WHERE o."parentId" = ${organizationId}) AS "isCity",
             c."id", c."revision", c."standingsRevision", ${SNAPSHOT_ID}
      FROM (SELECT 1 AS "one") one
      LEFT JOIN "Campaign" c ON c."id" = (SELECT k."id" FROM "Campaign" k WHERE k."organizationId" = ${organizationId} AND ${filter} ORDER BY ${order} LIMIT 1)`,
    );
    // PostgreSQL gives EXISTS as a boolean, SQLite as 0 or 1.
    const isCity = row!.isCity === true || Number(row!.isCity) === 1;
    if (row!.id === null) return { isCity, campaign: null, stamp: null };
    return { isCity, campaign: { id: Number(row!.id), revision: Number(row!.revision) }, stamp: stampFrom(row!) };
  }

  /**
   * Read before the data they stamp: a write in between leaves newer figures under an older stamp,
   * which only costs one more computation, never stale standings.
   */
  private async stampOf(campaignId: number): Promise<Stamp | null> {
    const [row] = await readRows<StampRow>(this.db, (sql) => sql`SELECT c."revision", c."standingsRevision", ${SNAPSHOT_ID} FROM "Campaign" c WHERE c."id" = ${campaignId}`);
    return row ? stampFrom(row) : null;
  }

  private async computeAt(stamp: Stamp | null, campaignId: number, taskAreaId: number | undefined): Promise<ComputedStandings> {
    const key = `${campaignId}:${taskAreaId ?? ''}`;
    const held = this.computed.get(key);
    if (stamp && held?.stamp === stamp.data) return held.standings;
    const standings = deepFreeze(await this.computeAfresh(campaignId, taskAreaId));
    if (stamp) this.computed.set(key, { stamp: stamp.data, standings });
    return standings;
  }

  /**
   * The standings the stored figures would give under `plan`, the campaign's view with a change
   * applied (a target, a weight, a unit fewer): a preview, kept nowhere.
   */
  async computeUnder(plan: CampaignView): Promise<ComputedStandings> {
    return this.computeAfresh(plan.id, undefined, plan);
  }

  private async computeAfresh(campaignId: number, taskAreaId: number | undefined, plan?: CampaignView): Promise<ComputedStandings> {
    const campaign = plan ?? (await this.campaigns.view(campaignId));
    const area = taskAreaId === undefined ? null : campaign.taskAreas.find((a) => a.id === taskAreaId);
    if (area === undefined) throw new RuleError('standings-area-gone');
    const [latest, scores] = await Promise.all([
      this.reports.latestValues(campaignId),
      this.db.score.findMany({ where: { campaignId }, select: { unitId: true, criterionId: true, selfPoints: true, selfLate: true, selfAcceptedAt: true, appraisedPoints: true } }),
    ]);
    const valueOf = new Map(latest.map((v) => [`${v.unitId}:${v.criterionId}`, v.value]));
    const scoreOf = new Map(scores.map((s) => [`${s.unitId}:${s.criterionId}`, s]));
    const all = campaign.taskAreas.flatMap((a) => a.criteria);
    const ranked = area ? area.criteria : all;
    const pointsOf = (unitId: number, c: CriterionView) => {
      const key = `${unitId}:${c.id}`;
      const score = scoreOf.get(key);
      const self = score && (!score.selfLate || score.selfAcceptedAt !== null) ? score.selfPoints : null;
      return { maxPoints: c.maxPoints, points: score?.appraisedPoints ?? self ?? criterionPoints(c, valueOf.get(key) ?? null) };
    };
    const perUnit = campaign.units.map((unit) => {
      const mine = ranked.filter((c) => scoredOn(c, unit.id));
      return {
        unitId: unit.id,
        name: unit.name,
        criteria: mine.length,
        score: unitScore(mine.map((c) => pointsOf(unit.id, c))),
        overall: unitScore(all.filter((c) => scoredOn(c, unit.id)).map((c) => pointsOf(unit.id, c))),
        reportedCriteria: mine.filter((c) => valueOf.has(`${unit.id}:${c.id}`)).length,
        known: mine.filter((c) => valueOf.has(`${unit.id}:${c.id}`) || pointsOf(unit.id, c).points !== null).length,
      };
    });
    const standing = rankReported(perUnit);
    const items = campaign.units.flatMap((u) => ranked.filter((c) => scoredOn(c, u.id)).map((c) => scoreOf.get(`${u.id}:${c.id}`)?.appraisedPoints ?? null));
    return {
      campaignId,
      taskArea: area ? { id: area.id, title: area.title } : null,
      totalCriteria: ranked.length,
      provisional: items.length === 0 || items.some((p) => p === null),
      entries: standing.ranked.map((r) => ({
        unitId: r.unitId,
        unitName: r.name,
        score: r.score,
        rank: r.rank,
        grade: gradeFor(r.overall, campaign.gradeBands),
        reportedCriteria: r.reportedCriteria,
        criteria: r.criteria,
      })),
      unreported: standing.unreported.map((u) => ({ unitId: u.unitId, unitName: u.name })),
    };
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

  /**
   * Stores the standings when they differ from the last snapshot; returns the one to compare with,
   * and the newest snapshot's id (the one just stored, if any).
   */
  private async remember(campaignId: number, standings: ComputedStandings): Promise<{ baseline: SnapshotEntry[] | null; stored: boolean; newestId: number | null }> {
    const entries: SnapshotEntry[] = standings.entries.map((e) => ({ unitId: e.unitId, rank: e.rank, score: e.score, grade: e.grade.grade }));
    // The end of the provisional state is a change worth keeping even when no figure moved.
    const digest = createHash('sha256')
      .update(JSON.stringify({ entries, provisional: standings.provisional }))
      .digest('hex');
    const recent = await this.db.standingsSnapshot.findMany({ where: { campaignId }, orderBy: [{ takenAt: 'desc' }, { id: 'desc' }], take: 2 });
    if (recent[0]?.digest === digest) return { baseline: (recent[1]?.entries as SnapshotEntry[] | undefined) ?? null, stored: false, newestId: recent[0].id };
    const created = await this.db.standingsSnapshot.create({
      data: { campaignId, takenAt: this.clock(), provisional: standings.provisional, entries: entries as object[], digest },
      select: { id: true },
    });
    return { baseline: (recent[0]?.entries as SnapshotEntry[] | undefined) ?? null, stored: true, newestId: created.id };
  }
}
