import { LRUCache } from 'lru-cache';
import type { Db } from '../../db/client.js';
import { readRows } from '../../db/direct-sql.js';
import { Prisma, type CampaignStatus, type Channel, type DeadlineKind, type Direction, type ScoringRule } from '../../generated/prisma/client.js';
import { isAfterClosing } from '../../domain/closing.js';
import { DEFAULT_GRADE_BANDS, type GradeBand } from '../../domain/grades.js';
import { scoredOn } from '../../domain/scoring.js';
import type { Sources } from '../../domain/sources.js';
import { deepFreeze } from '../shared/deep-freeze.js';

export interface CriterionView {
  id: number;
  code: string;
  title: string;
  taskAreaId: number;
  unitOfMeasure: string;
  target: number | null;
  minValue: number;
  maxValue: number | null;
  scoringRule: ScoringRule;
  direction: Direction;
  maxPoints: number;
  /** a commune-wide target reported and scored by this unit alone; null: every unit's */
  heldByUnitId: number | null;
}

export interface CampaignView {
  id: number;
  code: string;
  title: string;
  legalBasis: string;
  organisingOffice: string;
  leadOffice: string;
  organizationId: number;
  organizationName: string;
  startsOn: Date;
  endsOn: Date;
  /** the file's closing day (null: the period's last day); see domain/closing.ts */
  closesOn: Date | null;
  status: CampaignStatus;
  /** when the campaign closed by itself; null while it runs (or when its file set it CLOSED) */
  closedAt: Date | null;
  /** where values came from: paths marked default are the plan's silence, shown as such */
  sources: Sources;
  councilQuorum: number;
  approvalThreshold: number;
  gradeBands: readonly GradeBand[];
  units: Array<{ id: number; code: string; name: string }>;
  taskAreas: Array<{ id: number; code: string; title: string; criteria: CriterionView[] }>;
  /** the criteria of all task areas together */
  criteriaCount: number;
  deadlines: Array<{ code: string; title: string; kind: DeadlineKind; dueOn: Date }>;
  /** maxCount null: the plan sets no number; decidedBy HIGHER: proposed to `decider` */
  quotas: Array<{ nomineeKind: string; awardForm: string; awardTitle: string; maxCount: number | null; decidedBy: 'LOCAL' | 'HIGHER'; decider: string | null }>;
  dossierDocKinds: Array<{ code: string; title: string; required: boolean }>;
}

/**
 * Which of an organization's campaigns is its current one, as SQL on the table under `alias`: the
 * running ones first, else those that closed by themselves; the latest started, then the newest.
 */
export function currentCampaignSql(alias: string): { filter: Prisma.Sql; order: Prisma.Sql } {
  const a = `"${alias}"`;
  return {
    filter: Prisma.raw(`(${a}."status" = 'ACTIVE' OR (${a}."status" = 'CLOSED' AND ${a}."closedAt" IS NOT NULL))`),
    order: Prisma.raw(`CASE WHEN ${a}."status" = 'ACTIVE' THEN 0 ELSE 1 END, ${a}."startsOn" DESC, ${a}."id" DESC`),
  };
}

/** A campaign and the revision of its plan (Campaign.revision), read together. */
export interface CampaignRevision {
  id: number;
  revision: number;
}

/** Campaign views kept in memory: a city has about 120 running campaigns. */
const VIEW_CACHE_SIZE = 500;

/** Reads campaigns as the dialogs need them: active units, current criteria, in plan order. */
export class CampaignService {
  /**
   * A campaign's structure (units, criteria, deadlines, quotas) changes only when its file is
   * imported, which bumps Campaign.revision; nearly every command needs the view, and reading it
   * takes seven queries. So views are kept, and one small query per read says whether they still hold,
   * also when another instance did the import.
   */
  private readonly views = new LRUCache<number, { revision: number; view: CampaignView }>({ max: VIEW_CACHE_SIZE });

  constructor(private readonly db: Db) {}

  /** Every running campaign, of every organization. */
  async activeCampaignIds(): Promise<number[]> {
    return (await this.db.campaign.findMany({ where: { status: 'ACTIVE' }, select: { id: true }, orderBy: { id: 'asc' } })).map((c) => c.id);
  }

  /** Running campaigns whose closing day is over at `now` (see domain/closing.ts). */
  async dueToClose(now: Date): Promise<number[]> {
    const running = await this.db.campaign.findMany({ where: { status: 'ACTIVE' }, select: { id: true, endsOn: true, closesOn: true }, orderBy: { id: 'asc' } });
    return running.filter((c) => isAfterClosing(c, now)).map((c) => c.id);
  }

  /**
   * Closes a running campaign as of `now`; false when it no longer runs (closed already, by
   * another instance or an earlier run). Bumps the revision: held views carry the status.
   */
  async markClosed(campaignId: number, now: Date): Promise<boolean> {
    const closed = await this.db.campaign.updateMany({
      where: { id: campaignId, status: 'ACTIVE' },
      data: { status: 'CLOSED', closedAt: now, revision: { increment: 1 } },
    });
    return closed.count === 1;
  }

  /**
   * The organization's campaign: the most recently started ACTIVE one, else the latest that closed
   * by itself, whose late reports, appraisal and awards still go on after its period.
   */
  async activeCampaignId(organizationId: number): Promise<number | null> {
    return (await this.current(organizationId))?.id ?? null;
  }

  /**
   * The organization's campaign (see activeCampaignId) and its revision, in one statement: with
   * the revision known, view() needs no query of its own when it holds the campaign's view.
   */
  async current(organizationId: number): Promise<CampaignRevision | null> {
    const { filter, order } = currentCampaignSql('c');
    const [row] = await readRows<{ id: number | bigint; revision: number | bigint }>(
      this.db,
      (sql) => sql`SELECT c."id", c."revision" FROM "Campaign" c WHERE c."organizationId" = ${organizationId} AND ${filter} ORDER BY ${order} LIMIT 1`,
    );
    return row ? { id: Number(row.id), revision: Number(row.revision) } : null;
  }

  /** The campaign's group chat per channel, as its file names them ({ TELEGRAM: "-100…" }). */
  async groupChats(campaignId: number): Promise<Partial<Record<Channel, string>>> {
    const c = await this.db.campaign.findUniqueOrThrow({ where: { id: campaignId }, select: { groupChats: true } });
    const named = (c.groupChats ?? {}) as Record<string, unknown>;
    const chats: Partial<Record<Channel, string>> = {};
    for (const channel of ['TELEGRAM', 'ZALO'] as const) {
      const id = named[channel.toLowerCase()];
      if (id !== undefined && id !== null && String(id) !== '') chats[channel] = String(id);
    }
    return chats;
  }

  /** The campaign whose file names this group chat for announcements: a running one, else one that closed by itself. */
  async campaignIdForGroup(channel: Channel, chatId: string): Promise<number | null> {
    const current = await this.db.campaign.findMany({
      where: { OR: [{ status: 'ACTIVE' }, { status: 'CLOSED', closedAt: { not: null } }] },
      select: { id: true, status: true, groupChats: true },
      orderBy: { startsOn: 'desc' },
    });
    const key = channel.toLowerCase();
    const named = current.filter((c) => String((c.groupChats as Record<string, unknown> | null)?.[key] ?? '') === chatId);
    return (named.find((c) => c.status === 'ACTIVE') ?? named[0])?.id ?? null;
  }

  async campaignIdByCode(code: string): Promise<number | null> {
    return (await this.db.campaign.findUnique({ where: { code }, select: { id: true } }))?.id ?? null;
  }

  /** The campaign as the dialogs see it; shared and frozen, so never to be changed by a caller. */
  async view(campaignId: number, knownRevision?: number): Promise<CampaignView> {
    const revision = knownRevision ?? (await this.revisionOf(campaignId));
    const cached = this.views.get(campaignId);
    if (cached && cached.revision === revision) return cached.view;
    const view = deepFreeze(await this.load(campaignId));
    if (revision !== null) this.views.set(campaignId, { revision, view });
    return view;
  }

  private async revisionOf(campaignId: number): Promise<number | null> {
    const [row] = await readRows<{ revision: number | bigint }>(this.db, (sql) => sql`SELECT "revision" FROM "Campaign" WHERE "id" = ${campaignId}`);
    return row ? Number(row.revision) : null;
  }

  private async load(campaignId: number): Promise<CampaignView> {
    const c = await this.db.campaign.findUniqueOrThrow({
      where: { id: campaignId },
      include: {
        organization: { include: { units: { where: { active: true }, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] } } },
        taskAreas: {
          orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
          include: { criteria: { where: { retired: false }, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] } },
        },
        deadlines: { orderBy: { dueOn: 'asc' } },
        awardQuotas: { orderBy: { id: 'asc' } },
        dossierDocKinds: { orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] },
      },
    });
    const bands = Array.isArray(c.gradeBands) && c.gradeBands.length > 0 ? (c.gradeBands as unknown as GradeBand[]) : DEFAULT_GRADE_BANDS;
    const taskAreas = c.taskAreas
      .filter((a) => a.criteria.length > 0)
      .map((a) => ({
        id: a.id,
        code: a.code,
        title: a.title,
        criteria: a.criteria.map((k) => ({
          id: k.id,
          code: k.code,
          title: k.title,
          taskAreaId: k.taskAreaId,
          unitOfMeasure: k.unitOfMeasure,
          target: k.target,
          minValue: k.minValue,
          maxValue: k.maxValue,
          scoringRule: k.scoringRule,
          direction: k.direction,
          maxPoints: k.maxPoints,
          heldByUnitId: k.heldByUnitId,
        })),
      }));
    return {
      id: c.id,
      code: c.code,
      title: c.title,
      legalBasis: c.legalBasis,
      organisingOffice: c.organisingOffice,
      leadOffice: c.leadOffice,
      organizationId: c.organizationId,
      organizationName: c.organization.name,
      startsOn: c.startsOn,
      endsOn: c.endsOn,
      closesOn: c.closesOn,
      status: c.status,
      closedAt: c.closedAt,
      sources: (c.sources ?? {}) as Sources,
      councilQuorum: c.councilQuorum,
      approvalThreshold: c.approvalThreshold,
      gradeBands: bands,
      units: c.organization.units.map((u) => ({ id: u.id, code: u.code, name: u.name })),
      taskAreas,
      criteriaCount: taskAreas.reduce((n, a) => n + a.criteria.length, 0),
      deadlines: c.deadlines.map((d) => ({ code: d.code, title: d.title, kind: d.kind, dueOn: d.dueOn })),
      quotas: c.awardQuotas.map((q) => ({ nomineeKind: q.nomineeKind, awardForm: q.awardForm, awardTitle: q.awardTitle, maxCount: q.maxCount, decidedBy: q.decidedBy, decider: q.decider })),
      dossierDocKinds: c.dossierDocKinds.map((d) => ({ code: d.code, title: d.title, required: d.required })),
    };
  }

  /** Figures for the secretariat's campaign summary. */
  async activity(campaignId: number): Promise<{ members: number; registered: number; reports: number; unitsReported: number[] }> {
    const campaign = await this.db.campaign.findUniqueOrThrow({ where: { id: campaignId }, select: { organizationId: true } });
    const [members, registered, reports, reportedUnits] = await Promise.all([
      this.db.member.count({ where: { organizationId: campaign.organizationId, active: true } }),
      this.db.member.count({ where: { organizationId: campaign.organizationId, active: true, accounts: { some: {} } } }),
      this.db.progressReport.count({ where: { campaignId } }),
      this.db.progressReport.findMany({ where: { campaignId }, distinct: ['unitId'], select: { unitId: true } }),
    ]);
    return { members, registered, reports, unitsReported: reportedUnits.map((r) => r.unitId) };
  }
}

/** The task areas and criteria a unit reports and is scored on (a commune-wide target only for its holder). */
export function taskAreasFor(campaign: CampaignView, unitId: number): CampaignView['taskAreas'] {
  return campaign.taskAreas
    .map((a) => ({ ...a, criteria: a.criteria.filter((c) => scoredOn(c, unitId)) }))
    .filter((a) => a.criteria.length > 0);
}

/** The criteria a unit reports and is scored on, in plan order. */
export function criteriaFor(campaign: CampaignView, unitId: number): CriterionView[] {
  return campaign.taskAreas.flatMap((a) => a.criteria.filter((c) => scoredOn(c, unitId)));
}
