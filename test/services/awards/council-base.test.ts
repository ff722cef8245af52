import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VoteChoice } from '../../../src/domain/awards.js';
import type { ApprovalBase } from '../../../src/generated/prisma/client.js';
import { importCampaign } from '../../../src/services/campaigns/campaign-import.js';
import type { CouncilService } from '../../../src/services/awards/council.js';
import { actorOf, addCouncilMembers, nominate } from '../../support/council.js';
import { loadCampaign, startTestBot, type TestBot } from '../../support/core.js';
import { refusal } from '../../support/refusal.js';

// The council's counting rule (docs/award-rules.md §1.5) against the real SQLite. Kim Phượng's council
// (ct-ubnd, pct-ubnd, ct-mttq) plus seven members makes ten; the quorum stays 2/3, the threshold 70 %.
// The same meeting: 8 present, 6 agree and 1 disagrees, 1 present member does not vote.

let bot: TestBot;
let council: CouncilService;
let nomination: number;
beforeEach(async () => {
  bot = await startTestBot();
  council = bot.core.services.council;
  await addCouncilMembers(bot, 7);
  nomination = await nominate(bot, { kind: 'COLLECTIVE', unitCode: 'VHXH' });
});
afterEach(() => bot.close());

const VOTES: Array<[string, VoteChoice]> = [
  ['ct-ubnd', 'AGREE'],
  ['pct-ubnd', 'AGREE'],
  ['ct-mttq', 'AGREE'],
  ['hd-1', 'AGREE'],
  ['hd-2', 'AGREE'],
  ['hd-3', 'AGREE'],
  ['hd-4', 'DISAGREE'],
];
const PRESENT = [...VOTES.map(([code]) => code), 'hd-5'];

async function meeting(base: ApprovalBase, present: string[] | null) {
  await bot.core.db.campaign.update({ where: { id: bot.campaignId }, data: { approvalBase: base } });
  const admin = await actorOf(bot, 'vptk-1');
  await council.openReview(admin, bot.campaignId);
  for (const [code, choice] of VOTES) await council.vote(await actorOf(bot, code), bot.campaignId, nomination, choice);
  if (present) await council.recordPresent(admin, bot.campaignId, await Promise.all(present.map(async (code) => (await actorOf(bot, code)).memberId)));
  return () => council.closeReview(admin, bot.campaignId);
}

describe('the counting rule', () => {
  it.each([
    ['VOTED', PRESENT, 7, 85.71, true, 'PASSED'],
    ['PRESENT', PRESENT, 8, 75, true, 'PASSED'],
    ['PRESENT', [...PRESENT, 'hd-6'], 9, 66.67, false, 'FAILED'],
    ['ALL_MEMBERS', PRESENT, 10, 60, false, 'FAILED'],
  ] as const)('%s (case %#): 6 agree of 7 voted, counted as the rule says', async (base, present, denominator, approvalPercent, passed, status) => {
    const close = await meeting(base, [...present]);
    const minutes = await close();
    expect(minutes).toMatchObject({ base, councilSize: 10, voters: 7 });
    expect(minutes.nominees[0]).toMatchObject({ agree: 6, disagree: 1, voted: 7, denominator, approvalPercent, thresholdPercent: 70, passed });
    expect((await bot.core.db.nomination.findUniqueOrThrow({ where: { id: nomination } })).status).toBe(status);
    const kept = await bot.core.db.councilReview.findFirstOrThrow();
    expect(kept.tally).toMatchObject({ base });
    if (base === 'PRESENT') expect(minutes.present).toHaveLength(present.length);
  });

  it('present: closing needs the attendance, and enough members present for the quorum', async () => {
    const close = await meeting('PRESENT', null);
    expect(await refusal(close())).toEqual({ reason: 'council-present-needed', args: {} });
    const admin = await actorOf(bot, 'vptk-1');
    const six = await Promise.all(PRESENT.slice(0, 6).map(async (code) => (await actorOf(bot, code)).memberId));
    await council.recordPresent(admin, bot.campaignId, [...six, (await actorOf(bot, 'vhxh-1')).memberId]);
    // vhxh-1 is not on the council: left off the list.
    expect((await bot.core.db.councilReview.findFirstOrThrow()).present).toEqual(six);
    expect(await refusal(close())).toEqual({ reason: 'council-present-quorum-not-met', args: { present: 6, size: 10, needed: 7 } });
    expect(await refusal(council.recordPresent(await actorOf(bot, 'ct-ubnd'), bot.campaignId, six))).toEqual({ reason: 'council-admin-only', args: {} });
    expect(await bot.core.db.auditLog.count({ where: { action: 'council.present' } })).toBe(1);
  });
});

describe('the campaign file', () => {
  it('sets the rule with council.approval_base (voted when left out) and a per-nominee document with per_nominee', async () => {
    const file = loadCampaign();
    expect(file.council.approval_base).toBe('voted');
    expect(file.dossier_documents.every((d) => d.per_nominee === false)).toBe(true);
    file.council.approval_base = 'all_members';
    file.dossier_documents.find((d) => d.code === 'BAO_CAO_THANH_TICH')!.per_nominee = true;
    await importCampaign(bot.core.db, file);
    expect(await bot.core.db.campaign.findUniqueOrThrow({ where: { id: bot.campaignId } })).toMatchObject({ approvalBase: 'ALL_MEMBERS' });
    const kinds = await bot.core.db.dossierDocKind.findMany({ where: { campaignId: bot.campaignId }, orderBy: { sortOrder: 'asc' } });
    expect(kinds.map((k) => [k.code, k.perNominee])).toEqual([
      ['TO_TRINH', false],
      ['BIEN_BAN', false],
      ['BAO_CAO_THANH_TICH', true],
    ]);
  });

  it("An Hải's achievement report is one per nominee, as its plan (III.4) asks", () => {
    const file = loadCampaign('campaigns/an-hai-2025.yaml');
    expect(file.dossier_documents.map((d) => [d.code, d.per_nominee])).toEqual([
      ['TO_TRINH', false],
      ['BAO_CAO_THANH_TICH', true],
      ['BIEN_BAN', false],
    ]);
    expect(file.council.approval_base).toBe('voted');
  });
});
