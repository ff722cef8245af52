import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { vnDay } from '../../../src/domain/dates.js';
import type { CampaignView } from '../../../src/services/campaigns/campaigns.js';
import { demoAccountId } from '../../../src/demo/seed.js';
import { RuleError } from '../../../src/services/shared/errors.js';
import type { Actor } from '../../../src/services/campaigns/members.js';
import type { Standings } from '../../../src/services/reporting/standings.js';
import { startTestBot, type TestBot } from '../../support/core.js';
import { DCXD, MOT_CUA, TCKT, TPHT, VHXH, VPTK } from '../../support/kim-phuong.js';

// ScoreService and the standings it feeds, on SQLite with the Kim Phượng campaign: 6 units,
// 9 criteria (7 of 12.5 points, 2 of 6.25), all linear against a 100 % target.

const UNIT = { VPTK, VHXH, DCXD, TCKT, TPHT, MOT_CUA } as const;
type UnitCode = keyof typeof UNIT;

let bot: TestBot;
let campaign: CampaignView;
beforeEach(async () => {
  bot = await startTestBot();
  campaign = await bot.core.services.campaigns.view(bot.campaignId);
});
afterEach(() => bot.close());

const scores = () => bot.core.services.scores;
const unitId = (code: UnitCode) => campaign.units.find((u) => u.name === UNIT[code])!.id;
const criteria = () => campaign.taskAreas.flatMap((a) => a.criteria);
const criterion = (code: string) => criteria().find((c) => c.code === code)!;
const THE_CHE = 'THE_CHE_HOAN_THANH';

async function actor(code: string): Promise<Actor> {
  const found = await bot.core.services.members.findActor('CONSOLE', demoAccountId(code));
  if (!found) throw new Error(`no console account for ${code}`);
  return found;
}
const admin = () => actor('vptk-1');

/** The RuleError reason a call is refused with. */
async function refusal(call: Promise<unknown>): Promise<string> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof RuleError)) throw new Error(`expected a RuleError, got ${String(error)}`);
  return error.reason;
}

/** Reports a value with one evidence row, as /baocao with a file does. */
async function reportWithEvidence(unit: UnitCode, code: string, value: number): Promise<void> {
  const blob = { originalName: 'bien-ban.pdf', mime: 'application/pdf', size: 10, sha256: `${unit}-${code}`, storageKey: `x/${unit}-${code}` };
  await bot.core.services.reports.saveProgress({
    actor: await admin(),
    campaignId: bot.campaignId,
    unitId: unitId(unit),
    criterionId: criterion(code).id,
    value,
    note: null,
    channel: 'CONSOLE',
    evidence: [blob],
  });
}

const selfScore = async (unit: UnitCode, code: string, points: number, explanation: string | null = 'Giải trình') =>
  scores().selfScore(await admin(), bot.campaignId, unitId(unit), criterion(code).id, points, explanation);
const appraise = async (unit: UnitCode, code: string, a: { accept: true } | { points: number; reason: string | null }) =>
  scores().appraise(await admin(), bot.campaignId, unitId(unit), criterion(code).id, a);
const row = (unit: UnitCode, code: string) =>
  bot.core.db.score.findUnique({ where: { campaignId_unitId_criterionId: { campaignId: bot.campaignId, unitId: unitId(unit), criterionId: criterion(code).id } } });
const entry = (s: Standings, code: UnitCode) => s.entries.find((e) => e.unitName === UNIT[code])!;

describe('self-scores', () => {
  it('points must lie in [0, maxPoints]; both ends are allowed', async () => {
    expect(await refusal(selfScore('VHXH', THE_CHE, 12.51))).toBe('score-out-of-range');
    expect(await refusal(selfScore('VHXH', THE_CHE, -0.01))).toBe('score-out-of-range');
    expect(await refusal(selfScore('VHXH', THE_CHE, Number.NaN))).toBe('score-out-of-range');
    await selfScore('VHXH', THE_CHE, 12.5);
    await selfScore('VHXH', 'TTHC_HOAN_THANH', 0);
    expect(await bot.core.db.score.count()).toBe(2);
    expect((await row('VHXH', THE_CHE))?.selfPoints).toBe(12.5);
  });

  it('without evidence a written explanation is needed; with evidence it is optional', async () => {
    expect(await refusal(selfScore('VHXH', THE_CHE, 10, null))).toBe('score-explanation-needed');
    expect(await refusal(selfScore('VHXH', THE_CHE, 10, '   '))).toBe('score-explanation-needed');
    expect(await bot.core.db.score.count()).toBe(0);
    // Evidence of another criterion or another unit does not count.
    await reportWithEvidence('VHXH', 'CONG_VU_HOAN_THANH', 100);
    await reportWithEvidence('TPHT', THE_CHE, 100);
    expect(await refusal(selfScore('VHXH', THE_CHE, 10, null))).toBe('score-explanation-needed');
    await reportWithEvidence('VHXH', THE_CHE, 80);
    await selfScore('VHXH', THE_CHE, 10, null);
    expect(await row('VHXH', THE_CHE)).toMatchObject({ selfPoints: 10, selfExplanation: null, selfAt: bot.now.value });
    await selfScore('VHXH', 'TTHC_HOAN_THANH', 5, '  Có kế hoạch,   chưa có văn bản ');
    expect((await row('VHXH', 'TTHC_HOAN_THANH'))?.selfExplanation).toBe('Có kế hoạch, chưa có văn bản');
  });

  it('only the head of the unit or the secretariat; the council and other heads are refused', async () => {
    const head = await actor('vhxh-1');
    await scores().selfScore(head, bot.campaignId, unitId('VHXH'), criterion(THE_CHE).id, 9, 'Giải trình');
    expect((await row('VHXH', THE_CHE))?.selfById).toBe(head.memberId);
    expect(await refusal(scores().selfScore(head, bot.campaignId, unitId('TPHT'), criterion(THE_CHE).id, 9, 'x'))).toBe('score-forbidden-unit');
    expect(await refusal(scores().selfScore(await actor('ct-ubnd'), bot.campaignId, unitId('VHXH'), criterion(THE_CHE).id, 9, 'x'))).toBe('score-forbidden-unit');
    const audit = await bot.core.db.auditLog.findFirstOrThrow({ where: { action: 'score.self' } });
    expect(audit).toMatchObject({ actorId: head.memberId, entity: 'Score' });
  });

  it('cannot be changed once appraised', async () => {
    await selfScore('VHXH', THE_CHE, 10);
    await appraise('VHXH', THE_CHE, { accept: true });
    expect(await refusal(selfScore('VHXH', THE_CHE, 12))).toBe('score-already-appraised');
    expect((await row('VHXH', THE_CHE))?.selfPoints).toBe(10);
  });
});

describe('appraisal', () => {
  it('accepting needs a self-score and copies it', async () => {
    expect(await refusal(appraise('VHXH', THE_CHE, { accept: true }))).toBe('appraisal-no-self-score');
    expect(await bot.core.db.score.count()).toBe(0);
    await selfScore('VHXH', THE_CHE, 11.5);
    await appraise('VHXH', THE_CHE, { accept: true });
    expect(await row('VHXH', THE_CHE)).toMatchObject({ selfPoints: 11.5, appraisedPoints: 11.5, appraisalReason: null, appraisedAt: bot.now.value });
  });

  it('an adjustment needs a reason, unless it equals the self-score; no self-score means a reason too', async () => {
    await selfScore('VHXH', THE_CHE, 11.5);
    expect(await refusal(appraise('VHXH', THE_CHE, { points: 9, reason: null }))).toBe('appraisal-reason-needed');
    expect(await refusal(appraise('VHXH', THE_CHE, { points: 9, reason: '  ' }))).toBe('appraisal-reason-needed');
    expect((await row('VHXH', THE_CHE))?.appraisedPoints).toBeNull();
    await appraise('VHXH', THE_CHE, { points: 11.5, reason: null });
    expect(await row('VHXH', THE_CHE)).toMatchObject({ appraisedPoints: 11.5, appraisalReason: null });
    await appraise('VHXH', THE_CHE, { points: 9, reason: 'Thiếu biên bản kiểm tra' });
    expect(await row('VHXH', THE_CHE)).toMatchObject({ selfPoints: 11.5, appraisedPoints: 9, appraisalReason: 'Thiếu biên bản kiểm tra' });
    expect(await refusal(appraise('TPHT', THE_CHE, { points: 0, reason: null }))).toBe('appraisal-reason-needed');
    expect(await refusal(appraise('TPHT', THE_CHE, { points: 13, reason: 'x' }))).toBe('score-out-of-range');
    const audits = await bot.core.db.auditLog.findMany({ where: { action: 'score.appraise' }, orderBy: { id: 'asc' } });
    expect(audits.map((a) => (a.details as { previous: number | null }).previous)).toEqual([null, 11.5]);
  });

  it('is for the secretariat only: a head appraising is refused', async () => {
    await selfScore('VHXH', THE_CHE, 10);
    const head = await actor('vhxh-1');
    expect(await refusal(scores().appraise(head, bot.campaignId, unitId('VHXH'), criterion(THE_CHE).id, { accept: true }))).toBe('appraisal-forbidden');
  });
});

describe('proposal', () => {
  it('lists per criterion the computed points, self-score, appraisal and evidence count', async () => {
    await reportWithEvidence('VHXH', THE_CHE, 98.5);
    await selfScore('VHXH', THE_CHE, 12, null);
    await appraise('VHXH', THE_CHE, { points: 11, reason: 'Làm tròn xuống' });
    const proposal = await scores().proposal(bot.campaignId, unitId('VHXH'));
    expect(proposal).toHaveLength(9);
    expect(proposal[0]).toMatchObject({
      criterion: { code: THE_CHE },
      latest: { value: 98.5 },
      computed: 12.31,
      evidenceCount: 1,
      self: { points: 12, explanation: null },
      appraised: { points: 11, reason: 'Làm tròn xuống' },
    });
    expect(proposal[1]).toMatchObject({ latest: null, computed: null, self: null, appraised: null, evidenceCount: 0 });
  });
});

describe('standings with self-scores and appraisals', () => {
  const current = (taskAreaId?: number) => bot.core.services.standings.current(bot.campaignId, taskAreaId === undefined ? {} : { taskAreaId });

  it('the appraised score counts over the self-score, which counts over the reported value; the self-score is kept', async () => {
    await reportWithEvidence('VHXH', THE_CHE, 100); // 12.5 computed
    expect(entry(await current(), 'VHXH').score).toBe(12.5);
    await selfScore('VHXH', THE_CHE, 11);
    expect(entry(await current(), 'VHXH').score).toBe(11);
    await appraise('VHXH', THE_CHE, { points: 8, reason: 'Thiếu minh chứng' });
    expect(entry(await current(), 'VHXH').score).toBe(8);
    expect((await row('VHXH', THE_CHE))?.selfPoints).toBe(11);
  });

  it('stay provisional until every unit × criterion is appraised', async () => {
    const all = criteria();
    const units = Object.keys(UNIT) as UnitCode[];
    for (const u of units) for (const c of all) await selfScore(u, c.code, c.maxPoints);
    const last = { unit: 'MOT_CUA' as UnitCode, code: 'KIEM_TRA_HOAN_THANH' };
    for (const u of units) for (const c of all) if (u !== last.unit || c.code !== last.code) await appraise(u, c.code, { accept: true });
    const almost = await current();
    expect(almost.provisional).toBe(true);
    expect(entry(almost, 'VPTK')).toMatchObject({ score: 100, grade: { label: 'Xuất sắc' } });
    await appraise(last.unit, last.code, { points: 2.5, reason: 'Chưa kiểm tra đủ' });
    const final = await current();
    expect(final.provisional).toBe(false);
    expect(entry(final, 'MOT_CUA')).toMatchObject({ score: 90, rank: 6, grade: { label: 'Xuất sắc' } });
    const snapshot = await bot.core.db.standingsSnapshot.findFirstOrThrow({ orderBy: { id: 'desc' } });
    expect(snapshot.provisional).toBe(false);
    expect(snapshot.entries).toContainEqual({ unitId: unitId('MOT_CUA'), rank: 6, score: 90, grade: 'XUAT_SAC' });
  });

  it('a task area ranks on its own points out of 100, keeps the overall grade, ties share a rank, and stores no snapshot', async () => {
    const area = campaign.taskAreas.find((a) => a.code === 'TTHC_MOT_CUA')!;
    await selfScore('TCKT', 'TTHC_HOAN_THANH', 6.25);
    await selfScore('TCKT', 'MOT_CUA_HOAN_THANH', 3.125); // 75 of the area's 100
    await selfScore('DCXD', 'TTHC_HOAN_THANH', 6.25);
    await selfScore('DCXD', 'MOT_CUA_HOAN_THANH', 3.125);
    await selfScore('VPTK', 'TTHC_HOAN_THANH', 6.25); // 50 in the area, but the most points overall:
    for (const code of ['THE_CHE_HOAN_THANH', 'CONG_VU_HOAN_THANH', 'TAI_CHINH_CONG_HOAN_THANH', 'KIEM_TRA_HOAN_THANH', 'TUYEN_TRUYEN_HOAN_THANH', 'CHINH_QUYEN_SO_HOAN_THANH']) {
      await selfScore('VPTK', code, 12.5);
    }
    const before = await bot.core.db.standingsSnapshot.count();
    const s = await current(area.id);
    expect(await bot.core.db.standingsSnapshot.count()).toBe(before);
    expect(s).toMatchObject({ taskArea: { id: area.id, title: area.title }, totalCriteria: 2, provisional: true });
    expect(s.entries.map((e) => [e.unitName, e.score, e.rank, e.grade.label, e.change])).toEqual([
      [DCXD, 75, 1, 'Yếu', null],
      [TCKT, 75, 1, 'Yếu', null],
      [VPTK, 50, 3, 'Tốt', null],
    ]);
    // Units with nothing in this area are listed apart, neither ranked nor graded.
    expect(s.unreported.map((u) => u.unitName)).toEqual([MOT_CUA, TPHT, VHXH]);
    // The whole-campaign standings rank VPTK first (81.25).
    expect((await current()).entries[0]).toMatchObject({ unitName: VPTK, score: 81.25, rank: 1, grade: { label: 'Tốt' } });
  });

  it('an area that is fully appraised is final while the whole campaign is still provisional', async () => {
    const area = campaign.taskAreas.find((a) => a.code === 'THE_CHE')!;
    for (const u of Object.keys(UNIT) as UnitCode[]) await appraise(u, THE_CHE, { points: 10, reason: 'Theo kết quả kiểm tra' });
    expect((await current(area.id)).provisional).toBe(false);
    expect((await current()).provisional).toBe(true);
    await expect(bot.core.services.standings.current(bot.campaignId, { taskAreaId: 999999 })).rejects.toThrow('standings-area-gone');
  });
});

describe('violations', () => {
  it('the secretariat records one for a unit or a member, within the campaign period and not in the future', async () => {
    const nov = (d: number) => vnDay(2025, 11, d)!;
    const member = await bot.core.db.member.findFirstOrThrow({ where: { code: 'tpht-1' } });
    await scores().recordViolation(await admin(), bot.campaignId, { unitId: unitId('TPHT') }, 'Chậm nộp báo cáo CCHC quý III', nov(3));
    await scores().recordViolation(await admin(), bot.campaignId, { memberId: member.id }, 'Vi phạm giờ làm việc', nov(1));
    expect(await refusal(scores().recordViolation(await admin(), bot.campaignId, { unitId: unitId('VHXH') }, '  ', nov(1)))).toBe('violation-reason-needed');
    expect(await refusal(scores().recordViolation(await admin(), bot.campaignId, { unitId: unitId('VHXH') }, 'x', nov(21)))).toBe('violation-date-future');
    expect(await refusal(scores().recordViolation(await admin(), bot.campaignId, { unitId: unitId('VHXH') }, 'x', vnDay(2025, 2, 17)!))).toBe('violation-date-outside');
    expect(await refusal(scores().recordViolation(await admin(), bot.campaignId, { memberId: 999999 }, 'x', nov(1)))).toBe('violation-target-gone');
    expect(await refusal(scores().recordViolation(await actor('ct-ubnd'), bot.campaignId, { unitId: unitId('VHXH') }, 'x', nov(1)))).toBe('violation-forbidden');
    const list = await scores().violations(bot.campaignId);
    expect(list.map((v) => [v.unit?.name ?? null, v.member?.fullName ?? null, v.reason, v.occurredOn, v.recordedBy])).toEqual([
      [null, 'Ma Thị Huyền', 'Vi phạm giờ làm việc', nov(1), 'Nông Thị Hồng Nhung'],
      [TPHT, null, 'Chậm nộp báo cáo CCHC quý III', nov(3), 'Nông Thị Hồng Nhung'],
    ]);
    expect(await bot.core.db.auditLog.count({ where: { action: 'violation.record' } })).toBe(2);
  });
});
