import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FinalListService } from '../../../src/services/awards/final-list.js';
import { actorOf, nominate } from '../../support/council.js';
import { refusal } from '../../support/refusal.js';
import { startTestBot, type TestBot } from '../../support/core.js';

// The final list against Kim Phượng's quotas: Giấy khen of the commune chairman for 01 collective
// and 01 individual, decided locally under a Quyết định. A Bằng khen of the city's chairman
// (no number set, decided higher up) is added where a test needs one, as An Hải's plan has it.

const GIAY_KHEN = 'Giấy khen của Chủ tịch UBND xã';

let bot: TestBot;
let finalList: FinalListService;
beforeEach(async () => {
  bot = await startTestBot();
  finalList = bot.core.services.finalList;
});
afterEach(() => bot.close());

const DECISION = { number: '125/QĐ-UBND', date: '19/11/2025', signer: 'Nguyễn Văn An – Chủ tịch UBND xã' };
const approve = async (ids: number[], code = 'ct-ubnd', decision: typeof DECISION | null = DECISION) => finalList.approve(await actorOf(bot, code), bot.campaignId, ids, decision);
const statuses = async () => (await bot.core.db.nomination.findMany({ orderBy: { id: 'asc' } })).map((n) => n.status);

describe('approving the final list', () => {
  it('exactly at the quotas is approved, by the leader, with who and when', async () => {
    const collective = await nominate(bot, { kind: 'COLLECTIVE', unitCode: 'VHXH' }, 'PASSED');
    const person = await nominate(bot, { kind: 'INDIVIDUAL', unitCode: 'TPHT', memberCode: 'tpht-1' }, 'PASSED');
    expect(await approve([collective, person])).toEqual({ approved: 2, proposed: 0 });
    const leader = await actorOf(bot, 'ct-ubnd');
    const rows = await bot.core.db.nomination.findMany({ orderBy: { id: 'asc' } });
    const decided = ['125/QĐ-UBND', new Date('2025-11-18T17:00:00Z'), 'Nguyễn Văn An – Chủ tịch UBND xã'];
    expect(rows.map((n) => [n.status, n.approvedById, n.approvedAt, n.decisionNumber, n.decisionDate, n.decisionSigner])).toEqual([
      ['APPROVED', leader.memberId, bot.now.value, ...decided],
      ['APPROVED', leader.memberId, bot.now.value, ...decided],
    ]);
    expect(await bot.core.db.auditLog.count({ where: { action: 'final.approve' } })).toBe(1);
    const board = await finalList.honourBoard(bot.campaignId);
    expect(board.map((f) => [f.awardTitle, f.decisions.map((d) => d.number), f.groups.map((g) => [g.kind, g.nominees.map((n) => n.memberName ?? n.unitName)])])).toEqual([
      [
        GIAY_KHEN,
        ['125/QĐ-UBND'],
        [
          ['COLLECTIVE', ['Văn hóa - Xã hội']],
          ['INDIVIDUAL', ['Ma Thị Huyền']],
        ],
      ],
    ]);
  });

  it('one over a quota is refused with the excess, and nothing is approved', async () => {
    const a = await nominate(bot, { kind: 'COLLECTIVE', unitCode: 'VHXH' }, 'PASSED');
    const b = await nominate(bot, { kind: 'COLLECTIVE', unitCode: 'TPHT' }, 'PASSED');
    const p = await nominate(bot, { kind: 'INDIVIDUAL', unitCode: 'TPHT', memberCode: 'tpht-1' }, 'PASSED');
    expect(await refusal(approve([a, b, p]))).toEqual({ reason: 'final-over-quota', args: { kind: 'COLLECTIVE', form: GIAY_KHEN, max: '01', count: 2, excess: 1 } });
    expect(await statuses()).toEqual(['PASSED', 'PASSED', 'PASSED']);
    expect(bot.core.i18n.t('vi', 'final-over-quota', { kind: 'COLLECTIVE', form: GIAY_KHEN, max: '01', count: 2, excess: 1 })).toBe(
      'Danh sách vượt chỉ tiêu Giấy khen của Chủ tịch UBND xã — tập thể: tối đa 01, đang chọn 2 (kể cả đã duyệt trước), thừa 1. Vui lòng bỏ chọn 1 đề nghị rồi phê duyệt lại.',
    );
  });

  it('counts what was approved earlier against the quota', async () => {
    const a = await nominate(bot, { kind: 'COLLECTIVE', unitCode: 'VHXH' }, 'PASSED');
    const b = await nominate(bot, { kind: 'COLLECTIVE', unitCode: 'TPHT' }, 'PASSED');
    await approve([a]);
    expect(await refusal(approve([b]))).toMatchObject({ reason: 'final-over-quota', args: { count: 2, excess: 1 } });
    const { quotas, passed } = await finalList.candidates(await actorOf(bot, 'ct-ubnd'), bot.campaignId);
    expect(quotas.map((q) => [q.kind, q.maxCount, q.approved])).toEqual([
      ['COLLECTIVE', 1, 1],
      ['INDIVIDUAL', 1, 0],
    ]);
    expect(passed.map((n) => n.nominationId)).toEqual([b]);
  });

  it('only nominations the council passed', async () => {
    const passed = await nominate(bot, { kind: 'COLLECTIVE', unitCode: 'VHXH' }, 'PASSED');
    for (const status of ['FAILED', 'IN_REVIEW', 'SUBMITTED', 'APPROVED'] as const) {
      const other = await nominate(bot, { kind: 'INDIVIDUAL', unitCode: 'TPHT', memberCode: 'tpht-1' }, status);
      expect(await refusal(approve([passed, other]))).toEqual({ reason: 'final-not-passed', args: { name: 'Ma Thị Huyền' } });
    }
    expect(await refusal(approve([]))).toEqual({ reason: 'final-empty', args: {} });
    expect(await refusal(approve([passed + 100]))).toEqual({ reason: 'council-nominee-unknown', args: {} });
    expect((await statuses())[0]).toBe('PASSED');
  });

  it('only the leader approves', async () => {
    const a = await nominate(bot, { kind: 'COLLECTIVE', unitCode: 'VHXH' }, 'PASSED');
    for (const code of ['vptk-1', 'pct-ubnd', 'vhxh-1']) {
      expect(await refusal(approve([a], code))).toEqual({ reason: 'final-leader-only', args: {} });
      expect(await refusal(finalList.candidates(await actorOf(bot, code), bot.campaignId))).toEqual({ reason: 'final-leader-only', args: {} });
    }
    expect(await statuses()).toEqual(['PASSED']);
  });
});

describe('a local form needs its Quyết định before it is on the honour board', () => {
  it('no decision, or a decision that does not read right, approves nothing', async () => {
    const a = await nominate(bot, { kind: 'COLLECTIVE', unitCode: 'VHXH' }, 'PASSED');
    expect(await refusal(approve([a], 'ct-ubnd', null))).toEqual({ reason: 'final-decision-required', args: {} });
    expect(await refusal(approve([a], 'ct-ubnd', { ...DECISION, number: 'QĐ số 125' }))).toEqual({ reason: 'decision-number-invalid', args: { text: 'QĐ số 125' } });
    // The bot's clock is 20/11/2025: a decision dated the 21st has not been signed yet.
    expect(await refusal(approve([a], 'ct-ubnd', { ...DECISION, date: '21/11/2025' }))).toMatchObject({ reason: 'decision-date-future' });
    expect(await refusal(approve([a], 'ct-ubnd', { ...DECISION, signer: 'An' }))).toEqual({ reason: 'decision-signer-length', args: { min: 3, max: 150 } });
    expect(await statuses()).toEqual(['PASSED']);
    expect(await finalList.honourBoard(bot.campaignId)).toEqual([]);
  });

  it('an approval on record without a decision (made before decisions were kept) is not on the honour board', async () => {
    await nominate(bot, { kind: 'COLLECTIVE', unitCode: 'VHXH' }, 'APPROVED');
    expect(await finalList.honourBoard(bot.campaignId)).toEqual([]);
  });

  it('a form for which the plan sets no number has no limit, and says so in the quotas', async () => {
    await bot.core.db.awardQuota.updateMany({ where: { campaignId: bot.campaignId }, data: { maxCount: null } });
    const ids = [
      await nominate(bot, { kind: 'COLLECTIVE', unitCode: 'VHXH' }, 'PASSED'),
      await nominate(bot, { kind: 'COLLECTIVE', unitCode: 'TPHT' }, 'PASSED'),
      await nominate(bot, { kind: 'INDIVIDUAL', unitCode: 'TPHT', memberCode: 'tpht-1' }, 'PASSED'),
    ];
    expect(await approve(ids)).toEqual({ approved: 3, proposed: 0 });
    const { quotas } = await finalList.candidates(await actorOf(bot, 'ct-ubnd'), bot.campaignId);
    expect(quotas.map((q) => [q.kind, q.maxCount, q.decidedBy, q.approved])).toEqual([
      ['COLLECTIVE', null, 'LOCAL', 2],
      ['INDIVIDUAL', null, 'LOCAL', 1],
    ]);
  });
});

describe('a form a higher level decides: council → proposal list → the higher level decision', () => {
  const BANG_KHEN = 'Bằng khen của Chủ tịch UBND thành phố';
  const DECIDER = 'Chủ tịch UBND thành phố';
  /** A passed nomination for the city chairman's Bằng khen, a form with no number set. */
  async function proposeUp(unitCode: string): Promise<number> {
    await bot.core.db.awardQuota.upsert({
      where: { campaignId_nomineeKind_awardForm: { campaignId: bot.campaignId, nomineeKind: 'COLLECTIVE', awardForm: 'BANG_KHEN_CT_TP' } },
      create: { campaignId: bot.campaignId, nomineeKind: 'COLLECTIVE', awardForm: 'BANG_KHEN_CT_TP', awardTitle: BANG_KHEN, decidedBy: 'HIGHER', decider: DECIDER },
      update: {},
    });
    const id = await nominate(bot, { kind: 'COLLECTIVE', unitCode }, 'PASSED');
    await bot.core.db.nomination.update({ where: { id }, data: { awardForm: 'BANG_KHEN_CT_TP' } });
    return id;
  }

  it('goes onto the proposal list without a decision, and reaches the honour board only once awarded', async () => {
    const bk = await proposeUp('VHXH');
    const gk = await nominate(bot, { kind: 'COLLECTIVE', unitCode: 'TPHT' }, 'PASSED');
    expect(await finalList.preview(await actorOf(bot, 'ct-ubnd'), bot.campaignId, [bk, gk])).toEqual({ local: 1, higher: 1 });
    // Approving both: the Giấy khen under the commune's decision, the Bằng khen proposed upward.
    expect(await approve([bk, gk])).toEqual({ approved: 1, proposed: 1 });
    expect(await bot.core.db.nomination.findUniqueOrThrow({ where: { id: bk } })).toMatchObject({
      status: 'PASSED',
      proposalStatus: 'SUBMITTED',
      proposedUpAt: bot.now.value,
      decisionNumber: null,
      approvedById: null,
    });
    const onBoard = async () => (await finalList.honourBoard(bot.campaignId)).map((f) => [f.awardTitle, f.groups.flatMap((g) => g.nominees.map((n) => n.unitName))]);
    expect(await onBoard()).toEqual([[GIAY_KHEN, ['Tư pháp - Hộ tịch']]]);

    // Proposed once: not offered again, and counted on its quota as proposed.
    const { passed, quotas } = await finalList.candidates(await actorOf(bot, 'ct-ubnd'), bot.campaignId);
    expect(passed).toEqual([]);
    expect(quotas.find((q) => q.awardForm === 'BANG_KHEN_CT_TP')).toMatchObject({ maxCount: null, decidedBy: 'HIGHER', decider: DECIDER, approved: 1 });
    expect(await refusal(approve([bk]))).toEqual({ reason: 'final-not-passed', args: { name: 'Văn hóa - Xã hội' } });

    // The secretariat records the answer; a head may not.
    const secretariat = await actorOf(bot, 'vptk-1');
    expect((await finalList.proposals(secretariat, bot.campaignId)).map((p) => [p.nominationId, p.decider, p.proposedUpAt])).toEqual([[bk, DECIDER, bot.now.value]]);
    expect(await refusal(finalList.proposals(await actorOf(bot, 'vhxh-1'), bot.campaignId))).toEqual({ reason: 'final-outcome-forbidden', args: {} });
    const record = (date: string) => finalList.recordOutcome(secretariat, bot.campaignId, bk, { awarded: true, number: '2150/QĐ-UBND', date });
    expect(await refusal(record('19/11/2025'))).toEqual({ reason: 'decision-date-early', args: { text: '19/11/2025', proposed: '20/11/2025' } });
    bot.now.value = new Date('2025-12-22T03:00:00Z');
    await record('20/12/2025');
    expect(await bot.core.db.nomination.findUniqueOrThrow({ where: { id: bk } })).toMatchObject({
      status: 'APPROVED',
      proposalStatus: 'AWARDED',
      decisionNumber: '2150/QĐ-UBND',
      decisionDate: new Date('2025-12-19T17:00:00Z'),
      decisionSigner: DECIDER,
      approvedById: secretariat.memberId,
    });
    expect(await onBoard()).toEqual([
      [GIAY_KHEN, ['Tư pháp - Hộ tịch']],
      [BANG_KHEN, ['Văn hóa - Xã hội']],
    ]);
    expect(await refusal(record('20/12/2025'))).toEqual({ reason: 'final-proposal-not-pending', args: {} });
    expect(await bot.core.db.auditLog.count({ where: { action: 'final.outcome' } })).toBe(1);
  });

  it('not awarded: on record, never on the honour board', async () => {
    const bk = await proposeUp('VHXH');
    expect(await approve([bk], 'ct-ubnd', null)).toEqual({ approved: 0, proposed: 1 });
    await finalList.recordOutcome(await actorOf(bot, 'ct-ubnd'), bot.campaignId, bk, { awarded: false });
    expect(await bot.core.db.nomination.findUniqueOrThrow({ where: { id: bk } })).toMatchObject({ status: 'PASSED', proposalStatus: 'NOT_AWARDED', decisionNumber: null });
    expect(await finalList.honourBoard(bot.campaignId)).toEqual([]);
    expect(await finalList.proposals(await actorOf(bot, 'ct-ubnd'), bot.campaignId)).toEqual([]);
  });
});
