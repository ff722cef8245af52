import type { CampaignFile } from '../../campaign-file/schema.js';
import type { Db } from '../../db/client.js';
import type { AwardRules } from '../../domain/eligibility.js';
import { closingInstant } from '../../domain/closing.js';
import { defaultSources } from '../../domain/sources.js';
import { RuleError } from '../shared/errors.js';
import { syncDossierDocKinds, syncQuotas } from './import-awards.js';
import { put, type ChangeCount, type Tx } from './import-rows.js';
import { syncDeadlines, syncMembers, syncTaskAreasAndCriteria, syncUnits } from './import-structure.js';

// Loads a campaign file into the database. Importing is repeatable: rows are matched by their
// codes, so a corrected file updates what it names. What the file no longer lists is retired,
// deactivated or deleted depending on whether reports, scores or documents point at it;
// ProgressReport, Score and Evidence themselves are never touched. The sections are written by
// import-structure.ts (units, criteria, deadlines, members) and import-awards.ts.

export type { ChangeCount };

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

/** The import inside the caller's transaction: a change made in chat is applied, logged and told together. */
export async function importInto(tx: Tx, file: CampaignFile): Promise<ImportSummary> {
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

/**
 * A campaign that closed by itself stays closed when its file, re-imported to fix a typo, still
 * says ACTIVE; a file that moves the closing day past the moment it closed opens it again.
 */
function stillClosed(existing: { status: string; closedAt: Date | null } | null, file: CampaignFile): { status: 'CLOSED'; closedAt: Date } | object {
  if (existing?.closedAt == null || existing.status !== 'CLOSED' || file.campaign.status !== 'ACTIVE') return {};
  const closesAt = closingInstant({ endsOn: file.campaign.period.to, closesOn: file.campaign.closes_on ?? null });
  return closesAt.getTime() <= existing.closedAt.getTime() ? { status: 'CLOSED', closedAt: existing.closedAt } : {};
}

const APPROVAL_BASES = { voted: 'VOTED', present: 'PRESENT', all_members: 'ALL_MEMBERS' } as const;
