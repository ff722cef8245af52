import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { TestBot } from '../../support/core.js';

// What a partial write would leave behind: a damaged file, a dangling reference, rows of one
// campaign pointing into another, evidence without its file, a dialog state that is not JSON.

/** Rows counted before and after a run (what the run added shows how deep the dialogs went). */
export const COUNTED = [
  'progressReport',
  'evidence',
  'score',
  'member',
  'channelAccount',
  'dossierDocument',
  'initiative',
  'nomination',
  'vote',
  'violation',
  'outboxMessage',
  'dialogState',
] as const;
export type Counted = (typeof COUNTED)[number];

export async function rowCounts(bot: TestBot): Promise<Record<Counted, number>> {
  const db = bot.core.db as unknown as Record<Counted, { count(): Promise<number> }>;
  const counts = {} as Record<Counted, number>;
  for (const table of COUNTED) counts[table] = await db[table].count();
  return counts;
}

/** SQLite's own checks, and every dialog state's JSON parsed as the engine will read it. */
function sqliteProblems(url: string): string[] {
  const sqlite = new Database(url.replace(/^file:/, ''), { readonly: true, fileMustExist: true });
  try {
    const problems: string[] = [];
    const integrity = sqlite.pragma('integrity_check') as Array<{ integrity_check: string }>;
    if (integrity.map((r) => r.integrity_check).join() !== 'ok') problems.push(`integrity_check: ${JSON.stringify(integrity).slice(0, 500)}`);
    const dangling = sqlite.pragma('foreign_key_check') as unknown[];
    if (dangling.length > 0) problems.push(`foreign_key_check: ${dangling.length} rows, e.g. ${JSON.stringify(dangling.slice(0, 3))}`);
    for (const row of sqlite.prepare('SELECT id, data FROM "DialogState"').all() as Array<{ id: number; data: string }>) {
      try {
        JSON.parse(row.data);
      } catch {
        problems.push(`DialogState ${row.id}: data is not JSON`);
      }
    }
    return problems;
  } finally {
    sqlite.close();
  }
}

/** Rows whose references disagree about the campaign, unit or organization they belong to. */
async function domainProblems(bot: TestBot): Promise<string[]> {
  const db = bot.core.db;
  const problems: string[] = [];
  const campaigns = new Map((await db.campaign.findMany()).map((c) => [c.id, c.organizationId]));
  const units = new Map((await db.unit.findMany()).map((u) => [u.id, u.organizationId]));
  const criteria = new Map((await db.criterion.findMany()).map((c) => [c.id, c.campaignId]));
  const sameOrg = (campaignId: number, unitId: number | null) => unitId === null || campaigns.get(campaignId) === units.get(unitId);
  const inCampaign = (campaignId: number, criterionId: number | null) => criterionId === null || criteria.get(criterionId) === campaignId;

  for (const r of await db.progressReport.findMany({ select: { id: true, campaignId: true, unitId: true, criterionId: true } })) {
    if (!sameOrg(r.campaignId, r.unitId) || !inCampaign(r.campaignId, r.criterionId)) problems.push(`ProgressReport ${r.id} mixes campaigns`);
  }
  for (const s of await db.score.findMany({ select: { id: true, campaignId: true, unitId: true, criterionId: true } })) {
    if (!sameOrg(s.campaignId, s.unitId) || !inCampaign(s.campaignId, s.criterionId)) problems.push(`Score ${s.id} mixes campaigns`);
  }
  const evidence = await db.evidence.findMany({ include: { progressReport: true } });
  for (const e of evidence) {
    if (!sameOrg(e.campaignId, e.unitId) || !inCampaign(e.campaignId, e.criterionId)) problems.push(`Evidence ${e.id} mixes campaigns`);
    const report = e.progressReport;
    if (report && (report.campaignId !== e.campaignId || report.unitId !== e.unitId || report.criterionId !== e.criterionId)) problems.push(`Evidence ${e.id} is not its report's`);
    if (!existsSync(join(bot.dir, 'files', e.storageKey))) problems.push(`Evidence ${e.id}: file ${e.storageKey} missing`);
  }
  const evidenceById = new Map(evidence.map((e) => [e.id, e]));
  for (const d of await db.dossierDocument.findMany({ include: { kind: true } })) {
    const e = evidenceById.get(d.evidenceId);
    if (!e || e.campaignId !== d.campaignId || e.unitId !== d.unitId || d.kind.campaignId !== d.campaignId) problems.push(`DossierDocument ${d.id} mixes campaigns or units`);
  }
  for (const n of await db.nomination.findMany({ include: { member: true } })) {
    if (!sameOrg(n.campaignId, n.unitId) || (n.member && n.member.organizationId !== campaigns.get(n.campaignId))) problems.push(`Nomination ${n.id} mixes organizations`);
  }
  for (const v of await db.vote.findMany({ include: { review: true, nomination: true } })) {
    if (v.review.campaignId !== v.nomination.campaignId) problems.push(`Vote ${v.id} mixes campaigns`);
  }
  for (const i of await db.invite.findMany({ where: { usesLeft: { lt: 0 } } })) problems.push(`Invite ${i.code} used more often than it allows`);
  problems.push(...(await latestProblems(bot)));
  return problems;
}

export async function databaseProblems(bot: TestBot): Promise<string[]> {
  return [...(bot.url.startsWith('file:') ? sqliteProblems(bot.url) : []), ...(await domainProblems(bot))];
}

/** LatestReport holds, for each (unit, criterion), exactly the report that counts: the latest by time then id, a late one once accepted. */
async function latestProblems(bot: TestBot): Promise<string[]> {
  const reports = await bot.core.db.progressReport.findMany({
    select: { id: true, campaignId: true, unitId: true, criterionId: true, reportedAt: true, late: true, acceptedAt: true },
  });
  const expected = new Map<string, { id: number; at: number }>();
  for (const r of reports) {
    if (r.late && r.acceptedAt === null) continue;
    const key = `${r.campaignId}:${r.unitId}:${r.criterionId}`;
    const held = expected.get(key);
    const at = r.reportedAt.getTime();
    if (!held || at > held.at || (at === held.at && r.id > held.id)) expected.set(key, { id: r.id, at });
  }
  const kept = await bot.core.db.latestReport.findMany();
  const problems = kept.flatMap((l) => {
    const key = `${l.campaignId}:${l.unitId}:${l.criterionId}`;
    return expected.get(key)?.id === l.progressReportId ? [] : [`LatestReport ${key} holds report ${l.progressReportId}, not ${expected.get(key)?.id ?? 'none'}`];
  });
  if (kept.length !== expected.size) problems.push(`LatestReport has ${kept.length} pairs, the reports ${expected.size}`);
  return problems;
}
