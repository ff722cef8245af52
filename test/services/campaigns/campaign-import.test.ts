import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCampaignFile } from '../../../src/campaign-file/parse.js';
import type { CampaignFile } from '../../../src/campaign-file/schema.js';
import { createDb, type Db } from '../../../src/db/client.js';
import { applyMigrations } from '../../../src/db/migrate.js';
import { I18n } from '../../../src/i18n/i18n.js';
import { getCampaignDetail, listCampaigns } from '../../../src/services/campaigns/campaign-catalog.js';
import { IMPORT_ENTITIES, importCampaign, type ImportSummary } from '../../../src/services/campaigns/campaign-import.js';
import { RuleError } from '../../../src/services/shared/errors.js';

function load(name: string): CampaignFile {
  const result = parseCampaignFile(readFileSync(join('campaigns', name), 'utf8'), name);
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.errors)}`);
  return result.file;
}

const criteriaOf = (file: CampaignFile) => file.task_areas.flatMap((a) => a.criteria);
const total = (summary: ImportSummary, field: 'created' | 'updated') => IMPORT_ENTITIES.reduce((s, e) => s + summary.counts[e][field], 0);

let dir: string;
let db: Db;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cf-import-'));
  const url = `file:${join(dir, 't.db')}`;
  await applyMigrations(url);
  db = await createDb(url);
});

afterEach(async () => {
  await db.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

/** What the database holds for a campaign, in numbers. */
async function census(campaignId: number, organizationId: number) {
  return {
    organizations: await db.organization.count(),
    campaigns: await db.campaign.count(),
    activeUnits: await db.unit.count({ where: { organizationId, active: true } }),
    taskAreas: await db.taskArea.count({ where: { campaignId } }),
    criteria: await db.criterion.count({ where: { campaignId, retired: false } }),
    quotas: await db.awardQuota.count({ where: { campaignId } }),
    docKinds: await db.dossierDocKind.count({ where: { campaignId } }),
    deadlines: await db.deadline.count({ where: { campaignId } }),
    members: await db.member.count({ where: { organizationId, code: { not: null } } }),
    roleGrants: await db.roleGrant.count({ where: { member: { organizationId } } }),
  };
}

describe('importCampaign: every file in campaigns/', () => {
  const files = readdirSync('campaigns').filter((f) => f.endsWith('.yaml'));

  it.each(files)('%s imports, and importing it again changes nothing', async (name) => {
    const file = load(name);
    const first = await importCampaign(db, file);
    const expected = {
      organizations: 1,
      campaigns: 1,
      activeUnits: file.units.length,
      taskAreas: file.task_areas.length,
      criteria: criteriaOf(file).length,
      quotas: file.award_quotas.length,
      docKinds: file.dossier_documents.length,
      deadlines: file.deadlines.length,
      members: file.members.length,
      roleGrants: file.members.reduce((s, m) => s + m.roles.length, 0),
    };
    expect(await census(first.campaignId, first.organizationId)).toEqual(expected);
    expect(first.counts.criteria.created).toBe(expected.criteria);
    expect(first.counts.members.created).toBe(expected.members);

    const campaign = await db.campaign.findUniqueOrThrow({ where: { code: file.campaign.code } });
    expect(campaign.startsOn).toEqual(file.campaign.period.from);
    expect(campaign.endsOn).toEqual(file.campaign.period.to);
    expect(campaign.gradeBands).toEqual(file.grade_bands);
    expect(campaign.legalBasis).toBe(file.campaign.legal_basis);
    const unit = await db.unit.findFirstOrThrow({ where: { organizationId: first.organizationId, code: file.units[0]!.code } });
    expect(unit.searchKey).toBe(unit.searchKey.normalize('NFD').replace(/\p{M}/gu, ''));
    expect(unit.searchKey).toBe(unit.searchKey.toLowerCase());

    const second = await importCampaign(db, file);
    expect(second.campaignId).toBe(first.campaignId);
    expect(total(second, 'created')).toBe(0);
    expect(total(second, 'updated')).toBe(0);
    expect(await census(first.campaignId, first.organizationId)).toEqual(expected);
  });
});

describe('importCampaign: importing again', () => {
  const base = () => load('kim-phuong-2025.yaml');

  /** A report and a score by the head of VHXH on a criterion, as the bot would store them. */
  async function reportOn(criterionCode: string, value: number) {
    const criterion = await db.criterion.findFirstOrThrow({ where: { code: criterionCode } });
    const head = await db.member.findFirstOrThrow({ where: { code: 'vhxh-1' } });
    const report = await db.progressReport.create({
      data: { campaignId: criterion.campaignId, unitId: head.unitId!, criterionId: criterion.id, memberId: head.id, value, channel: 'CONSOLE' },
    });
    const score = await db.score.create({ data: { campaignId: criterion.campaignId, unitId: head.unitId!, criterionId: criterion.id, selfPoints: 5 } });
    return { criterion, report, score };
  }

  it('keeps progress reports and scores made between imports', async () => {
    const file = base();
    await importCampaign(db, file);
    const { report, score } = await reportOn('TTHC_HOAN_THANH', 80);
    await importCampaign(db, file);
    expect(await db.progressReport.findUniqueOrThrow({ where: { id: report.id } })).toEqual(report);
    expect(await db.score.findUniqueOrThrow({ where: { id: score.id } })).toEqual(score);
    expect(await db.criterion.count()).toBe(criteriaOf(file).length);
  });

  it('updates a changed target in place', async () => {
    const file = base();
    await importCampaign(db, file);
    const before = await db.criterion.findFirstOrThrow({ where: { code: 'THE_CHE_HOAN_THANH' } });
    const changed = structuredClone(file);
    changed.task_areas[0]!.criteria[0]!.target = 90;
    const summary = await importCampaign(db, changed);
    expect(summary.counts.criteria).toEqual({ created: 0, updated: 1, unchanged: criteriaOf(file).length - 1, removed: 0, kept: 0 });
    const after = await db.criterion.findFirstOrThrow({ where: { code: 'THE_CHE_HOAN_THANH' } });
    expect(after.id).toBe(before.id);
    expect(after.target).toBe(90);
  });

  it('retires a criterion the file drops, keeps its reports, and revives it when listed again', async () => {
    const file = base();
    await importCampaign(db, file);
    const { criterion, report } = await reportOn('MOT_CUA_HOAN_THANH', 75);

    const dropped = structuredClone(file);
    const area = dropped.task_areas.find((a) => a.code === 'TTHC_MOT_CUA')!;
    area.criteria = area.criteria.filter((c) => c.code !== 'MOT_CUA_HOAN_THANH');
    area.criteria[0]!.points = 12.5; // the points still add up to 100
    const summary = await importCampaign(db, dropped);
    expect(summary.counts.criteria.removed).toBe(1);
    expect(await db.criterion.findUniqueOrThrow({ where: { id: criterion.id } })).toMatchObject({ retired: true, code: 'MOT_CUA_HOAN_THANH' });
    expect(await db.progressReport.findUniqueOrThrow({ where: { id: report.id } })).toEqual(report);
    const detail = await getCampaignDetail(db, file.campaign.code);
    expect(detail!.taskAreas.flatMap((a) => a.criteria.map((c) => c.code))).not.toContain('MOT_CUA_HOAN_THANH');
    expect(detail!.taskAreas.find((a) => a.code === 'TTHC_MOT_CUA')!.criteria.map((c) => [c.code, c.maxPoints])).toEqual([['TTHC_HOAN_THANH', 12.5]]);

    await importCampaign(db, file);
    expect(await db.criterion.findUniqueOrThrow({ where: { id: criterion.id } })).toMatchObject({ retired: false, maxPoints: 6.25 });
  });

  it('sets aside what the file drops: units deactivated, unused rows deleted, used ones kept', async () => {
    const file = base();
    const { campaignId, organizationId } = await importCampaign(db, file);
    const head = await db.member.findFirstOrThrow({ where: { code: 'vhxh-1' } });
    const kind = await db.dossierDocKind.findFirstOrThrow({ where: { campaignId, code: 'BIEN_BAN' } });
    const evidence = await db.evidence.create({
      data: { campaignId, unitId: head.unitId!, memberId: head.id, originalName: 'bien-ban.pdf', mime: 'application/pdf', size: 10, sha256: 'ab', storageKey: 'ab/ab', sourceChannel: 'CONSOLE' },
    });
    await db.dossierDocument.create({ data: { campaignId, unitId: head.unitId!, kindId: kind.id, evidenceId: evidence.id, uploadedById: head.id } });
    await db.nomination.create({
      data: { campaignId, nomineeKind: 'COLLECTIVE', awardForm: 'GIAY_KHEN_CT_XA', unitId: head.unitId!, proposedById: head.id, summary: 'Tập thể tiêu biểu' },
    });

    const smaller = structuredClone(file);
    smaller.units = smaller.units.filter((u) => u.code !== 'TPHT');
    smaller.members = smaller.members.filter((m) => m.unit !== 'TPHT');
    smaller.deadlines = smaller.deadlines.filter((d) => d.code !== 'BINH_XET');
    smaller.dossier_documents = smaller.dossier_documents.filter((d) => d.code !== 'BIEN_BAN' && d.code !== 'TO_TRINH');
    smaller.award_quotas = [];
    const summary = await importCampaign(db, smaller);

    // MOT_CUA moves up into TPHT's place in the order: that is its update.
    expect(summary.counts.units).toMatchObject({ created: 0, updated: 1, unchanged: 4, removed: 1 });
    expect(await db.unit.findFirstOrThrow({ where: { organizationId, code: 'TPHT' } })).toMatchObject({ active: false });
    expect(summary.counts.deadlines).toMatchObject({ removed: 1 });
    expect(await db.deadline.findMany({ where: { campaignId }, select: { code: true }, orderBy: { dueOn: 'asc' } })).toEqual([{ code: 'TU_CHAM_DIEM' }, { code: 'NOP_HO_SO' }]);
    // BIEN_BAN has a document uploaded, TO_TRINH none.
    expect(summary.counts.dossierDocKinds).toMatchObject({ removed: 1, kept: 1 });
    expect((await db.dossierDocKind.findMany({ where: { campaignId }, orderBy: { sortOrder: 'asc' } })).map((d) => d.code)).toEqual(['BAO_CAO_THANH_TICH', 'BIEN_BAN']);
    // The collective quota has a nomination, the individual one none.
    expect(summary.counts.awardQuotas).toMatchObject({ removed: 1, kept: 1 });
    expect(await db.awardQuota.findMany({ where: { campaignId }, select: { nomineeKind: true } })).toEqual([{ nomineeKind: 'COLLECTIVE' }]);
    // A member the file no longer names is left as they were.
    expect(await db.member.findFirstOrThrow({ where: { code: 'tpht-1' } })).toMatchObject({ active: true });
  });

  it('gives declared members exactly the roles and unit the file says', async () => {
    const file = base();
    await importCampaign(db, file);
    const changed = structuredClone(file);
    const member = changed.members.find((m) => m.code === 'vptk-1')!;
    member.roles = ['ADMIN', 'COUNCIL'];
    member.unit = 'VHXH';
    const summary = await importCampaign(db, changed);
    expect(summary.counts.members).toMatchObject({ updated: 1, unchanged: file.members.length - 1 });
    const stored = await db.member.findFirstOrThrow({ where: { code: 'vptk-1' }, include: { roles: true, unit: true } });
    expect(stored.roles.map((g) => g.role).sort()).toEqual(['ADMIN', 'COUNCIL']);
    expect(stored.unit?.code).toBe('VHXH');

    // A change of roles alone also counts as an update.
    const rolesOnly = structuredClone(changed);
    rolesOnly.members.find((m) => m.code === 'vptk-1')!.roles = ['ADMIN'];
    expect((await importCampaign(db, rolesOnly)).counts.members.updated).toBe(1);
    expect((await db.roleGrant.findMany({ where: { memberId: stored.id } })).map((g) => g.role)).toEqual(['ADMIN']);
  });

  it('stores reminder settings, and keeps group chats the file leaves out', async () => {
    const file = base();
    const { campaignId } = await importCampaign(db, file);
    const stored = await db.campaign.findUniqueOrThrow({ where: { id: campaignId } });
    expect(stored.reminderSettings).toEqual({
      checkin: { cron: '0 8 * * 1', enabled: true },
      nudgeDaysBefore: [7, 3, 1, 0],
      escalateAfterWorkingDays: 3,
      workingHours: { days: [1, 2, 3, 4, 5], from: '07:30', to: '17:00' },
      extraDaysOff: [],
    });
    expect(stored.councilQuorum).toBe(0.6667);
    expect(stored.groupChats).toBeNull();

    const withChats = structuredClone(file);
    withChats.group_chats = { telegram: '-1001234567890' };
    withChats.reminders.extra_days_off = [new Date('2025-09-01T17:00:00.000Z')];
    await importCampaign(db, withChats);
    const updated = await db.campaign.findUniqueOrThrow({ where: { id: campaignId } });
    expect(updated.groupChats).toEqual({ telegram: '-1001234567890' });
    expect((updated.reminderSettings as { extraDaysOff: string[] }).extraDaysOff).toEqual(['2025-09-01T17:00:00.000Z']);

    await importCampaign(db, file);
    expect((await db.campaign.findUniqueOrThrow({ where: { id: campaignId } })).groupChats).toEqual({ telegram: '-1001234567890' });
  });

  it('writes nothing when it fails part-way (one transaction)', async () => {
    const file = base();
    await importCampaign(db, file);
    const intruder = structuredClone(file);
    intruder.organization = { code: 'xa-khac', name: 'UBND xã Khác' };
    const failure = await importCampaign(db, intruder).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(RuleError);
    expect((failure as RuleError).reason).toBe('cf-error-campaign-other-org');
    expect(new I18n().t('vi', (failure as RuleError).reason, (failure as RuleError).args)).toBe(
      'Mã kế hoạch "kim-phuong-2025" đã được dùng cho tổ chức "kim-phuong"; hãy đặt mã kế hoạch khác.',
    );
    // The organization was written before the campaign check: the rollback removed it.
    expect(await db.organization.findUnique({ where: { code: 'xa-khac' } })).toBeNull();
    expect(await db.organization.count()).toBe(1);
  });
});

describe('listCampaigns and getCampaignDetail', () => {
  it('list every campaign and show one in plan order', async () => {
    await importCampaign(db, load('kim-phuong-2025.yaml'));
    await importCampaign(db, load('an-hai-2025.yaml'));
    const list = await listCampaigns(db);
    // Newest period first: An Hải starts 01/07/2025, Kim Phượng 18/02/2025.
    expect(list.map((c) => [c.code, c.organization.code])).toEqual([
      ['an-hai-2025', 'an-hai'],
      ['kim-phuong-2025', 'kim-phuong'],
    ]);

    const detail = await getCampaignDetail(db, 'an-hai-2025');
    expect(detail!.units.map((u) => u.code)).toEqual(['VP', 'VHXH', 'KT', 'TTHCC', 'TTSNC']);
    expect(detail!.taskAreas[0]!.criteria.map((c) => [c.code, c.target, c.scoringRule])).toEqual([
      ['TTHC_CONG_KHAI', 100, 'THRESHOLD'],
      ['HO_SO_DIEN_TU', 80, 'LINEAR'],
      ['THANH_TOAN_TRUC_TUYEN', 60, 'LINEAR'],
      ['DVCTT_TICH_HOP', 100, 'THRESHOLD'],
      ['DUNG_HAN', 98, 'LINEAR'],
    ]);
    // The plan sets no number for the city's Bằng khen, which the ward only proposes.
    expect(detail!.awardQuotas.map((q) => [q.nomineeKind, q.awardForm, q.maxCount, q.decidedBy, q.decider])).toEqual([
      ['COLLECTIVE', 'GIAY_KHEN_CT_PHUONG', 1, 'LOCAL', null],
      ['INDIVIDUAL', 'GIAY_KHEN_CT_PHUONG', 4, 'LOCAL', null],
      ['COLLECTIVE', 'BANG_KHEN_CT_TP', null, 'HIGHER', 'Chủ tịch UBND thành phố'],
      ['INDIVIDUAL', 'BANG_KHEN_CT_TP', null, 'HIGHER', 'Chủ tịch UBND thành phố'],
    ]);
    const leader = detail!.members.find((m) => m.fullName === 'Nguyễn Thế Đức')!;
    expect(leader.roles.map((g) => g.role)).toEqual(['LEADER', 'COUNCIL']);
    expect(await getCampaignDetail(db, 'khong-co')).toBeNull();
  });
});
