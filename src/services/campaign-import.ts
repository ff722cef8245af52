import type { CampaignFile } from '../campaign-file/schema.js';
import type { Db } from '../db/client.js';
import type { Prisma, Role } from '../generated/prisma/client.js';
import type { AwardRules } from '../domain/eligibility.js';
import { closingInstant } from '../domain/closing.js';
import { defaultSources } from '../domain/sources.js';
import { searchKey } from '../domain/text.js';
import { RuleError } from './errors.js';

// Loads a campaign file into the database. Importing is repeatable: rows are matched by their
// codes, so a corrected file updates what it names. What the file no longer lists is retired,
// deactivated or deleted depending on whether reports, scores or documents point at it;
// ProgressReport, Score and Evidence themselves are never touched.

type Tx = Prisma.TransactionClient;

/** How rows of one kind fared in an import. */
export interface ChangeCount {
  created: number;
  updated: number;
  unchanged: number;
  /** no longer in the file: deleted, or (units, criteria, task areas) kept but set aside */
  removed: number;
  /** no longer in the file but kept as they were, because records point at them */
  kept: number;
}

export const IMPORT_ENTITIES = ['organization', 'campaign', 'units', 'taskAreas', 'criteria', 'awardQuotas', 'dossierDocKinds', 'deadlines', 'members'] as const;
export type ImportEntity = (typeof IMPORT_ENTITIES)[number];

export interface ImportSummary {
  organizationId: number;
  campaignId: number;
  campaignCode: string;
  counts: Record<ImportEntity, ChangeCount>;
}

/** Campaign.reminderSettings as stored (the file's `reminders`, with defaults applied). */
export type ReminderSettings = {
  checkin: { cron: string; enabled: boolean };
  nudgeDaysBefore: number[];
  escalateAfterWorkingDays: number;
  /** days 1 = Monday … 7 = Sunday; times "HH:MM" in Asia/Ho_Chi_Minh */
  workingHours: { days: number[]; from: string; to: string };
  /** ISO instants of each day's 00:00 in Vietnam, like every calendar day in the database */
  extraDaysOff: string[];
};

/** Imports (or re-imports) a parsed campaign file in one transaction. */
export async function importCampaign(db: Db, file: CampaignFile): Promise<ImportSummary> {
  // A generous timeout: a large file on a slow disk must not be cut off half-way.
  return db.$transaction((tx) => importInto(tx, file), { timeout: 60_000, maxWait: 10_000 });
}

async function importInto(tx: Tx, file: CampaignFile): Promise<ImportSummary> {
  const counts = Object.fromEntries(IMPORT_ENTITIES.map((e) => [e, { created: 0, updated: 0, unchanged: 0, removed: 0, kept: 0 }])) as Record<ImportEntity, ChangeCount>;

  const { city } = file.organization;
  // The city is created on first mention and renamed by later files; it has no campaign of its own.
  if (city?.code === file.organization.code) throw new RuleError('cf-error-city-self', { code: city.code });
  const parent = city ? await tx.organization.upsert({ where: { code: city.code }, create: { code: city.code, name: city.name }, update: { name: city.name } }) : null;
  const orgData = { name: file.organization.name, province: file.organization.province ?? null, parentId: parent?.id ?? null };
  const organization = await put(counts.organization, await tx.organization.findUnique({ where: { code: file.organization.code } }), orgData, {
    create: () => tx.organization.create({ data: { code: file.organization.code, ...orgData } }),
    update: (id) => tx.organization.update({ where: { id }, data: orgData }),
  });

  const existingCampaign = await tx.campaign.findUnique({ where: { code: file.campaign.code }, include: { organization: true } });
  if (existingCampaign && existingCampaign.organizationId !== organization.id) {
    throw new RuleError('cf-error-campaign-other-org', { campaign: file.campaign.code, organization: existingCampaign.organization.code });
  }
  const campaignData = { ...campaignFields(file, organization.id), ...stillClosed(existingCampaign, file) };
  const campaign = await put(counts.campaign, existingCampaign, campaignData, {
    create: () => tx.campaign.create({ data: { code: file.campaign.code, ...campaignData } }),
    update: (id) => tx.campaign.update({ where: { id }, data: campaignData }),
  });

  const unitIds = await syncUnits(tx, counts.units, organization.id, file);
  await syncTaskAreasAndCriteria(tx, counts, campaign.id, file, unitIds);
  await syncQuotas(tx, counts.awardQuotas, campaign.id, file);
  await syncDossierDocKinds(tx, counts.dossierDocKinds, campaign.id, file);
  await syncDeadlines(tx, counts.deadlines, campaign.id, file);
  await syncMembers(tx, counts.members, organization.id, unitIds, file);
  // Units belong to the organization: every campaign of it may look different now.
  await tx.campaign.updateMany({ where: { organizationId: organization.id }, data: { revision: { increment: 1 } } });
  return { organizationId: organization.id, campaignId: campaign.id, campaignCode: campaign.code, counts };
}

function campaignFields(file: CampaignFile, organizationId: number) {
  const r = file.reminders;
  const reminderSettings: ReminderSettings = {
    checkin: { cron: r.checkin.cron, enabled: r.checkin.enabled },
    nudgeDaysBefore: r.nudge_days_before,
    escalateAfterWorkingDays: r.escalate_after_working_days,
    workingHours: { days: r.working_hours.days, from: r.working_hours.from, to: r.working_hours.to },
    extraDaysOff: r.extra_days_off.map((d) => d.toISOString()),
  };
  return {
    organizationId,
    title: file.campaign.title,
    legalBasis: file.campaign.legal_basis,
    organisingOffice: file.campaign.organising_office,
    leadOffice: file.campaign.lead_office,
    startsOn: file.campaign.period.from,
    endsOn: file.campaign.period.to,
    closesOn: file.campaign.closes_on ?? null,
    status: file.campaign.status,
    closedAt: null,
    sources: defaultSources(file.defaults),
    gradeBands: file.grade_bands,
    councilQuorum: file.council.quorum,
    approvalThreshold: file.council.approval_threshold,
    approvalBase: APPROVAL_BASES[file.council.approval_base],
    awardRules: { checklists: file.award_rules.eligibility } satisfies AwardRules as object,
    reminderSettings,
    // Left out of the file → keep the chats already set (they may have been set from the bot).
    ...(file.group_chats ? { groupChats: file.group_chats } : {}),
  };
}

/** Returns unit ids by code (the members refer to units by code). */
async function syncUnits(tx: Tx, count: ChangeCount, organizationId: number, file: CampaignFile): Promise<Map<string, number>> {
  const existing = new Map((await tx.unit.findMany({ where: { organizationId } })).map((u) => [u.code, u]));
  const ids = new Map<string, number>();
  for (const [sortOrder, u] of file.units.entries()) {
    const data = { name: u.name, searchKey: searchKey(u.name), active: true, sortOrder };
    const row = await put(count, existing.get(u.code) ?? null, data, {
      create: () => tx.unit.create({ data: { organizationId, code: u.code, ...data } }),
      update: (id) => tx.unit.update({ where: { id }, data }),
    });
    ids.set(u.code, row.id);
  }
  // Reports, scores and members point at units: a unit the file drops is only deactivated.
  const dropped = [...existing.values()].filter((u) => u.active && !ids.has(u.code));
  await tx.unit.updateMany({ where: { id: { in: dropped.map((u) => u.id) } }, data: { active: false } });
  count.removed += dropped.length;
  return ids;
}

/**
 * A campaign that closed by itself stays closed when its file, re-imported to fix a typo, still
 * says ACTIVE; a file that moves the closing day past the moment it closed opens it again.
 */
function stillClosed(existing: { status: string; closedAt: Date | null } | null, file: CampaignFile): { status: 'CLOSED'; closedAt: Date } | object {
  if (existing?.closedAt == null || existing.status !== 'CLOSED' || file.campaign.status !== 'ACTIVE') return {};
  const closesAt = closingInstant({ endsOn: file.campaign.period.to, closesOn: file.campaign.closes_on ?? null });
  return closesAt.getTime() <= existing.closedAt.getTime() ? { status: 'CLOSED', closedAt: existing.closedAt } : {};
}

async function syncTaskAreasAndCriteria(
  tx: Tx,
  counts: Record<ImportEntity, ChangeCount>,
  campaignId: number,
  file: CampaignFile,
  unitIds: Map<string, number>,
): Promise<void> {
  const areas = new Map((await tx.taskArea.findMany({ where: { campaignId } })).map((a) => [a.code, a]));
  const criteria = new Map((await tx.criterion.findMany({ where: { campaignId } })).map((c) => [c.code, c]));
  const listedCriteria = new Set<string>();
  let criterionOrder = 0;
  for (const [sortOrder, a] of file.task_areas.entries()) {
    const areaData = { title: a.title, searchKey: searchKey(a.title), sortOrder };
    const area = await put(counts.taskAreas, areas.get(a.code) ?? null, areaData, {
      create: () => tx.taskArea.create({ data: { campaignId, code: a.code, ...areaData } }),
      update: (id) => tx.taskArea.update({ where: { id }, data: areaData }),
    });
    for (const c of a.criteria) {
      listedCriteria.add(c.code);
      const data = {
        taskAreaId: area.id,
        title: c.title,
        searchKey: searchKey(c.title),
        unitOfMeasure: c.unit_of_measure,
        target: c.target,
        minValue: c.min,
        maxValue: c.max,
        scoringRule: SCORING[c.scoring],
        maxPoints: c.points,
        direction: c.direction === 'lower' ? ('LOWER_IS_BETTER' as const) : ('HIGHER_IS_BETTER' as const),
        heldByUnitId: c.held_by === undefined ? null : unitIds.get(c.held_by)!,
        sortOrder: criterionOrder++,
        retired: false,
      };
      await put(counts.criteria, criteria.get(c.code) ?? null, data, {
        create: () => tx.criterion.create({ data: { campaignId, code: c.code, ...data } }),
        update: (id) => tx.criterion.update({ where: { id }, data }),
      });
    }
  }
  // Reports and scores point at criteria (and criteria at their area): retire, never delete.
  const retiring = [...criteria.values()].filter((c) => !c.retired && !listedCriteria.has(c.code));
  await tx.criterion.updateMany({ where: { id: { in: retiring.map((c) => c.id) } }, data: { retired: true } });
  counts.criteria.removed += retiring.length;
  const listedAreas = new Set(file.task_areas.map((a) => a.code));
  counts.taskAreas.removed += [...areas.keys()].filter((code) => !listedAreas.has(code)).length;
}

const SCORING = { linear: 'LINEAR', threshold: 'THRESHOLD', manual: 'MANUAL' } as const;
const APPROVAL_BASES = { voted: 'VOTED', present: 'PRESENT', all_members: 'ALL_MEMBERS' } as const;

async function syncQuotas(tx: Tx, count: ChangeCount, campaignId: number, file: CampaignFile): Promise<void> {
  const keyOf = (q: { nomineeKind: string; awardForm: string }) => `${q.nomineeKind} ${q.awardForm}`;
  const existing = new Map((await tx.awardQuota.findMany({ where: { campaignId } })).map((q) => [keyOf(q), q]));
  const listed = new Set<string>();
  for (const q of file.award_quotas) {
    const key = { nomineeKind: q.nominee, awardForm: q.form };
    listed.add(keyOf(key));
    // No `max`: the plan sets no number, and none is invented.
    const data = { awardTitle: q.title, maxCount: q.max ?? null, decidedBy: q.decided_by === 'higher' ? ('HIGHER' as const) : ('LOCAL' as const), decider: q.decider ?? null };
    await put(count, existing.get(keyOf(key)) ?? null, data, {
      create: () => tx.awardQuota.create({ data: { campaignId, ...key, ...data } }),
      update: (id) => tx.awardQuota.update({ where: { id }, data }),
    });
  }
  for (const q of existing.values()) {
    if (listed.has(keyOf(q))) continue;
    // Nominations name their award form: the quota stays while any nomination uses it.
    const used = await tx.nomination.count({ where: { campaignId, nomineeKind: q.nomineeKind, awardForm: q.awardForm } });
    if (used > 0) {
      count.kept++;
    } else {
      await tx.awardQuota.delete({ where: { id: q.id } });
      count.removed++;
    }
  }
}

async function syncDossierDocKinds(tx: Tx, count: ChangeCount, campaignId: number, file: CampaignFile): Promise<void> {
  const existing = new Map((await tx.dossierDocKind.findMany({ where: { campaignId } })).map((d) => [d.code, d]));
  for (const [sortOrder, d] of file.dossier_documents.entries()) {
    const data = { title: d.title, required: d.required, perNominee: d.per_nominee, sortOrder };
    await put(count, existing.get(d.code) ?? null, data, {
      create: () => tx.dossierDocKind.create({ data: { campaignId, code: d.code, ...data } }),
      update: (id) => tx.dossierDocKind.update({ where: { id }, data }),
    });
  }
  const listed = new Set(file.dossier_documents.map((d) => d.code));
  for (const d of existing.values()) {
    if (listed.has(d.code)) continue;
    const used = await tx.dossierDocument.count({ where: { kindId: d.id } });
    if (used > 0) {
      count.kept++;
    } else {
      await tx.dossierDocKind.delete({ where: { id: d.id } });
      count.removed++;
    }
  }
}

async function syncDeadlines(tx: Tx, count: ChangeCount, campaignId: number, file: CampaignFile): Promise<void> {
  const existing = new Map((await tx.deadline.findMany({ where: { campaignId } })).map((d) => [d.code, d]));
  for (const d of file.deadlines) {
    const data = { title: d.title, kind: d.kind, dueOn: d.due };
    await put(count, existing.get(d.code) ?? null, data, {
      create: () => tx.deadline.create({ data: { campaignId, code: d.code, ...data } }),
      update: (id) => tx.deadline.update({ where: { id }, data }),
    });
  }
  // No table points at deadlines, so a dropped one goes.
  const listed = new Set(file.deadlines.map((d) => d.code));
  const dropped = [...existing.values()].filter((d) => !listed.has(d.code));
  await tx.deadline.deleteMany({ where: { id: { in: dropped.map((d) => d.id) } } });
  count.removed += dropped.length;
}

/**
 * Members the file declares, with exactly the file's roles. Members it does not name (joined by
 * invite, or declared by another campaign of the organization) are left alone.
 */
async function syncMembers(tx: Tx, count: ChangeCount, organizationId: number, unitIds: Map<string, number>, file: CampaignFile): Promise<void> {
  const codes = file.members.map((m) => m.code);
  const existing = new Map(
    (await tx.member.findMany({ where: { organizationId, code: { in: codes } }, include: { roles: true } })).map((m) => [m.code, m]),
  );
  for (const m of file.members) {
    const data = { fullName: m.name, searchKey: searchKey(m.name), jobTitle: m.title ?? null, unitId: m.unit ? unitIds.get(m.unit)! : null };
    const before = existing.get(m.code) ?? null;
    const member = await put(count, before, data, {
      create: () => tx.member.create({ data: { organizationId, code: m.code, ...data } }),
      update: (id) => tx.member.update({ where: { id }, data }),
    });
    const had = new Set<Role>(before?.roles.map((g) => g.role) ?? []);
    const wanted = new Set<Role>(m.roles);
    const adding = [...wanted].filter((r) => !had.has(r));
    const dropping = [...had].filter((r) => !wanted.has(r));
    if (adding.length > 0) await tx.roleGrant.createMany({ data: adding.map((role) => ({ memberId: member.id, role })) });
    if (dropping.length > 0) await tx.roleGrant.deleteMany({ where: { memberId: member.id, role: { in: dropping } } });
    // A member whose only change is a role counts as updated.
    if (before && (adding.length > 0 || dropping.length > 0) && !differs(before, data)) {
      count.unchanged--;
      count.updated++;
    }
  }
}

/** Creates the row, updates it when a field differs, or leaves it; and counts which. */
async function put<R extends { id: number }>(
  count: ChangeCount,
  existing: R | null,
  data: object,
  write: { create: () => Promise<R>; update: (id: number) => Promise<R> },
): Promise<R> {
  if (!existing) {
    count.created++;
    return write.create();
  }
  if (!differs(existing, data)) {
    count.unchanged++;
    return existing;
  }
  count.updated++;
  return write.update(existing.id);
}

/** Whether any field of `data` differs from the stored row (dates by instant, JSON by content). */
function differs(row: object, data: object): boolean {
  const stored = row as Record<string, unknown>;
  return Object.entries(data).some(([key, value]) => comparable(stored[key]) !== comparable(value));
}

function comparable(value: unknown): string {
  if (value instanceof Date) return `date:${value.getTime()}`;
  return JSON.stringify(value ?? null);
}
