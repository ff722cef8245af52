import readXlsxFile from 'read-excel-file/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatNumber } from '../../../src/domain/numbers.js';
import { RuleError } from '../../../src/services/shared/errors.js';
import { actor, fileDossier, reportAll, unitId } from '../../support/awards.js';
import { nominate } from '../../support/council.js';
import { startTestBot, type TestBot } from '../../support/core.js';
import { UNITS, VHXH } from '../../support/kim-phuong.js';

// The dashboard's figures against the services chat uses, on the Kim Phượng campaign with the
// demo's reports: the standings of /xephang (its text) and of the summary workbook (its cells),
// the areas of /xephang <lĩnh vực>, the snapshots, who owes what, the award pipeline; and who may see which page.

let bot: TestBot;
beforeEach(async () => {
  bot = await startTestBot({ withReports: true });
});
afterEach(() => bot.close());

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (err: unknown) => (err instanceof RuleError ? err.reason : String(err)),
  );

describe('the overview', () => {
  it('shows the standings of /xephang and of the summary workbook, unit by unit', async () => {
    const leader = await actor(bot, 'ct-ubnd');
    const overview = await bot.core.services.dashboard.overview(leader, bot.campaignId);
    expect(overview.standings.entries.map((e) => e.unitName).sort()).toEqual([...UNITS].sort());

    bot.as('vptk-1');
    const chat = await bot.say('/xephang');
    const book = await bot.core.services.summaryReport.buildSummaryWorkbook(bot.campaignId, bot.now.value, {
      actor: await actor(bot, 'vptk-1'),
      t: bot.core.i18n.translator('vi'),
    });
    const [standingsSheet] = await readXlsxFile(Buffer.from(book.bytes));
    const rows = standingsSheet!.data.slice(1);
    for (const e of overview.standings.entries) {
      expect(chat).toContain(`${e.rank}. ${e.unitName} — ${formatNumber(e.score)} điểm — ${e.grade.label}`);
      expect(rows).toContainEqual([e.rank, e.unitName, e.score, e.grade.label, e.reportedCriteria]);
    }
    expect(rows).toHaveLength(overview.standings.entries.length + overview.standings.unreported.length);
  });

  it('gives each task area the standings of /xephang <lĩnh vực>', async () => {
    const overview = await bot.core.services.dashboard.overview(await actor(bot, 'vptk-1'), bot.campaignId);
    const campaign = await bot.core.services.campaigns.view(bot.campaignId);
    expect(overview.areas.map((a) => a.title)).toEqual(campaign.taskAreas.map((a) => a.title));
    for (const area of overview.areas) {
      const chat = await bot.core.services.standings.current(bot.campaignId, { taskAreaId: area.id });
      expect(area.entries).toEqual(chat.entries.map((e) => ({ unitId: e.unitId, unitName: e.unitName, score: e.score, rank: e.rank })));
      expect(area.maxPoints).toBe(campaign.taskAreas.find((a) => a.id === area.id)!.criteria.reduce((s, c) => s + c.maxPoints, 0));
    }
  });

  it('draws the standings over the campaign from the snapshots, one point per change', async () => {
    const leader = await actor(bot, 'ct-ubnd');
    const first = await bot.core.services.dashboard.overview(leader, bot.campaignId);
    expect(first.trend.points).toHaveLength(1);

    bot.now.value = new Date('2025-11-21T03:00:00Z');
    await reportAll(bot, 'vhxh-1', 100);
    const second = await bot.core.services.dashboard.overview(leader, bot.campaignId);
    expect(second.trend.points.map((p) => p.takenAt)).toEqual([new Date('2025-11-20T02:00:00Z'), new Date('2025-11-21T03:00:00Z')]);
    const vhxh = second.trend.series.find((s) => s.unitName === VHXH)!;
    const before = first.standings.entries.find((e) => e.unitName === VHXH)!;
    expect(vhxh.scores).toEqual([before.score, 100]);
    expect(vhxh.ranks).toEqual([before.rank, 1]);
    // unchanged figures store nothing: the same two points
    expect((await bot.core.services.dashboard.overview(leader, bot.campaignId)).trend.points).toHaveLength(2);
  });

  it('says who still owes each deadline, as the reminders do, and how late it is in working days', async () => {
    await fileDossier(bot, 'vhxh-1');
    bot.now.value = new Date('2025-12-02T03:00:00Z');
    const overview = await bot.core.services.dashboard.overview(await actor(bot, 'vptk-1'), bot.campaignId);
    const byCode = new Map(overview.owing.deadlines.map((d) => [d.code, d]));
    // 28/11/2025 was a Friday: Monday 1/12 and Tuesday 2/12 are two working days late
    expect(byCode.get('TU_CHAM_DIEM')).toMatchObject({ overdue: true, workingDays: 2, dueDefault: true, owing: UNITS });
    expect(byCode.get('NOP_HO_SO')).toMatchObject({ overdue: false, workingDays: 3, dueDefault: false, owing: UNITS.filter((u) => u !== VHXH) });
    expect(byCode.get('BINH_XET')).toMatchObject({ overdue: false, owing: [] });
    // the demo leaves some criteria unreported
    const missing = overview.owing.missingReports.filter((m) => m.missing > 0);
    expect(missing.length).toBeGreaterThan(0);
    for (const m of overview.owing.missingReports) {
      const progress = await bot.core.services.scores.proposal(bot.campaignId, m.unitId);
      expect(m.missing).toBe(progress.filter((p) => p.latest === null).length);
    }
  });

  it('counts the nominations at each stage from the proposal to the decision', async () => {
    await nominate(bot, { kind: 'COLLECTIVE', unitCode: 'VHXH' }, 'DRAFT');
    await nominate(bot, { kind: 'COLLECTIVE', unitCode: 'TPHT' }, 'SUBMITTED');
    await nominate(bot, { kind: 'INDIVIDUAL', unitCode: 'VHXH', memberCode: 'vhxh-1' }, 'IN_REVIEW');
    const passed = await nominate(bot, { kind: 'INDIVIDUAL', unitCode: 'TPHT', memberCode: 'tpht-1' }, 'PASSED');
    const proposed = await nominate(bot, { kind: 'COLLECTIVE', unitCode: 'DCXD' }, 'PASSED');
    await bot.core.db.nomination.update({ where: { id: proposed }, data: { proposalStatus: 'SUBMITTED', proposedUpAt: bot.now.value } });
    const awarded = await nominate(bot, { kind: 'COLLECTIVE', unitCode: 'TCKT' }, 'APPROVED');
    await bot.core.db.nomination.update({ where: { id: awarded }, data: { decisionNumber: '125/QĐ-UBND', decisionDate: bot.now.value } });
    await nominate(bot, { kind: 'COLLECTIVE', unitCode: 'MOT_CUA' }, 'FAILED');

    const { pipeline } = await bot.core.services.dashboard.overview(await actor(bot, 'ct-ubnd'), bot.campaignId);
    expect(Object.fromEntries(pipeline.stages.map((s) => [s.stage, s.count]))).toEqual({
      DRAFT: 1,
      SUBMITTED: 1,
      IN_REVIEW: 1,
      PASSED: 1,
      PROPOSED: 1,
      AWARDED: 1,
      FAILED: 1,
      NOT_AWARDED: 0,
      WITHDRAWN: 0,
    });
    expect(pipeline.items.find((i) => i.nominationId === passed)).toMatchObject({ stage: 'PASSED', memberName: 'Ma Thị Huyền', awardTitle: 'Giấy khen của Chủ tịch UBND xã' });
    expect(pipeline.items.find((i) => i.nominationId === awarded)).toMatchObject({ stage: 'AWARDED', decisionNumber: '125/QĐ-UBND' });
  });
});

describe('a unit page', () => {
  it('lists each criterion with its report, scores and evidence, as /tiendo and /thamdinh do', async () => {
    const head = await actor(bot, 'vhxh-1');
    const page = await bot.core.services.dashboard.unit(head, bot.campaignId, head.unit!.id);
    const proposal = await bot.core.services.scores.proposal(bot.campaignId, head.unit!.id);
    const rows = page.areas.flatMap((a) => a.criteria);
    expect(rows.map((r) => [r.code, r.latest?.value ?? null, r.computed])).toEqual(proposal.map((p) => [p.criterion.code, p.latest?.value ?? null, p.computed]));
    expect(rows.every((r) => r.reports === (r.latest ? 1 : 0))).toBe(true);
    const overview = await bot.core.services.standings.current(bot.campaignId);
    expect(page.standing).toEqual(overview.entries.find((e) => e.unitId === head.unit!.id));
    expect(page.trend.series.map((s) => s.unitName)).toEqual([VHXH]);
    expect(page.owing.missingReports.map((m) => m.unitName)).toEqual([VHXH]);
    expect(page.dossier.map((d) => d.code)).toEqual(['TO_TRINH', 'BIEN_BAN', 'BAO_CAO_THANH_TICH']);
  });
});

describe('who sees what', () => {
  it('opens the whole campaign to the leader and the secretariat, and a unit page to its head only', async () => {
    const { dashboard } = bot.core.services;
    const head = await actor(bot, 'vhxh-1');
    const other = await unitId(bot, 'TPHT');
    expect(dashboard.scopeOf(await actor(bot, 'ct-ubnd'))).toEqual({ kind: 'campaign' });
    expect(dashboard.scopeOf(await actor(bot, 'vptk-1'))).toEqual({ kind: 'campaign' });
    expect(dashboard.scopeOf(head)).toEqual({ kind: 'unit', unitId: head.unit!.id });
    expect(dashboard.scopeOf(await actor(bot, 'pct-ubnd'))).toBeNull();

    expect(await refusal(dashboard.overview(head, bot.campaignId))).toBe('dashboard-forbidden');
    expect(await refusal(dashboard.unit(head, bot.campaignId, other))).toBe('dashboard-not-your-unit');
    expect(await refusal(dashboard.unit(await actor(bot, 'pct-ubnd'), bot.campaignId, head.unit!.id))).toBe('dashboard-not-your-unit');
    expect(await refusal(dashboard.unit(await actor(bot, 'ct-ubnd'), bot.campaignId, other))).toBeNull();
    expect(await refusal(dashboard.overview(await actor(bot, 'ct-ubnd'), bot.campaignId + 99))).toBe('dashboard-campaign-gone');
  });
});
