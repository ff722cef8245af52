import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FinalListService } from '../../src/services/final-list.js';
import { actorOf, nominate } from '../support/council.js';
import { refusal } from '../support/refusal.js';
import { startTestBot, type TestBot } from '../support/core.js';

// The final list against Kim Phượng's quotas: Giấy khen of the commune chairman for 01 collective
// and 01 individual.

const GIAY_KHEN = 'Giấy khen của Chủ tịch UBND xã';

let bot: TestBot;
let finalList: FinalListService;
beforeEach(async () => {
  bot = await startTestBot();
  finalList = bot.core.services.finalList;
});
afterEach(() => bot.close());


const approve = async (ids: number[], code = 'ct-ubnd') => finalList.approve(await actorOf(bot, code), bot.campaignId, ids);
const statuses = async () => (await bot.core.db.nomination.findMany({ orderBy: { id: 'asc' } })).map((n) => n.status);

describe('approving the final list', () => {
  it('exactly at the quotas is approved, by the leader, with who and when', async () => {
    const collective = await nominate(bot, { kind: 'COLLECTIVE', unitCode: 'VHXH' }, 'PASSED');
    const person = await nominate(bot, { kind: 'INDIVIDUAL', unitCode: 'TPHT', memberCode: 'tpht-1' }, 'PASSED');
    expect(await approve([collective, person])).toEqual({ approved: 2 });
    const leader = await actorOf(bot, 'ct-ubnd');
    const rows = await bot.core.db.nomination.findMany({ orderBy: { id: 'asc' } });
    expect(rows.map((n) => [n.status, n.approvedById, n.approvedAt])).toEqual([
      ['APPROVED', leader.memberId, bot.now.value],
      ['APPROVED', leader.memberId, bot.now.value],
    ]);
    expect(await bot.core.db.auditLog.count({ where: { action: 'final.approve' } })).toBe(1);
    const board = await finalList.honourBoard(bot.campaignId);
    expect(board.map((f) => [f.awardTitle, f.groups.map((g) => [g.kind, g.nominees.map((n) => n.memberName ?? n.unitName)])])).toEqual([
      [GIAY_KHEN, [['COLLECTIVE', ['Văn hóa - Xã hội']], ['INDIVIDUAL', ['Ma Thị Huyền']]]],
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
