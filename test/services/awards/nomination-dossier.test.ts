import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Nominee } from '../../../src/services/awards/nominee-view.js';
import { actor, addOfficer, fileDossier, storedPdf, unitId } from '../../support/awards.js';
import { loadCampaign, startTestBot, type TestBot } from '../../support/core.js';

// A nomination's "hồ sơ đầy đủ" follows the per-nominee rule: with An Hải's dossier
// (III.4: the Tờ trình and the Biên bản once per unit, a Báo cáo thành tích for each collective
// and individual proposed, confirmed by the head), a unit proposing 01 collective and 04
// individuals needs 5 reports, and each nomination is complete only with its own.

const FORM = 'GIAY_KHEN_CT_XA';
const SUMMARY = 'Giải quyết 100% hồ sơ đúng hạn, số hóa toàn bộ sổ hộ tịch, không có phản ánh.';
const AN_HAI = loadCampaign('campaigns/an-hai-2025.yaml');
const REPORT = AN_HAI.dossier_documents.find((d) => d.code === 'BAO_CAO_THANH_TICH')!.title;

let bot: TestBot;
let vhxh: number;
let ids: number[];
let people: number[];

beforeEach(async () => {
  bot = await startTestBot();
  vhxh = await unitId(bot, 'VHXH');
  // An Hải's dossier and checklists, pointed at this campaign's award form.
  const { db } = bot.core;
  await db.dossierDocKind.deleteMany({ where: { campaignId: bot.campaignId } });
  for (const [i, d] of AN_HAI.dossier_documents.entries()) {
    await db.dossierDocKind.create({ data: { campaignId: bot.campaignId, code: d.code, title: d.title, required: d.required, perNominee: d.per_nominee, sortOrder: i } });
  }
  const checklists = AN_HAI.award_rules.eligibility.map((c) => ({ ...c, forms: c.forms?.map((f) => (f === 'GIAY_KHEN_CT_PHUONG' ? FORM : f)) }));
  await db.campaign.update({ where: { id: bot.campaignId }, data: { awardRules: { checklists } as object } });
  people = [];
  for (const [i, name] of ['Lê Thị Mai', 'Trần Văn Bình', 'Phạm Thu Hà', 'Vũ Đức Long'].entries()) people.push(await addOfficer(bot, `vhxh-cb-${i + 1}`, name, 'VHXH'));
  ids = [await nominate({ kind: 'COLLECTIVE', unitId: vhxh, memberId: null })];
  for (const memberId of people) ids.push(await nominate({ kind: 'INDIVIDUAL', unitId: vhxh, memberId }));
  await fileDossier(bot, 'vhxh-1', ['TO_TRINH', 'BIEN_BAN']);
});
afterEach(() => bot.close());

async function nominate(nominee: Nominee): Promise<number> {
  return (await bot.core.services.nominations.nominate(await actor(bot, 'vhxh-1'), bot.campaignId, { ...nominee, awardForm: FORM, summary: SUMMARY })).id;
}

async function fileReport(by: string, nominationId: number): Promise<void> {
  const kind = await bot.core.db.dossierDocKind.findFirstOrThrow({ where: { campaignId: bot.campaignId, code: 'BAO_CAO_THANH_TICH' } });
  const blob = await storedPdf(bot, `bao-cao-${nominationId}.pdf`);
  await bot.core.services.dossier.submit({ actor: await actor(bot, by), campaignId: bot.campaignId, unitId: vhxh, kindId: kind.id, nominationId, blob, channel: 'CONSOLE' });
}

const check = (id: number) => bot.core.services.nominations.check(bot.campaignId, id);

/** Lê Thị Mai has a recognised initiative: An Hải's individual checklist is met without attestations. */
async function recogniseInitiative(): Promise<void> {
  const made = await bot.core.services.initiatives.submit(await actor(bot, 'vhxh-cb-1'), bot.campaignId, {
    title: 'Tra cứu hộ tịch nhanh',
    summary: 'Tra cứu sổ hộ tịch trong một phút.',
    channel: 'CONSOLE',
  });
  await bot.core.services.initiatives.decide(await actor(bot, 'vptk-1'), bot.campaignId, made.id, 'RECOGNISED', null, {
    recognisedBy: 'Chủ tịch UBND xã',
    decisionNumber: '15/QĐ-UBND',
    decisionDate: '18/11/2025',
  });
}

describe("a nomination's dossier, per nominee", () => {
  it("01 collective and 04 individuals need 5 reports: a nomination without its own report is not complete while another nominee's is", async () => {
    for (const id of ids.slice(0, 4)) await fileReport('vhxh-1', id);
    // Each nomination owes the unit's two documents and its own report: three.
    for (const id of ids.slice(0, 4)) expect((await check(id)).dossier).toEqual({ required: 3, filed: 3, missing: [], unconfirmed: [] });
    expect((await check(ids[4]!)).dossier).toEqual({ required: 3, filed: 2, missing: [REPORT], unconfirmed: [] });
    expect((await bot.core.services.dossier.completeUnits(bot.campaignId)).has(vhxh)).toBe(false);
    await fileReport('vhxh-1', ids[4]!);
    expect((await check(ids[4]!)).dossier.missing).toEqual([]);
    expect((await bot.core.services.dossier.completeUnits(bot.campaignId)).has(vhxh)).toBe(true);
  });

  it('a report the secretariat filed keeps the nomination from the council until the head confirms it', async () => {
    await recogniseInitiative();
    const mai = ids[1]!;
    expect((await check(mai)).blocker).toEqual({ reason: 'award-dossier-incomplete', args: { missing: REPORT, missingCount: 1 } });
    await fileReport('vptk-1', mai);
    expect((await check(mai)).dossier).toEqual({ required: 3, filed: 3, missing: [], unconfirmed: [REPORT] });
    expect((await check(mai)).blocker).toEqual({ reason: 'award-dossier-unconfirmed', args: { titles: REPORT } });
    await expect(bot.core.services.nominations.submit(await actor(bot, 'vhxh-1'), bot.campaignId, mai)).rejects.toMatchObject({ reason: 'award-dossier-unconfirmed' });
    const filed = await bot.core.db.dossierDocument.findFirstOrThrow({ where: { nominationId: mai } });
    await bot.core.services.dossier.confirm(await actor(bot, 'vhxh-1'), bot.campaignId, filed.id);
    expect((await check(mai)).blocker).toBeNull();
    await bot.core.services.nominations.submit(await actor(bot, 'vhxh-1'), bot.campaignId, mai);
  });

  it('before it is saved, a new nominee owes its own report', async () => {
    for (const id of ids) await fileReport('vhxh-1', id);
    const head = await actor(bot, 'vhxh-1');
    const preview = await bot.core.services.nominations.evaluate(bot.campaignId, { kind: 'INDIVIDUAL', unitId: vhxh, memberId: head.memberId }, FORM);
    expect(preview.dossier).toEqual({ required: 3, filed: 2, missing: [REPORT], unconfirmed: [] });
  });
});
