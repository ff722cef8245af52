import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Nominee } from '../../../src/services/awards/nominee-view.js';
import { actor, addOfficer, fileDossier, recordViolation, reportAll, unitId } from '../../support/awards.js';
import { loadCampaign, startTestBot, type TestBot } from '../../support/core.js';

// NominationService on SQLite: who may nominate whom for what, and the plan's checklists
// (Kim Phượng's own, An Hải's on the same data) on appraised scores, with attestations.

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

/** The secretariat appraises every criterion of the unit at `percent` of its points: the grade becomes official. */
async function appraiseAll(code: string, percent: number): Promise<void> {
  const admin = await actor(bot, 'vptk-1');
  const unit = await unitId(bot, code);
  const campaign = await bot.core.services.campaigns.view(bot.campaignId);
  for (const c of campaign.taskAreas.flatMap((a) => a.criteria)) {
    await bot.core.services.scores.appraise(admin, bot.campaignId, unit, c.id, { points: (c.maxPoints * percent) / 100, reason: 'Theo kết quả kiểm tra hồ sơ' });
  }
}

const UNIT_ITEMS = ['HTXS_NAM', 'TOT_NV_CCHC', 'CHI_SO_CCHC'];
const PERSON_ITEMS = ['HTXS_NAM', 'TOT_NV_CCHC', 'VAN_BAN_DUNG_HAN'];

/** The head attests the items and the secretariat confirms them. */
async function attestAll(id: number, codes: string[], confirm = true): Promise<void> {
  for (const code of codes) {
    await service().attest(await actor(bot, 'vhxh-1'), bot.campaignId, id, code, 'Quyết định số 12/QĐ-UBND ngày 10/11/2025 đánh giá, phân loại');
    if (confirm) await service().confirm(await actor(bot, 'vptk-1'), bot.campaignId, id, code);
  }
}
const blocker = async (id: number) => (await service().check(bot.campaignId, id)).blocker;

describe("Kim Phượng II.3: the plan's checklists on official scores", () => {
  it('a collective on reported (provisional) scores waits for appraisal and says which criteria and by whom', async () => {
    await reportAll(bot, 'vhxh-1', 95);
    await fileDossier(bot, 'vhxh-1');
    const id = await nominate(collective());
    await attestAll(id, UNIT_ITEMS);
    const check = await service().check(bot.campaignId, id);
    expect(check.checklist.source).toEqual({ where: 'II.3 a)' });
    const grade = check.result.children.find((c) => 'code' in c && c.code === 'XEP_LOAI_CCHC');
    expect(grade).toMatchObject({ state: 'awaiting_appraisal', reason: 'elig-grade-unappraised', args: { count: 9 } });
    expect(check.blocker).toMatchObject({ reason: 'nomination-waits-appraisal', args: { office: 'Bộ phận Văn phòng - Thống kê' } });
    expect(String(check.blocker!.args.items)).toContain('Kết quả đánh giá phân loại');
    await expect(service().submit(await actor(bot, 'vhxh-1'), bot.campaignId, id)).rejects.toMatchObject({ reason: 'nomination-waits-appraisal' });

    // Appraised lower than reported: Khá on official scores fails the grade item.
    await appraiseAll('VHXH', 75);
    expect(await blocker(id)).toEqual({ reason: 'nomination-criteria-not-met', args: { count: 1 } });
    await appraiseAll('VHXH', 85);
    expect(await blocker(id)).toBeNull();
    await service().submit(await actor(bot, 'vhxh-1'), bot.campaignId, id);
    expect(await bot.core.db.nomination.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'SUBMITTED' });
  });

  it('an individual in a Khá unit is eligible on the individual criteria; scores are not asked', async () => {
    await reportAll(bot, 'vhxh-1', 72);
    await fileDossier(bot, 'vhxh-1');
    const id = await nominate(individual());
    expect((await service().check(bot.campaignId, id)).checklist.source).toEqual({ where: 'II.3 b)' });
    await attestAll(id, PERSON_ITEMS, false);
    expect(await blocker(id)).toEqual({ reason: 'nomination-waits-confirmation', args: { count: 3, office: 'Bộ phận Văn phòng - Thống kê' } });
    for (const code of PERSON_ITEMS) await service().confirm(await actor(bot, 'vptk-1'), bot.campaignId, id, code);
    expect(await blocker(id)).toBeNull();
    // The person's violation bars them, and the unit's collective too.
    await recordViolation(bot, { memberId: mai });
    expect(await blocker(id)).toEqual({ reason: 'nomination-criteria-not-met', args: { count: 1 } });
    const unit = await service().evaluate(bot.campaignId, collective(), FORM);
    expect(unit.result.children.find((c) => 'code' in c && c.code === 'KY_CUONG')).toMatchObject({ state: 'not_met', args: { count: 1 } });
  });

  it('an incomplete dossier names the missing documents by title, after the criteria', async () => {
    await reportAll(bot, 'vhxh-1', 95);
    const id = await nominate(individual());
    await attestAll(id, PERSON_ITEMS);
    expect(await blocker(id)).toEqual({ reason: 'award-dossier-incomplete', args: { missing: ALL_DOCUMENTS, missingCount: 3 } });
    await fileDossier(bot, 'vhxh-1', ['TO_TRINH']);
    // Another unit's documents do not count for this one.
    await fileDossier(bot, 'tpht-1', ['BIEN_BAN', 'BAO_CAO_THANH_TICH']);
    expect((await service().check(bot.campaignId, id)).dossier).toEqual({
      required: 3,
      filed: 1,
      missing: ['Biên bản họp của cơ quan', 'Báo cáo thành tích tập thể, cá nhân'],
      unconfirmed: [],
    });
  });
});

describe('attestations', () => {
  it("the head attests a draft's attested item with a note; attesting again asks for confirmation again", async () => {
    const id = await nominate(individual());
    const head = await actor(bot, 'vhxh-1');
    const admin = await actor(bot, 'vptk-1');
    await expect(service().attest(head, bot.campaignId, id, 'KY_LUAT', 'Không vi phạm trong năm')).rejects.toMatchObject({
      reason: 'attestation-item-unknown',
      args: { code: 'KY_LUAT' },
    });
    await expect(service().attest(head, bot.campaignId, id, 'HTXS_NAM', 'Có')).rejects.toMatchObject({ reason: 'attestation-note-length', args: { min: 5, max: 1000, length: 2 } });
    await expect(service().attest(await actor(bot, 'tpht-1'), bot.campaignId, id, 'HTXS_NAM', 'Đánh giá cuối năm')).rejects.toMatchObject({ reason: 'nomination-forbidden-unit' });
    await expect(service().confirm(admin, bot.campaignId, id, 'HTXS_NAM')).rejects.toMatchObject({ reason: 'attestation-nothing-to-confirm' });
    await service().attest(head, bot.campaignId, id, 'HTXS_NAM', '  Đánh giá cuối năm:\n hoàn thành xuất sắc  ');
    await expect(service().confirm(head, bot.campaignId, id, 'HTXS_NAM')).rejects.toMatchObject({ reason: 'attestation-confirm-forbidden' });
    await service().confirm(admin, bot.campaignId, id, 'HTXS_NAM');
    expect(await bot.core.db.attestation.findFirstOrThrow()).toMatchObject({
      itemCode: 'HTXS_NAM',
      attestedById: head.memberId,
      confirmedById: admin.memberId,
      note: 'Đánh giá cuối năm:\nhoàn thành xuất sắc',
    });
    await expect(service().confirm(admin, bot.campaignId, id, 'HTXS_NAM')).rejects.toMatchObject({ reason: 'attestation-nothing-to-confirm' });
    await service().attest(head, bot.campaignId, id, 'HTXS_NAM', 'Quyết định số 5/QĐ-UBND');
    expect(await bot.core.db.attestation.findFirstOrThrow()).toMatchObject({ note: 'Quyết định số 5/QĐ-UBND', confirmedById: null, confirmedAt: null });
    expect(await bot.core.db.auditLog.count({ where: { action: { startsWith: 'attestation.' } } })).toBe(3);
    // Only a draft is attested.
    await bot.core.db.nomination.update({ where: { id }, data: { status: 'SUBMITTED' } });
    await expect(service().attest(head, bot.campaignId, id, 'TOT_NV_CCHC', 'Đánh giá cuối năm')).rejects.toMatchObject({ reason: 'nomination-not-draft' });
  });
});

describe('An Hải 3.2 on the same data: discipline and at least one of the standards', () => {
  beforeEach(async () => {
    // An Hải's checklists, pointed at this campaign's award form.
    const checklists = loadCampaign('campaigns/an-hai-2025.yaml').award_rules.eligibility.map((c) => ({
      ...c,
      forms: c.forms?.map((f) => (f === 'GIAY_KHEN_CT_PHUONG' ? FORM : f)),
    }));
    await bot.core.db.campaign.update({ where: { id: bot.campaignId }, data: { awardRules: { checklists } as object } });
    await fileDossier(bot, 'vhxh-1');
  });

  it('an individual with a recognised initiative qualifies without any attestation; a violation bars them', async () => {
    const id = await nominate(individual());
    expect(await blocker(id)).toEqual({ reason: 'nomination-criteria-not-met', args: { count: 3 } });
    const initiatives = bot.core.services.initiatives;
    const made = await initiatives.submit(await actor(bot, 'vhxh-2'), bot.campaignId, {
      title: 'Tra cứu hộ tịch nhanh',
      summary: 'Tra cứu sổ hộ tịch trong một phút.',
      channel: 'CONSOLE',
    });
    await initiatives.decide(await actor(bot, 'vptk-1'), bot.campaignId, made.id, 'RECOGNISED', null, {
      recognisedBy: 'Chủ tịch UBND xã',
      decisionNumber: '15/QĐ-UBND',
      decisionDate: '18/11/2025',
    });
    expect(await blocker(id)).toBeNull();
    await recordViolation(bot, { memberId: mai });
    expect(await blocker(id)).toEqual({ reason: 'nomination-criteria-not-met', args: { count: 1 } });
  });

  it('a collective leading the standings waits until every unit is appraised', async () => {
    await reportAll(bot, 'vhxh-1', 95);
    const id = await nominate(collective());
    expect(await blocker(id)).toMatchObject({ reason: 'nomination-waits-appraisal' });
    for (const unit of (await bot.core.services.campaigns.view(bot.campaignId)).units) await appraiseAll(unit.code, unit.code === 'VHXH' ? 95 : 60);
    expect(await blocker(id)).toBeNull();
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
    await appraiseAll('VHXH', 90);
    await fileDossier(bot, 'vhxh-1');
    const head = await actor(bot, 'vhxh-1');
    const id = await nominate(collective());
    await attestAll(id, UNIT_ITEMS);
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
