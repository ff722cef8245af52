import { LRUCache } from 'lru-cache';
import type { Db } from '../db/client.js';
import type { Channel, DeadlineKind, Direction, ScoringRule } from '../generated/prisma/client.js';
import { DEFAULT_GRADE_BANDS, type GradeBand } from '../domain/grades.js';
import { deepFreeze } from './deep-freeze.js';

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
  gradeBands: readonly GradeBand[];
  units: Array<{ id: number; code: string; name: string }>;
  taskAreas: Array<{ id: number; code: string; title: string; criteria: CriterionView[] }>;
  /** the criteria of all task areas together */
  criteriaCount: number;
  deadlines: Array<{ code: string; title: string; kind: DeadlineKind; dueOn: Date }>;
  quotas: Array<{ nomineeKind: string; awardTitle: string; maxCount: number }>;
  dossierDocKinds: Array<{ code: string; title: string; required: boolean }>;
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

  /** The organization's running campaign (the most recently started ACTIVE one). */
  async activeCampaignId(organizationId: number): Promise<number | null> {
    const campaign = await this.db.campaign.findFirst({
      where: { organizationId, status: 'ACTIVE' },
      orderBy: [{ startsOn: 'desc' }, { id: 'desc' }],
      select: { id: true },
    });
    return campaign?.id ?? null;
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

  /** The running campaign whose file names this group chat for announcements. */
  async campaignIdForGroup(channel: Channel, chatId: string): Promise<number | null> {
    const running = await this.db.campaign.findMany({ where: { status: 'ACTIVE' }, select: { id: true, groupChats: true }, orderBy: { startsOn: 'desc' } });
    const key = channel.toLowerCase();
    return running.find((c) => String((c.groupChats as Record<string, unknown> | null)?.[key] ?? '') === chatId)?.id ?? null;
  }

  async campaignIdByCode(code: string): Promise<number | null> {
    return (await this.db.campaign.findUnique({ where: { code }, select: { id: true } }))?.id ?? null;
  }

  /** The campaign as the dialogs see it; shared and frozen, so never to be changed by a caller. */
  async view(campaignId: number): Promise<CampaignView> {
    const [row] = await this.db.$queryRaw<Array<{ revision: number | bigint }>>`SELECT "revision" FROM "Campaign" WHERE "id" = ${campaignId}`;
    const revision = row ? Number(row.revision) : null;
    const cached = this.views.get(campaignId);
    if (cached && cached.revision === revision) return cached.view;
    const view = deepFreeze(await this.load(campaignId));
    if (revision !== null) this.views.set(campaignId, { revision, view });
    return view;
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
      gradeBands: bands,
      units: c.organization.units.map((u) => ({ id: u.id, code: u.code, name: u.name })),
      taskAreas,
      criteriaCount: taskAreas.reduce((n, a) => n + a.criteria.length, 0),
      deadlines: c.deadlines.map((d) => ({ code: d.code, title: d.title, kind: d.kind, dueOn: d.dueOn })),
      quotas: c.awardQuotas.map((q) => ({ nomineeKind: q.nomineeKind, awardTitle: q.awardTitle, maxCount: q.maxCount })),
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
