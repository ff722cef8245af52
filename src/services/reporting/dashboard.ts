import type { Db } from '../../db/client.js';
import type { Direction } from '../../generated/prisma/client.js';
import { type GradeBand } from '../../domain/grades.js';
import { mayActForAnyUnit, mayActForUnit } from '../../domain/permissions.js';
import { isDefault } from '../../domain/sources.js';
import { taskAreasFor, type CampaignView } from '../campaigns/campaigns.js';
import type { Actor } from '../campaigns/members.js';
import type { ChecklistItem } from '../awards/dossier.js';
import { ReminderAudience, type ReminderSources } from '../messaging/reminder-audience.js';
import type { Clock } from '../shared/clock.js';
import { RuleError } from '../shared/errors.js';
import { loadOwing, type OwingView } from './dashboard-owing.js';
import { loadPipeline, type Pipeline } from './dashboard-pipeline.js';
import { loadTrend, type Trend } from './dashboard-trend.js';
import type { Standings, StandingsEntry } from './standings.js';

// The leaders' dashboard, read from the services chat uses, so the page and /xephang, /tiendo,
// /thamdinh and the summary workbook show the same figures. Who sees what is the policy's
// `dashboard` scope: the overseers the whole campaign and any unit, a head their own unit.

export interface DashboardCampaign {
  id: number;
  title: string;
  organizationName: string;
  startsOn: Date;
  endsOn: Date;
  /** the grade bands are the common default, not the plan's */
  gradeBandsDefault: boolean;
  gradeBands: readonly GradeBand[];
}

export interface AreaStanding {
  id: number;
  code: string;
  title: string;
  /** the area's share of the 100 points */
  maxPoints: number;
  /** the ranked units' mean score out of 100 of the area's points; null when none is ranked */
  average: number | null;
  entries: Array<{ unitId: number; unitName: string; score: number; rank: number }>;
  unreported: number;
}

export interface Overview {
  campaign: DashboardCampaign;
  /** when the figures were read */
  at: Date;
  /** exactly what /xephang shows */
  standings: Standings;
  trend: Trend;
  areas: AreaStanding[];
  owing: OwingView;
  pipeline: Pipeline;
}

export interface CriterionRow {
  id: number;
  code: string;
  title: string;
  unitOfMeasure: string;
  target: number | null;
  direction: Direction;
  minValue: number;
  maxValue: number | null;
  targetDefault: boolean;
  maxPoints: number;
  pointsDefault: boolean;
  latest: { value: number; reportedAt: Date } | null;
  /** points its latest report earns; null for a manual criterion or without a report */
  computed: number | null;
  self: number | null;
  appraised: number | null;
  reports: number;
  evidence: number;
}

export interface UnitPage {
  campaign: DashboardCampaign;
  at: Date;
  unit: { id: number; name: string };
  /** the unit's line of /xephang; null while it has nothing reported or scored */
  standing: StandingsEntry | null;
  ranked: number;
  provisional: boolean;
  trend: Trend;
  areas: Array<{ id: number; title: string; score: number | null; criteria: CriterionRow[] }>;
  owing: OwingView;
  pipeline: Pipeline;
  dossier: ChecklistItem[];
}

/** What a person may open: the whole campaign, or one unit's page only. */
export type DashboardScope = { kind: 'campaign' } | { kind: 'unit'; unitId: number };

export class DashboardService {
  private readonly audience: ReminderAudience;

  constructor(
    private readonly db: Db,
    private readonly sources: ReminderSources,
    private readonly clock: Clock,
  ) {
    this.audience = new ReminderAudience(db, sources);
  }

  /** The page a person lands on: the campaign's for the overseers, their unit's for a head; null for anyone else. */
  scopeOf(actor: Actor): DashboardScope | null {
    if (mayActForAnyUnit(actor, 'dashboard')) return { kind: 'campaign' };
    if (actor.unit && mayActForUnit(actor, 'dashboard', actor.unit.id)) return { kind: 'unit', unitId: actor.unit.id };
    return null;
  }

  async overview(actor: Actor, campaignId: number): Promise<Overview> {
    if (!mayActForAnyUnit(actor, 'dashboard')) throw new RuleError('dashboard-forbidden');
    const campaign = await this.campaignOf(actor, campaignId);
    const standings = await this.sources.standings.current(campaignId);
    const [trend, areas, owing, pipeline] = await Promise.all([
      // after current(): a change it just recorded is the trend's last point
      loadTrend(this.db, campaignId, campaign.units),
      this.areas(campaign),
      loadOwing({ audience: this.audience, reports: this.sources.reports, scores: this.sources.scores }, campaignId, this.clock()),
      loadPipeline(this.db, campaignId),
    ]);
    return { campaign: summary(campaign), at: this.clock(), standings, trend, areas, owing, pipeline };
  }

  async unit(actor: Actor, campaignId: number, unitId: number): Promise<UnitPage> {
    if (!mayActForUnit(actor, 'dashboard', unitId)) throw new RuleError('dashboard-not-your-unit');
    const campaign = await this.campaignOf(actor, campaignId);
    const unit = campaign.units.find((u) => u.id === unitId);
    if (!unit) throw new RuleError('dashboard-unit-gone');
    const standings = await this.sources.standings.current(campaignId);
    const [trend, proposal, reportCounts, areaScores, owing, pipeline, dossier] = await Promise.all([
      loadTrend(this.db, campaignId, [unit]),
      this.sources.scores.proposal(campaignId, unitId),
      this.db.progressReport.groupBy({ by: ['criterionId'], where: { campaignId, unitId }, _count: { _all: true } }),
      this.areas(campaign),
      loadOwing({ audience: this.audience, reports: this.sources.reports, scores: this.sources.scores }, campaignId, this.clock(), unitId),
      loadPipeline(this.db, campaignId, unitId),
      this.sources.dossier.checklist(campaignId, unitId),
    ]);
    const reportsOf = new Map(reportCounts.map((r) => [r.criterionId, r._count._all]));
    const rowOf = new Map(proposal.map((p) => [p.criterion.id, p]));
    const path = (code: string) => `criteria.${code}`;
    return {
      campaign: summary(campaign),
      at: this.clock(),
      unit: { id: unit.id, name: unit.name },
      standing: standings.entries.find((e) => e.unitId === unitId) ?? null,
      ranked: standings.entries.length,
      provisional: standings.provisional,
      trend,
      areas: taskAreasFor(campaign, unitId).map((area) => ({
        id: area.id,
        title: area.title,
        score: areaScores.find((a) => a.id === area.id)?.entries.find((e) => e.unitId === unitId)?.score ?? null,
        criteria: area.criteria.map((c) => {
          const p = rowOf.get(c.id);
          return {
            id: c.id,
            code: c.code,
            title: c.title,
            unitOfMeasure: c.unitOfMeasure,
            target: c.target,
            direction: c.direction,
            minValue: c.minValue,
            maxValue: c.maxValue,
            targetDefault: isDefault(campaign.sources, path(c.code)) || isDefault(campaign.sources, `${path(c.code)}.target`),
            maxPoints: c.maxPoints,
            pointsDefault: isDefault(campaign.sources, path(c.code)) || isDefault(campaign.sources, `${path(c.code)}.points`),
            latest: p?.latest ? { value: p.latest.value, reportedAt: p.latest.reportedAt } : null,
            computed: p?.computed ?? null,
            self: p?.self?.points ?? null,
            appraised: p?.appraised?.points ?? null,
            reports: reportsOf.get(c.id) ?? 0,
            evidence: p?.evidenceCount ?? 0,
          };
        }),
      })),
      owing,
      pipeline,
      dossier,
    };
  }

  /** Each task area's standings, as `/xephang <lĩnh vực>` gives them. */
  private async areas(campaign: CampaignView): Promise<AreaStanding[]> {
    return Promise.all(
      campaign.taskAreas.map(async (area) => {
        const s = await this.sources.standings.current(campaign.id, { taskAreaId: area.id });
        const scores = s.entries.map((e) => e.score);
        return {
          id: area.id,
          code: area.code,
          title: area.title,
          maxPoints: area.criteria.reduce((sum, c) => sum + c.maxPoints, 0),
          average: scores.length === 0 ? null : scores.reduce((a, b) => a + b, 0) / scores.length,
          entries: s.entries.map((e) => ({ unitId: e.unitId, unitName: e.unitName, score: e.score, rank: e.rank })),
          unreported: s.unreported.length,
        };
      }),
    );
  }

  /** The campaign, when it belongs to the person's organization. */
  private async campaignOf(actor: Actor, campaignId: number): Promise<CampaignView> {
    const campaign = await this.sources.campaigns.view(campaignId).catch(() => null);
    if (!campaign || campaign.organizationId !== actor.organizationId) throw new RuleError('dashboard-campaign-gone');
    return campaign;
  }
}

function summary(c: CampaignView): DashboardCampaign {
  return {
    id: c.id,
    title: c.title,
    organizationName: c.organizationName,
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    gradeBandsDefault: isDefault(c.sources, 'grade_bands'),
    gradeBands: c.gradeBands,
  };
}
