import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Nominee } from '../../src/services/nominations.js';
import { actor, addOfficer, fileDossier, recordViolation, reportAll, unitId } from '../support/awards.js';
import { startTestBot, type TestBot } from '../support/core.js';

// NominationService on SQLite: who may nominate whom for what, and each eligibility rule alone,
// with grades computed from reported results (no appraisal yet).

const FORM = 'GIAY_KHEN_CT_XA';
const SUMMARY = 'Giải quyết 100% hồ sơ đúng hạn, số hóa toàn bộ sổ hộ tịch, không có phản ánh.';
const ALL_DOCUMENTS = 'Tờ trình khen thưởng của cơ quan; Biên bản họp của cơ quan; Báo cáo thành tích tập thể, cá nhân';

let bot: TestBot;
let vhxh: number;
let mai: number;
beforeEach(async () => {
  bot = await startTestBot();
  vhxh = await unitId(bot, 'VHXH');
  mai = await addOfficer(bot, 'vhxh-2', 'Lê Thị Mai', 'VHXH');
});
afterEach(() => bot.close());

const service = () => bot.core.services.nominations;
const collective = (): Nominee => ({ kind: 'COLLECTIVE', unitId: vhxh, memberId: null });
const individual = (): Nominee => ({ kind: 'INDIVIDUAL', unitId: vhxh, memberId: mai });

async function nominate(nominee: Nominee, by = 'vhxh-1', awardForm = FORM): Promise<number> {
  return (await service().nominate(await actor(bot, by), bot.campaignId, { ...nominee, awardForm, summary: SUMMARY })).id;
}
const reasons = async (id: number) => (await service().check(bot.campaignId, id)).failures;

describe('eligibility, one failing rule at a time', () => {
  it('a unit graded Tốt (85 from its reports) with the three documents filed is eligible and goes to the council', async () => {
    await reportAll(bot, 'vhxh-1', 85);
    await fileDossier(bot, 'vhxh-1');
    const id = await nominate(collective());
    const check = await service().check(bot.campaignId, id);
    expect(check).toMatchObject({ eligible: true, failures: [], grade: { grade: 'TOT', label: 'Tốt' }, needed: { label: 'Tốt' }, violations: 0, dossier: { required: 3, filed: 3 } });
    await service().submit(await actor(bot, 'vhxh-1'), bot.campaignId, id);
    expect(await bot.core.db.nomination.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'SUBMITTED', nomineeKind: 'COLLECTIVE', memberId: null, summary: SUMMARY });
    expect(await bot.core.db.auditLog.count({ where: { entity: 'Nomination', entityId: String(id) } })).toBe(2);
    // Exactly 80 is "Tốt" too.
    await reportAll(bot, 'vhxh-1', 80);
    expect(await reasons(id)).toEqual([]);
  });

  it('grade below Tốt: 79,9 is Khá; submitting is refused with that rule and the draft stays', async () => {
    await reportAll(bot, 'vhxh-1', 79.9);
    await fileDossier(bot, 'vhxh-1');
    const id = await nominate(collective());
    expect(await reasons(id)).toEqual([{ reason: 'award-grade-too-low', args: { grade: 'KHA', gradeLabel: 'Khá', needed: 'TOT', neededLabel: 'Tốt' } }]);
    await expect(service().submit(await actor(bot, 'vhxh-1'), bot.campaignId, id)).rejects.toMatchObject({ reason: 'award-grade-too-low', args: { gradeLabel: 'Khá' } });
    expect(await bot.core.db.nomination.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'DRAFT' });
  });

  it('a unit that reported nothing is not graded yet', async () => {
    await fileDossier(bot, 'vhxh-1');
    expect(await reasons(await nominate(collective()))).toEqual([{ reason: 'award-not-graded', args: { needed: 'TOT', neededLabel: 'Tốt' } }]);
  });

  it('an individual is graded by the grade of their unit', async () => {
    await reportAll(bot, 'vhxh-1', 60);
    await fileDossier(bot, 'vhxh-1');
    expect(await service().evaluate(bot.campaignId, individual())).toMatchObject({ grade: { label: 'Trung bình' }, failures: [{ reason: 'award-grade-too-low' }] });
  });

  it('a violation of the unit bars the collective', async () => {
    await reportAll(bot, 'vhxh-1', 95);
    await fileDossier(bot, 'vhxh-1');
    await recordViolation(bot, { unitId: vhxh });
    expect(await reasons(await nominate(collective()))).toEqual([{ reason: 'award-violation', args: { count: 1 } }]);
    // Another unit's violation changes nothing here.
    await recordViolation(bot, { unitId: await unitId(bot, 'TPHT') });
    expect((await service().evaluate(bot.campaignId, collective())).violations).toBe(1);
  });

  it('a violation of the person bars the individual, and the collective of their unit too', async () => {
    await reportAll(bot, 'vhxh-1', 95);
    await fileDossier(bot, 'vhxh-1');
    const id = await nominate(individual());
    expect(await reasons(id)).toEqual([]);
    await recordViolation(bot, { memberId: mai });
    expect(await reasons(id)).toEqual([{ reason: 'award-violation', args: { count: 1 } }]);
    expect((await service().evaluate(bot.campaignId, collective())).failures).toEqual([{ reason: 'award-violation', args: { count: 1 } }]);
    // The head's own record is clean.
    expect((await service().evaluate(bot.campaignId, { ...individual(), memberId: (await actor(bot, 'vhxh-1')).memberId })).failures).toEqual([]);
  });

  it('an initiative is missing where the campaign requires one; a recognised one satisfies it, a declined one does not', async () => {
    await bot.core.db.campaign.update({ where: { id: bot.campaignId }, data: { awardRules: { minimumGrade: 'TOT', initiativeRequiredFor: ['INDIVIDUAL'] } } });
    await reportAll(bot, 'vhxh-1', 95);
    await fileDossier(bot, 'vhxh-1');
    const id = await nominate(individual());
    expect(await reasons(id)).toEqual([{ reason: 'award-initiative-missing', args: { recognised: 0 } }]);
    expect((await service().evaluate(bot.campaignId, collective())).failures).toEqual([]);

    const initiatives = bot.core.services.initiatives;
    const admin = await actor(bot, 'vptk-1');
    const summary = 'Một cửa điện tử cho hồ sơ chứng thực bản sao.';
    const first = await initiatives.submit(await actor(bot, 'vhxh-2'), bot.campaignId, { title: 'Chứng thực điện tử', summary, channel: 'CONSOLE' });
    await initiatives.decide(admin, bot.campaignId, first.id, 'DECLINED', 'Chưa triển khai');
    expect(await reasons(id)).toEqual([{ reason: 'award-initiative-missing', args: { recognised: 0 } }]);
    const second = await initiatives.submit(await actor(bot, 'vhxh-2'), bot.campaignId, { title: 'Tra cứu hộ tịch nhanh', summary, channel: 'CONSOLE' });
    await initiatives.decide(admin, bot.campaignId, second.id, 'RECOGNISED', null);
    expect(await service().check(bot.campaignId, id)).toMatchObject({ eligible: true, initiativeRequired: true, recognisedInitiatives: 1 });
  });

  it('an incomplete dossier names the missing documents by title', async () => {
    await reportAll(bot, 'vhxh-1', 95);
    const id = await nominate(collective());
    expect(await reasons(id)).toEqual([{ reason: 'award-dossier-incomplete', args: { missing: ALL_DOCUMENTS, missingCount: 3 } }]);
    await fileDossier(bot, 'vhxh-1', ['TO_TRINH']);
    expect(await reasons(id)).toEqual([
      { reason: 'award-dossier-incomplete', args: { missing: 'Biên bản họp của cơ quan; Báo cáo thành tích tập thể, cá nhân', missingCount: 2 } },
    ]);
    // Another unit's documents do not count for this one.
    await fileDossier(bot, 'tpht-1', ['BIEN_BAN', 'BAO_CAO_THANH_TICH']);
    expect((await service().check(bot.campaignId, id)).dossier).toEqual({ required: 3, filed: 1 });
  });

  it('every failing rule is listed together, the first one refuses the submission', async () => {
    await reportAll(bot, 'vhxh-1', 50);
    await recordViolation(bot, { unitId: vhxh });
    const id = await nominate(collective());
    expect((await reasons(id)).map((f) => f.reason)).toEqual(['award-grade-too-low', 'award-violation', 'award-dossier-incomplete']);
    await expect(service().submit(await actor(bot, 'vhxh-1'), bot.campaignId, id)).rejects.toMatchObject({ reason: 'award-grade-too-low' });
  });
});

describe('who may be nominated, for what, and how often', () => {
  it('a head nominates only from their own unit; the secretariat for any unit', async () => {
    const tpht = await unitId(bot, 'TPHT');
    await expect(nominate({ kind: 'COLLECTIVE', unitId: tpht, memberId: null })).rejects.toMatchObject({ reason: 'nomination-forbidden-unit' });
    await expect(nominate(collective(), 'vhxh-2')).rejects.toMatchObject({ reason: 'nomination-forbidden-unit' });
    await expect(nominate(collective(), 'ct-ubnd')).rejects.toMatchObject({ reason: 'nomination-forbidden-unit' });
    const id = await nominate({ kind: 'COLLECTIVE', unitId: tpht, memberId: null }, 'vptk-1');
    expect(await bot.core.db.nomination.findUniqueOrThrow({ where: { id }, include: { proposedBy: true } })).toMatchObject({ unitId: tpht, proposedBy: { code: 'vptk-1' } });
  });

  it('an individual must be an active member of the unit', async () => {
    const huyen = (await actor(bot, 'tpht-1')).memberId;
    await expect(nominate({ ...individual(), memberId: huyen })).rejects.toMatchObject({
      reason: 'nomination-member-not-in-unit',
      args: { name: 'Ma Thị Huyền', unit: 'Văn hóa - Xã hội' },
    });
    await bot.core.db.member.update({ where: { id: mai }, data: { active: false } });
    await expect(nominate(individual())).rejects.toMatchObject({ reason: 'nomination-member-not-in-unit', args: { name: 'Lê Thị Mai' } });
    expect(await bot.core.db.nomination.count()).toBe(0);
  });

  it('an award form without a quota for that kind is refused, naming the forms there are', async () => {
    await expect(nominate(collective(), 'vhxh-1', 'BANG_KHEN_CT_TINH')).rejects.toMatchObject({
      reason: 'nomination-form-unknown',
      args: { form: 'BANG_KHEN_CT_TINH', kind: 'COLLECTIVE', forms: 'Giấy khen của Chủ tịch UBND xã' },
    });
    await bot.core.db.awardQuota.deleteMany({ where: { nomineeKind: 'INDIVIDUAL' } });
    await expect(nominate(individual())).rejects.toMatchObject({ reason: 'nomination-form-unknown', args: { forms: '—' } });
  });

  it('a second nomination of the same nominee for the same form is refused naming the first; after withdrawing it is allowed', async () => {
    const head = await actor(bot, 'vhxh-1');
    const first = await nominate(individual());
    await expect(nominate(individual(), 'vptk-1')).rejects.toMatchObject({
      reason: 'nomination-duplicate',
      args: { kind: 'INDIVIDUAL', name: 'Lê Thị Mai', form: 'Giấy khen của Chủ tịch UBND xã', status: 'DRAFT', date: '20/11/2025' },
    });
    // Someone else of the unit, and the collective, are other nominees.
    await nominate(collective());
    await nominate({ ...individual(), memberId: head.memberId });
    expect(await service().findStanding(bot.campaignId, individual(), FORM)).toMatchObject({ id: first });
    await service().withdraw(head, bot.campaignId, first);
    expect(await service().findStanding(bot.campaignId, individual(), FORM)).toBeNull();
    const again = await nominate(individual());
    expect(again).not.toBe(first);
    expect((await service().list(bot.campaignId, { unitId: vhxh })).map((n) => [n.memberName, n.status])).toEqual([
      ['Lê Thị Mai', 'WITHDRAWN'],
      [null, 'DRAFT'],
      ['Đinh Văn Quang', 'DRAFT'],
      ['Lê Thị Mai', 'DRAFT'],
    ]);
  });

  it('the achievement summary has 20 to 3000 characters', async () => {
    const head = await actor(bot, 'vhxh-1');
    const attempt = (summary: string) => service().nominate(head, bot.campaignId, { ...collective(), awardForm: FORM, summary });
    await expect(attempt('x'.repeat(19))).rejects.toMatchObject({ reason: 'nomination-summary-length', args: { min: 20, max: 3000, length: 19 } });
    await expect(attempt('x'.repeat(3001))).rejects.toMatchObject({ reason: 'nomination-summary-length', args: { length: 3001 } });
    await attempt('x'.repeat(20));
    expect(await bot.core.db.nomination.count()).toBe(1);
  });
});

describe('submit and withdraw', () => {
  it('only a draft is submitted; a nomination under review cannot be withdrawn', async () => {
    await reportAll(bot, 'vhxh-1', 90);
    await fileDossier(bot, 'vhxh-1');
    const head = await actor(bot, 'vhxh-1');
    const id = await nominate(collective());
    await service().submit(head, bot.campaignId, id);
    await expect(service().submit(head, bot.campaignId, id)).rejects.toMatchObject({ reason: 'nomination-not-draft', args: { status: 'SUBMITTED' } });
    await expect(service().submit(await actor(bot, 'tpht-1'), bot.campaignId, id)).rejects.toMatchObject({ reason: 'nomination-forbidden-unit' });
    await bot.core.db.nomination.update({ where: { id }, data: { status: 'IN_REVIEW' } });
    await expect(service().withdraw(head, bot.campaignId, id)).rejects.toMatchObject({ reason: 'nomination-withdraw-too-late', args: { status: 'IN_REVIEW' } });
    await bot.core.db.nomination.update({ where: { id }, data: { status: 'SUBMITTED' } });
    await service().withdraw(head, bot.campaignId, id);
    expect(await bot.core.db.nomination.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'WITHDRAWN' });
    await expect(service().check(bot.campaignId, id + 100)).rejects.toMatchObject({ reason: 'nomination-gone' });
  });
});
