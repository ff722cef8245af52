import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VoteChoice } from '../../../src/domain/awards.js';
import { minimumVoters, type CouncilService } from '../../../src/services/awards/council.js';
import { actorOf, addCouncilMembers, nominate } from '../../support/council.js';
import { refusal } from '../../support/refusal.js';
import { startTestBot, type TestBot } from '../../support/core.js';

// The council's review against the real SQLite: Kim Phượng's council is ct-ubnd, pct-ubnd and
// ct-mttq; the campaign keeps the defaults, quorum 2/3 (0.6667) and threshold 70 %.

const COUNCIL = ['ct-ubnd', 'pct-ubnd', 'ct-mttq'];

let bot: TestBot;
let council: CouncilService;
beforeEach(async () => {
  bot = await startTestBot();
  council = bot.core.services.council;
});
afterEach(() => bot.close());

const open = async () => council.openReview(await actorOf(bot, 'vptk-1'), bot.campaignId);
const close = async () => council.closeReview(await actorOf(bot, 'vptk-1'), bot.campaignId);
const vote = async (code: string, nominationId: number, choice: VoteChoice) => council.vote(await actorOf(bot, code), bot.campaignId, nominationId, choice);
const statusOf = async (id: number) => (await bot.core.db.nomination.findUniqueOrThrow({ where: { id } })).status;

describe('opening a review', () => {
  it('takes every submitted nomination, once, for the secretariat only', async () => {
    expect(await refusal(open())).toEqual({ reason: 'council-nothing-ready', args: {} });
    const a = await nominate(bot, { kind: 'COLLECTIVE', unitCode: 'VHXH' });
    const b = await nominate(bot, { kind: 'INDIVIDUAL', unitCode: 'TPHT', memberCode: 'tpht-1' });
    const draft = await nominate(bot, { kind: 'COLLECTIVE', unitCode: 'TPHT' }, 'DRAFT');
    expect(await refusal(council.openReview(await actorOf(bot, 'vhxh-1'), bot.campaignId))).toEqual({ reason: 'council-admin-only', args: {} });
    expect(await refusal(council.openReview(await actorOf(bot, 'ct-ubnd'), bot.campaignId))).toEqual({ reason: 'council-admin-only', args: {} });

    expect(await open()).toMatchObject({ count: 2 });
    expect([await statusOf(a), await statusOf(b), await statusOf(draft)]).toEqual(['IN_REVIEW', 'IN_REVIEW', 'DRAFT']);
    const review = await bot.core.db.councilReview.findFirstOrThrow();
    expect(review).toMatchObject({ status: 'OPEN', openedAt: bot.now.value, closedAt: null });
    await nominate(bot, { kind: 'COLLECTIVE', unitCode: 'DCXD' });
    expect(await refusal(open())).toEqual({ reason: 'council-already-open', args: {} });
    expect(await bot.core.db.auditLog.count({ where: { action: 'council.open' } })).toBe(1);
  });
});

describe('quorum', () => {
  it('three members: one vote is just under 2/3, two votes are just at it', async () => {
    expect(minimumVoters(3, 0.6667)).toBe(2);
    const a = await nominate(bot, { kind: 'COLLECTIVE', unitCode: 'VHXH' });
    await open();
    expect(await refusal(close())).toEqual({ reason: 'council-quorum-not-met', args: { voted: 0, size: 3, needed: 2 } });
    await vote('ct-ubnd', a, 'AGREE');
    expect(await refusal(close())).toEqual({ reason: 'council-quorum-not-met', args: { voted: 1, size: 3, needed: 2 } });
    // Refused: nothing changed, the review stays open and voting goes on.
    expect(await bot.core.db.councilReview.findFirstOrThrow()).toMatchObject({ status: 'OPEN', tally: null, closedAt: null });
    expect(await statusOf(a)).toBe('IN_REVIEW');
    await vote('pct-ubnd', a, 'AGREE');
    const minutes = await close();
    expect(minutes).toMatchObject({ councilSize: 3, voters: 2 });
    expect(minutes.nominees[0]).toMatchObject({ agree: 2, voted: 2, approvalPercent: 100, passed: true });
    expect(await statusOf(a)).toBe('PASSED');
  });

  it('six members: three votes are under 2/3, four are at it', async () => {
    const extra = await addCouncilMembers(bot, 3);
    const a = await nominate(bot, { kind: 'COLLECTIVE', unitCode: 'VHXH' });
    await open();
    for (const code of COUNCIL) await vote(code, a, 'AGREE');
    expect(await refusal(close())).toEqual({ reason: 'council-quorum-not-met', args: { voted: 3, size: 6, needed: 4 } });
    await vote(extra[0]!, a, 'DISAGREE');
    const minutes = await close();
    expect(minutes.nominees[0]).toMatchObject({ agree: 3, disagree: 1, voted: 4, approvalPercent: 75, thresholdPercent: 70, quorumMet: true, passed: true });
  });

  it('a nominee few members voted on fails for want of its own quorum, though the review closes', async () => {
    const a = await nominate(bot, { kind: 'COLLECTIVE', unitCode: 'VHXH' });
    const b = await nominate(bot, { kind: 'COLLECTIVE', unitCode: 'TPHT' });
    await open();
    await vote('ct-ubnd', a, 'AGREE');
    await vote('pct-ubnd', a, 'AGREE');
    await vote('ct-mttq', b, 'AGREE');
    const minutes = await close();
    expect(minutes.voters).toBe(3);
    expect(minutes.nominees.map((n) => [n.unitName, n.voted, n.quorumMet, n.passed])).toEqual([
      ['Văn hóa - Xã hội', 2, true, true],
      ['Tư pháp - Hộ tịch', 1, false, false],
    ]);
    expect([await statusOf(a), await statusOf(b)]).toEqual(['PASSED', 'FAILED']);
  });

  it('a member who has left the council no longer counts', async () => {
    const a = await nominate(bot, { kind: 'COLLECTIVE', unitCode: 'VHXH' });
    await open();
    await vote('ct-ubnd', a, 'AGREE');
    await vote('ct-mttq', a, 'AGREE');
    const mttq = await bot.core.db.member.findFirstOrThrow({ where: { code: 'ct-mttq' } });
    await bot.core.db.roleGrant.deleteMany({ where: { memberId: mttq.id, role: 'COUNCIL' } });
    expect(await refusal(close())).toEqual({ reason: 'council-quorum-not-met', args: { voted: 1, size: 2, needed: 2 } });
  });
});

describe('threshold', () => {
  it('69,9 % fails and 70 % passes, with a council of 103', async () => {
    const extra = await addCouncilMembers(bot, 100);
    const members = [...COUNCIL, ...extra];
    const a = await nominate(bot, { kind: 'COLLECTIVE', unitCode: 'VHXH' });
    const b = await nominate(bot, { kind: 'COLLECTIVE', unitCode: 'TPHT' });
    await open();
    // a: 72 of 103 agree = 0.699; b: 70 of the 100 who voted agree, 30 abstain = 0.7.
    for (const [i, code] of members.entries()) await vote(code, a, i < 72 ? 'AGREE' : 'DISAGREE');
    for (const [i, code] of members.slice(0, 100).entries()) await vote(code, b, i < 70 ? 'AGREE' : 'ABSTAIN');
    const minutes = await close();
    expect(minutes.nominees.map((n) => [n.unitName, n.agree, n.disagree, n.abstain, n.voted, n.approvalPercent, n.passed])).toEqual([
      ['Văn hóa - Xã hội', 72, 31, 0, 103, 69.9, false],
      ['Tư pháp - Hộ tịch', 70, 0, 30, 100, 70, true],
    ]);
    expect([await statusOf(a), await statusOf(b)]).toEqual(['FAILED', 'PASSED']);
    const review = await bot.core.db.councilReview.findFirstOrThrow();
    expect(review.status).toBe('CLOSED');
    expect(review.closedAt).toEqual(bot.now.value);
    expect(review.tally).toMatchObject({
      councilSize: 103,
      voters: 103,
      quorumPercent: 66.67,
      nominees: [
        { nominationId: a, approvalPercent: 69.9, thresholdPercent: 70, passed: false },
        { nominationId: b, passed: true },
      ],
    });
  }, 60_000);
});

describe('votes', () => {
  it('can be changed until the review closes, and not after', async () => {
    const a = await nominate(bot, { kind: 'COLLECTIVE', unitCode: 'VHXH' });
    await open();
    const mine = async () => council.ballot(await actorOf(bot, 'ct-ubnd'), bot.campaignId);
    expect((await mine()).map((b) => [b.unitName, b.kind, b.awardTitle, b.myVote])).toEqual([['Văn hóa - Xã hội', 'COLLECTIVE', 'Giấy khen của Chủ tịch UBND xã', null]]);
    await vote('ct-ubnd', a, 'AGREE');
    await vote('ct-ubnd', a, 'DISAGREE');
    expect((await mine())[0]!.myVote).toBe('DISAGREE');
    expect(await bot.core.db.vote.findMany({ select: { choice: true } })).toEqual([{ choice: 'DISAGREE' }]);
    await vote('pct-ubnd', a, 'AGREE');
    bot.now.value = new Date('2025-12-15T03:00:00Z');
    const minutes = await close();
    expect(minutes.nominees[0]).toMatchObject({ agree: 1, disagree: 1, approvalPercent: 50, passed: false });

    expect(await refusal(vote('ct-ubnd', a, 'AGREE'))).toEqual({ reason: 'review-closed', args: { date: '15/12/2025' } });
    expect(await refusal(vote('ct-mttq', a, 'AGREE'))).toEqual({ reason: 'review-closed', args: { date: '15/12/2025' } });
    expect(await refusal(mine())).toEqual({ reason: 'review-closed', args: { date: '15/12/2025' } });
    expect(await bot.core.db.vote.count()).toBe(2);
    expect(await statusOf(a)).toBe('FAILED');

    // A later review does not reopen what an earlier one decided.
    await nominate(bot, { kind: 'COLLECTIVE', unitCode: 'TPHT' });
    await open();
    expect(await refusal(vote('ct-ubnd', a, 'AGREE'))).toEqual({ reason: 'review-closed', args: { date: '15/12/2025' } });
  });

  it('before any review: none is open', async () => {
    const a = await nominate(bot, { kind: 'COLLECTIVE', unitCode: 'VHXH' });
    expect(await refusal(vote('ct-ubnd', a, 'AGREE'))).toEqual({ reason: 'council-none-open', args: {} });
  });

  it('a member who is both HEAD and COUNCIL votes, on their own unit too', async () => {
    const head = await bot.core.db.member.findFirstOrThrow({ where: { code: 'vhxh-1' } });
    await bot.core.db.roleGrant.create({ data: { memberId: head.id, role: 'COUNCIL' } });
    const own = await nominate(bot, { kind: 'COLLECTIVE', unitCode: 'VHXH' });
    await open();
    await vote('vhxh-1', own, 'AGREE');
    await vote('ct-ubnd', own, 'AGREE');
    await vote('pct-ubnd', own, 'DISAGREE');
    const minutes = await close();
    // The council has four members now: three voted, 2/3 agree.
    expect(minutes).toMatchObject({ councilSize: 4, voters: 3 });
    expect(minutes.nominees[0]).toMatchObject({ agree: 2, disagree: 1, approvalPercent: 66.67, passed: false });
  });

  it('only council members vote or see the ballot', async () => {
    const a = await nominate(bot, { kind: 'COLLECTIVE', unitCode: 'VHXH' });
    await open();
    for (const code of ['vhxh-1', 'vptk-1']) {
      expect(await refusal(vote(code, a, 'AGREE'))).toEqual({ reason: 'council-member-only', args: {} });
      expect(await refusal(council.ballot(await actorOf(bot, code), bot.campaignId))).toEqual({ reason: 'council-member-only', args: {} });
    }
    expect(await refusal(vote('ct-ubnd', a + 100, 'AGREE'))).toEqual({ reason: 'council-nominee-unknown', args: {} });
    expect(await bot.core.db.vote.count()).toBe(0);
  });
});
