import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseDate } from '../../../src/domain/dates.js';
import type { Sources } from '../../../src/domain/sources.js';
import { readCampaignFile } from '../../../src/services/campaigns/campaign-export.js';
import type { CampaignChange } from '../../../src/services/campaigns/campaign-change-types.js';
import type { CampaignChangeService } from '../../../src/services/campaigns/campaign-changes.js';
import { RuleError } from '../../../src/services/shared/errors.js';
import { actor, unitId } from '../../support/awards.js';
import { startTestBot, type TestBot } from '../../support/core.js';
import { DCXD, MOT_CUA, TCKT, TPHT, VHXH, VPTK } from '../../support/kim-phuong.js';

// ADMIN changes the running Kim Phượng campaign: previewed without a write,
// applied as an import with its audit entry and the heads' messages, or refused with nothing written.

let bot: TestBot;
let changes: CampaignChangeService;

beforeEach(async () => {
  bot = await startTestBot();
  changes = bot.core.services.campaignChanges;
});
afterEach(() => bot.close());

const day = (text: string) => parseDate(text)!;
/** Criterion points are rounded one by one (6,25 × 90 % = 5,63), so a total can be a hundredth off. */
const about = (score: number) => expect.closeTo(score, 1);

/** The head reports `value` % on every criterion, `values` % on the ones named. */
async function report(headCode: string, value: number, values: Record<string, number> = {}): Promise<void> {
  const head = await actor(bot, headCode);
  const campaign = await bot.core.services.campaigns.view(bot.campaignId);
  for (const c of campaign.taskAreas.flatMap((a) => a.criteria)) {
    const v = values[c.code] ?? value;
    await bot.core.services.reports.saveProgress({ actor: head, campaignId: bot.campaignId, unitId: head.unit!.id, criterionId: c.id, value: v, note: null, channel: 'CONSOLE' });
  }
}

const memberId = async (code: string) => (await bot.core.db.member.findFirstOrThrow({ where: { code } })).id;

/** Everything a change may write, to see that a refusal wrote none of it. */
async function state() {
  const db = bot.core.db;
  return {
    campaign: await db.campaign.findUniqueOrThrow({ where: { id: bot.campaignId } }),
    units: await db.unit.findMany({ orderBy: { id: 'asc' } }),
    criteria: await db.criterion.findMany({ orderBy: { id: 'asc' } }),
    deadlines: await db.deadline.findMany({ orderBy: { id: 'asc' } }),
    quotas: await db.awardQuota.findMany({ orderBy: { id: 'asc' } }),
    members: await db.member.findMany({ orderBy: { id: 'asc' }, include: { roles: true } }),
    reports: await db.progressReport.findMany({ orderBy: { id: 'asc' } }),
    audit: await db.auditLog.count(),
    outbox: await db.outboxMessage.count(),
  };
}

async function refusal(work: Promise<unknown>): Promise<RuleError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RuleError);
  return error as RuleError;
}

const sources = async () => (await bot.core.db.campaign.findUniqueOrThrow({ where: { id: bot.campaignId } })).sources as Sources;

describe('moving a deadline', () => {
  const change: CampaignChange = { kind: 'move-deadline', deadlineKey: 'TU_CHAM_DIEM', date: day('03/12/2025') };

  it('previews the date and every unit with its head, writing nothing', async () => {
    const before = await state();
    const preview = await changes.preview(bot.campaignId, change);
    expect(preview.edits).toEqual([{ subject: 'deadline', code: 'TU_CHAM_DIEM', title: 'Các bộ phận tự chấm điểm kết quả CCHC', before: day('28/11/2025'), after: day('03/12/2025') }]);
    expect(preview.affectedUnits.map((u) => [u.name, u.heads.map((h) => h.fullName)])).toEqual([
      [VPTK, ['Nông Thị Hồng Nhung']],
      [VHXH, ['Đinh Văn Quang']],
      [DCXD, ['Lương Văn Hùng']],
      [TCKT, ['Nguyễn Thị Thu Hà']],
      [TPHT, ['Ma Thị Huyền']],
      [MOT_CUA, ['Hà Văn Tuấn']],
    ]);
    expect(preview.standings).toBeNull();
    expect(await state()).toEqual(before);
  });

  it('applies it: the deadline moves, no longer a default, logged, and the other heads are told', async () => {
    await report('vhxh-1', 90);
    const reports = await bot.core.db.progressReport.findMany({ orderBy: { id: 'asc' } });
    const admin = await actor(bot, 'vptk-1');

    const result = await changes.apply(bot.campaignId, change, admin);
    expect(result.summary.counts.deadlines).toMatchObject({ created: 0, updated: 1, removed: 0 });
    expect(result.summary.counts.units).toMatchObject({ created: 0, updated: 0, removed: 0 });
    const deadline = await bot.core.db.deadline.findFirstOrThrow({ where: { campaignId: bot.campaignId, code: 'TU_CHAM_DIEM' } });
    expect(deadline.dueOn).toEqual(day('03/12/2025'));
    expect(await sources()).not.toHaveProperty(['deadlines.TU_CHAM_DIEM']);
    expect(await sources()).toHaveProperty(['deadlines.BINH_XET']);

    const entries = await bot.core.db.auditLog.findMany({ where: { action: 'campaign.move-deadline' } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorId: admin.memberId, entity: 'Campaign', entityId: String(bot.campaignId) });
    expect(entries[0]!.details).toMatchObject({ change: { kind: 'move-deadline', deadlineKey: 'TU_CHAM_DIEM' }, units: ['VPTK', 'VHXH', 'DCXD', 'TCKT', 'TPHT', 'MOT_CUA'] });

    // the heads of all six units but the one who made the change
    const outbox = await bot.core.db.outboxMessage.findMany({ orderBy: { memberId: 'asc' } });
    const heads = await Promise.all(['vhxh-1', 'dcxd-1', 'tckt-1', 'tpht-1', 'mot-cua-1'].map(memberId));
    expect(outbox.map((m) => m.memberId)).toEqual(heads.sort((a, b) => a - b));
    expect(result.told).toBe(5);
    expect(outbox[0]!.payload).toEqual({
      key: 'campaign-change-told-deadline',
      args: { title: 'Các bộ phận tự chấm điểm kết quả CCHC', before: '28/11/2025', after: '03/12/2025' },
    });
    expect(bot.core.i18n.t('vi', 'campaign-change-told-deadline', (outbox[0]!.payload as { args: Record<string, string> }).args)).toBe(
      'Thường trực phong trào đã đổi hạn "Các bộ phận tự chấm điểm kết quả CCHC" từ ngày 28/11/2025 sang ngày 03/12/2025.',
    );
    expect(await bot.core.db.progressReport.findMany({ orderBy: { id: 'asc' } })).toEqual(reports);
    // the view the dialogs read has the new date
    const view = await bot.core.services.campaigns.view(bot.campaignId);
    expect(view.deadlines.find((d) => d.code === 'TU_CHAM_DIEM')!.dueOn).toEqual(day('03/12/2025'));
  });

  it('refuses a date outside the period, an unknown deadline, the same date, and anyone but ADMIN', async () => {
    const before = await state();
    const admin = await actor(bot, 'vptk-1');
    expect((await refusal(changes.apply(bot.campaignId, { ...change, date: day('05/01/2026') }, admin))).reason).toBe('campaign-change-date-outside');
    expect((await refusal(changes.apply(bot.campaignId, { ...change, deadlineKey: 'KHONG_CO' }, admin))).reason).toBe('campaign-change-unknown-deadline');
    expect((await refusal(changes.apply(bot.campaignId, { ...change, date: day('28/11/2025') }, admin))).reason).toBe('campaign-change-nothing');
    expect((await refusal(changes.apply(bot.campaignId, change, await actor(bot, 'vhxh-1')))).reason).toBe('campaign-change-forbidden');
    expect(await state()).toEqual(before);
  });
});

describe('targets and weights', () => {
  beforeEach(async () => {
    // VHXH: every task done at 80 %, institutions at 100 %; TCKT: 90 %, institutions at 50 %.
    await report('vhxh-1', 80, { THE_CHE_HOAN_THANH: 100 });
    await report('tckt-1', 90, { THE_CHE_HOAN_THANH: 50 });
  });

  const weights: CampaignChange = {
    kind: 'set-weight',
    weights: [
      { criterionCode: 'THE_CHE_HOAN_THANH', points: 50 },
      ...['CONG_VU_HOAN_THANH', 'TAI_CHINH_CONG_HOAN_THANH', 'CHINH_QUYEN_SO_HOAN_THANH', 'TUYEN_TRUYEN_HOAN_THANH', 'KIEM_TRA_HOAN_THANH'].map((criterionCode) => ({ criterionCode, points: 5 })),
    ],
  };

  it('previews how the standings move when the weights change', async () => {
    const before = await state();
    const preview = await changes.preview(bot.campaignId, weights);
    expect(preview.edits).toHaveLength(6);
    expect(preview.edits[0]).toEqual({ subject: 'weight', code: 'THE_CHE_HOAN_THANH', title: 'Mức độ hoàn thành nhiệm vụ cải cách thể chế', before: 12.5, after: 50 });
    const place = (name: string) => preview.standings!.find((s) => s.unitName === name)!;
    expect(place(TCKT)).toMatchObject({ before: { rank: 1, score: about(85) }, after: { rank: 2, score: about(70) } });
    expect(place(VHXH)).toMatchObject({ before: { rank: 2, score: about(82.5) }, after: { rank: 1, score: about(90) } });
    expect(await state()).toEqual(before);
  });

  it('applies the weights, tells each head once, and the standings follow', async () => {
    const result = await changes.apply(bot.campaignId, weights, await actor(bot, 'vptk-1'));
    expect(result.summary.counts.criteria).toMatchObject({ created: 0, updated: 6, removed: 0 });
    const criterion = await bot.core.db.criterion.findFirstOrThrow({ where: { code: 'THE_CHE_HOAN_THANH' } });
    expect(criterion.maxPoints).toBe(50);
    expect(await sources()).not.toHaveProperty(['criteria.THE_CHE_HOAN_THANH.points']);
    expect(await sources()).toHaveProperty(['criteria.TTHC_HOAN_THANH.points']);
    expect(result.preview.standings!.find((s) => s.unitName === VHXH)).toMatchObject({ before: { rank: 2 }, after: { rank: 1, score: 90 } });

    const outbox = await bot.core.db.outboxMessage.findMany();
    expect(outbox).toHaveLength(5);
    expect(new Set(outbox.map((m) => m.memberId)).size).toBe(5);
    expect(bot.core.i18n.t('vi', 'campaign-change-told-weights', (outbox[0]!.payload as { args: Record<string, string> }).args)).toContain(
      'Mức độ hoàn thành nhiệm vụ cải cách thể chế: 12,5 → 50; Mức độ hoàn thành nhiệm vụ cải cách chế độ công vụ: 12,5 → 5',
    );
    const standings = await bot.core.services.standings.current(bot.campaignId);
    expect(standings.entries.map((e) => [e.unitName, e.score])).toEqual([
      [VHXH, about(90)],
      [TCKT, about(70)],
    ]);
  });

  it('refuses weights that no longer add up to 100, leaving everything as it was', async () => {
    const before = await state();
    const error = await refusal(changes.apply(bot.campaignId, { kind: 'set-weight', weights: [{ criterionCode: 'THE_CHE_HOAN_THANH', points: 20 }] }, await actor(bot, 'vptk-1')));
    expect(error.reason).toBe('campaign-change-weights-total');
    expect(error.args).toEqual({ sum: 107.5 });
    expect((await refusal(changes.preview(bot.campaignId, { kind: 'set-weight', weights: [{ criterionCode: 'KHONG_CO', points: 20 }] }))).reason).toBe('campaign-change-unknown-criterion');
    expect(await state()).toEqual(before);
  });

  it('previews and applies a target: scores move, each scored unit’s head is told', async () => {
    const change: CampaignChange = { kind: 'set-target', criterionCode: 'THE_CHE_HOAN_THANH', target: 50 };
    const preview = await changes.preview(bot.campaignId, change);
    expect(preview.edits).toEqual([{ subject: 'target', code: 'THE_CHE_HOAN_THANH', title: 'Mức độ hoàn thành nhiệm vụ cải cách thể chế', unitOfMeasure: '%', before: 100, after: 50 }]);
    expect(preview.standings!.find((s) => s.unitName === TCKT)).toMatchObject({ before: { score: about(85) }, after: { rank: 1, score: about(91.25) } });
    expect(preview.standings!.find((s) => s.unitName === VHXH)).toMatchObject({ before: { score: about(82.5) }, after: { rank: 2, score: about(82.5) } });

    await changes.apply(bot.campaignId, change, await actor(bot, 'vptk-1'));
    expect((await bot.core.db.criterion.findFirstOrThrow({ where: { code: 'THE_CHE_HOAN_THANH' } })).target).toBe(50);
    const outbox = await bot.core.db.outboxMessage.findMany();
    expect(outbox).toHaveLength(5);
    expect(outbox[0]!.payload).toMatchObject({ key: 'campaign-change-told-target', args: { before: '100%', after: '50%' } });
    expect((await refusal(changes.preview(bot.campaignId, { ...change, target: 120 }))).reason).toBe('campaign-change-target-range');
  });
});

describe('units', () => {
  it('retires a unit: its reports stay, its head is told, the standings lose it, the export leaves it out', async () => {
    await report('tpht-1', 95);
    await report('vhxh-1', 80);
    const reports = await bot.core.db.progressReport.findMany({ orderBy: { id: 'asc' } });
    const change: CampaignChange = { kind: 'retire-unit', unitCode: 'TPHT' };

    const preview = await changes.preview(bot.campaignId, change);
    expect(preview.affectedUnits.map((u) => [u.code, u.heads.map((h) => h.fullName)])).toEqual([['TPHT', ['Ma Thị Huyền']]]);
    expect(preview.standings).toEqual([
      expect.objectContaining({ unitName: VHXH, before: expect.objectContaining({ rank: 2 }), after: expect.objectContaining({ rank: 1 }) }),
      expect.objectContaining({ unitName: TPHT, before: expect.objectContaining({ rank: 1 }), after: null }),
    ]);

    const result = await changes.apply(bot.campaignId, change, await actor(bot, 'vptk-1'));
    expect(result.summary.counts.units).toMatchObject({ removed: 1, created: 0 });
    const tpht = await bot.core.db.unit.findFirstOrThrow({ where: { code: 'TPHT' } });
    expect(tpht.active).toBe(false);
    expect(await bot.core.db.progressReport.findMany({ orderBy: { id: 'asc' } })).toEqual(reports);
    // the head keeps their unit; they are told
    expect((await bot.core.db.member.findFirstOrThrow({ where: { code: 'tpht-1' } })).unitId).toBe(tpht.id);
    const outbox = await bot.core.db.outboxMessage.findMany();
    expect(outbox.map((m) => [m.memberId, m.payload])).toEqual([[await memberId('tpht-1'), { key: 'campaign-change-told-unit-retired', args: { name: TPHT } }]]);
    expect(await sources()).not.toHaveProperty(['units.TPHT']);
    const exported = (await readCampaignFile(bot.core.db, 'kim-phuong-2025'))!.file;
    expect(exported.units.map((u) => u.code)).toEqual(['VPTK', 'VHXH', 'DCXD', 'TCKT', 'MOT_CUA']);
  });

  it('adds a unit with a code made from its name, and renames one, telling its head only', async () => {
    const admin = await actor(bot, 'vptk-1');
    const added = await changes.apply(bot.campaignId, { kind: 'add-unit', name: '  Công an  xã ' }, admin);
    expect(added.preview.edits).toEqual([{ subject: 'unit-added', code: 'CONG_AN_XA', name: 'Công an xã' }]);
    expect(added.told).toBe(0);
    const unit = await bot.core.db.unit.findFirstOrThrow({ where: { code: 'CONG_AN_XA' } });
    expect({ name: unit.name, active: unit.active, sortOrder: unit.sortOrder }).toEqual({ name: 'Công an xã', active: true, sortOrder: 6 });
    expect((await bot.core.services.campaigns.view(bot.campaignId)).units.map((u) => u.code)).toContain('CONG_AN_XA');

    const renamed = await changes.apply(bot.campaignId, { kind: 'rename-unit', unitCode: 'VHXH', name: 'Văn hóa - Thông tin' }, admin);
    expect(renamed.preview.edits).toEqual([{ subject: 'unit-renamed', code: 'VHXH', before: VHXH, after: 'Văn hóa - Thông tin' }]);
    expect((await bot.core.db.unit.findUniqueOrThrow({ where: { id: await unitId(bot, 'VHXH') } })).name).toBe('Văn hóa - Thông tin');
    const outbox = await bot.core.db.outboxMessage.findMany();
    expect(outbox.map((m) => [m.memberId, m.payload])).toEqual([
      [await memberId('vhxh-1'), { key: 'campaign-change-told-unit-renamed', args: { before: VHXH, after: 'Văn hóa - Thông tin' } }],
    ]);
    expect(await bot.core.db.auditLog.count({ where: { action: { in: ['campaign.add-unit', 'campaign.rename-unit'] } } })).toBe(2);
  });

  it('refuses a unit that holds a commune-wide target, a name or code already used, and an unknown unit', async () => {
    await bot.close();
    bot = await startTestBot({ campaign: 'campaigns/an-hai-2025.yaml' });
    changes = bot.core.services.campaignChanges;
    const admin = (await bot.core.db.member.findFirstOrThrow({ where: { roles: { some: { role: 'ADMIN' } }, code: { not: null } } })).code!;
    const who = await actor(bot, admin);
    const before = await state();
    const holds = await refusal(changes.apply(bot.campaignId, { kind: 'retire-unit', unitCode: 'TTHCC' }, who));
    expect(holds.reason).toBe('campaign-change-unit-holds');
    const unit = await bot.core.db.unit.findFirstOrThrow({ where: { code: 'TTHCC' } });
    expect((await refusal(changes.apply(bot.campaignId, { kind: 'add-unit', name: unit.name.toUpperCase() }, who))).reason).toBe('campaign-change-unit-exists');
    expect((await refusal(changes.apply(bot.campaignId, { kind: 'add-unit', name: 'Đơn vị mới', code: 'TTHCC' }, who))).reason).toBe('campaign-change-unit-code-taken');
    expect((await refusal(changes.apply(bot.campaignId, { kind: 'add-unit', name: 'Đơn vị mới', code: 'mã có dấu' }, who))).reason).toBe('campaign-change-unit-code-invalid');
    expect((await refusal(changes.apply(bot.campaignId, { kind: 'rename-unit', unitCode: 'KHONG_CO', name: 'X' }, who))).reason).toBe('campaign-change-unknown-unit');
    expect(await state()).toEqual(before);
  });
});

describe('award quotas', () => {
  it('sets a quota, and refuses one below the awards already approved', async () => {
    const admin = await actor(bot, 'vptk-1');
    const change: CampaignChange = { kind: 'set-quota', nominee: 'INDIVIDUAL', form: 'GIAY_KHEN_CT_XA', max: 3 };
    const result = await changes.apply(bot.campaignId, change, admin);
    expect(result.preview.edits).toEqual([{ subject: 'quota', nominee: 'INDIVIDUAL', form: 'GIAY_KHEN_CT_XA', title: 'Giấy khen của Chủ tịch UBND xã', before: 1, after: 3 }]);
    const quota = () => bot.core.db.awardQuota.findFirstOrThrow({ where: { campaignId: bot.campaignId, nomineeKind: 'INDIVIDUAL' } });
    expect((await quota()).maxCount).toBe(3);
    expect(result.told).toBe(5);

    // two individuals approved: the quota cannot go below two
    for (const code of ['vhxh-1', 'tckt-1']) {
      const nominee = await bot.core.db.member.findFirstOrThrow({ where: { code } });
      await bot.core.db.nomination.create({
        data: { campaignId: bot.campaignId, nomineeKind: 'INDIVIDUAL', awardForm: 'GIAY_KHEN_CT_XA', unitId: nominee.unitId!, memberId: nominee.id, proposedById: nominee.id, summary: 'Hoàn thành xuất sắc', status: 'APPROVED' },
      });
    }
    const before = await state();
    const error = await refusal(changes.apply(bot.campaignId, { ...change, max: 1 }, admin));
    expect(error.reason).toBe('campaign-change-quota-below-approved');
    expect(error.args).toEqual({ title: 'Giấy khen của Chủ tịch UBND xã', max: 1, approved: 2 });
    expect(await state()).toEqual(before);

    // no number at all is always possible
    await changes.apply(bot.campaignId, { ...change, max: null }, admin);
    expect((await quota()).maxCount).toBeNull();
  });
});
