import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CampaignView } from '../../../src/services/campaigns/campaigns.js';
import { demoAccountId } from '../../../src/demo/seed.js';
import type { Actor } from '../../../src/services/campaigns/members.js';
import type { Standings } from '../../../src/services/reporting/standings.js';
import { standingsMoved } from '../../../src/services/reporting/standings-revision.js';
import { startTestBot, type TestBot } from '../../support/core.js';
import { vi } from '../../support/locale.js';
import { DCXD, MOT_CUA, TCKT, TPHT, VHXH, VPTK } from '../../support/kim-phuong.js';

// StandingsService over real reports saved through ReportService on SQLite.

/** unit code → the head declared for it in campaigns/kim-phuong-2025.yaml */
const HEADS = { VPTK: 'vptk-1', VHXH: 'vhxh-1', DCXD: 'dcxd-1', TCKT: 'tckt-1', TPHT: 'tpht-1', MOT_CUA: 'mot-cua-1' } as const;
type UnitCode = keyof typeof HEADS;

let bot: TestBot;
let campaign: CampaignView;

beforeEach(async () => {
  bot = await startTestBot();
  campaign = await bot.core.services.campaigns.view(bot.campaignId);
});
afterEach(() => bot.close());

const unitId = (code: UnitCode) => campaign.units.find((u) => u.code === code)!.id;
const criterion = (code: string) => campaign.taskAreas.flatMap((a) => a.criteria).find((c) => c.code === code)!;

async function head(unit: UnitCode): Promise<Actor> {
  const actor = await bot.core.services.members.findActor('CONSOLE', demoAccountId(HEADS[unit]));
  if (!actor) throw new Error(`no console account for ${HEADS[unit]}`);
  return actor;
}

/** The unit's head reports a value, as /baocao would. */
async function report(unit: UnitCode, criterionCode: string, value: number): Promise<void> {
  await bot.core.services.reports.saveProgress({
    actor: await head(unit),
    campaignId: bot.campaignId,
    unitId: unitId(unit),
    criterionId: criterion(criterionCode).id,
    value,
    note: null,
    channel: 'CONSOLE',
  });
}

const current = () => bot.core.services.standings.current(bot.campaignId);
const snapshots = () => bot.core.db.standingsSnapshot.count({ where: { campaignId: bot.campaignId } });
/** [unit, score, rank, change] in listed order */
const table = (s: Standings) => s.entries.map((e) => [e.unitName, e.score, e.rank, e.change]);
const entry = (s: Standings, name: string) => s.entries.find((e) => e.unitName === name)!;

describe('scores follow the campaign scoring rules', () => {
  it('linear: 98.5 of a 100 % target on a 12.5-point criterion gives 12.31, out of 100', async () => {
    await report('VHXH', 'THE_CHE_HOAN_THANH', 98.5);
    const s = await current();
    expect(entry(s, VHXH)).toMatchObject({ score: 12.31, rank: 1, reportedCriteria: 1, grade: { label: 'Yếu' } });
    expect(s.totalCriteria).toBe(9);
    // The five units that reported nothing are not ranked or graded.
    expect(s.entries).toHaveLength(1);
    expect(s.unreported.map((u) => u.unitName)).toEqual([MOT_CUA, DCXD, TCKT, TPHT, VPTK]);
  });

  it('the latest report counts, half-weight criteria add 6.25 each, and full marks everywhere make 100 "Xuất sắc"', async () => {
    await report('TCKT', 'THE_CHE_HOAN_THANH', 40);
    await report('TCKT', 'THE_CHE_HOAN_THANH', 80); // replaces 40: 12.5 × 0.8 = 10
    await report('TCKT', 'TTHC_HOAN_THANH', 100); // 6.25
    await report('TCKT', 'MOT_CUA_HOAN_THANH', 50); // 3.13 (6.25 × 0.5 = 3.125, rounded)
    expect(entry(await current(), TCKT)).toMatchObject({ score: 19.38, reportedCriteria: 3 });

    for (const c of campaign.taskAreas.flatMap((a) => a.criteria)) await report('DCXD', c.code, 100);
    const s = await current();
    expect(entry(s, DCXD)).toMatchObject({ score: 100, rank: 1, reportedCriteria: 9, grade: { label: 'Xuất sắc' } });
    expect(entry(s, TCKT)).toMatchObject({ score: 19.38, rank: 2, grade: { label: 'Yếu' } });
  });

  it('grades follow the campaign bands: 93.75 Xuất sắc, 87.5 Tốt, exactly 80 still Tốt', async () => {
    // 8 of 9 criteria at 100 and one 6.25-point criterion at 0 → 93.75; with a 12.5 one at 0 → 87.5.
    const all = campaign.taskAreas.flatMap((a) => a.criteria);
    for (const c of all) await report('VPTK', c.code, c.code === 'TTHC_HOAN_THANH' ? 0 : 100);
    for (const c of all) await report('TPHT', c.code, c.code === 'KIEM_TRA_HOAN_THANH' ? 0 : 100);
    for (const c of all) await report('MOT_CUA', c.code, ['KIEM_TRA_HOAN_THANH', 'TUYEN_TRUYEN_HOAN_THANH'].includes(c.code) ? 20 : 100);
    const s = await current();
    expect(entry(s, VPTK)).toMatchObject({ score: 93.75, grade: { label: 'Xuất sắc' } });
    expect(entry(s, TPHT)).toMatchObject({ score: 87.5, grade: { label: 'Tốt' } });
    expect(entry(s, MOT_CUA)).toMatchObject({ score: 80, grade: { label: 'Tốt' } });
  });
});

describe('ranking', () => {
  it('equal scores share a rank, the next rank skips, and ties are listed by Vietnamese name order', async () => {
    await report('VHXH', 'THE_CHE_HOAN_THANH', 100);
    await report('DCXD', 'THE_CHE_HOAN_THANH', 100);
    await report('TCKT', 'THE_CHE_HOAN_THANH', 50);
    const s = await current();
    // "Địa chính" comes before "Văn hóa" in Vietnamese (Đ after D), though "Đ" (U+0110) > "V" by code point;
    // among the units that reported nothing "Bộ phận" < "Tư pháp" < "Văn phòng".
    expect(s.entries.map((e) => [e.unitName, e.score, e.rank])).toEqual([
      [DCXD, 12.5, 1],
      [VHXH, 12.5, 1],
      [TCKT, 6.25, 3],
    ]);
    expect(s.unreported.map((u) => u.unitName)).toEqual([MOT_CUA, TPHT, VPTK]);
    expect(DCXD > VHXH).toBe(true); // code-point order would have put Văn hóa first
  });

  it('with nothing reported no unit is ranked or graded: all are "chưa báo cáo", listed by name', async () => {
    const s = await current();
    expect(s.entries).toEqual([]);
    expect(s.unreported.map((u) => u.unitName)).toEqual([MOT_CUA, DCXD, TCKT, TPHT, VHXH, VPTK]);
    bot.as('vhxh-1');
    const text = await bot.say('/xephang');
    expect(text).toContain(`${vi('standings-unreported-title', { count: 6 })}\n• ${MOT_CUA}\n• ${DCXD}\n`);
    expect(text).not.toMatch(/Yếu|\d\. /u);
  });

  it('a reported 0, a self-score or an appraisal is a result and is ranked; nothing at all is not', async () => {
    await report('TPHT', 'THE_CHE_HOAN_THANH', 0);
    await bot.core.db.score.create({ data: { campaignId: bot.campaignId, unitId: unitId('VPTK'), criterionId: criterion('KIEM_TRA_HOAN_THANH').id, selfPoints: 0 } });
    await bot.core.db.score.create({ data: { campaignId: bot.campaignId, unitId: unitId('DCXD'), criterionId: criterion('KIEM_TRA_HOAN_THANH').id, appraisedPoints: 5 } });
    await standingsMoved(bot.core.db, bot.campaignId);
    const s = await current();
    expect(s.entries.map((e) => [e.unitName, e.rank, e.grade.label, e.reportedCriteria])).toEqual([
      [DCXD, 1, 'Yếu', 0],
      [TPHT, 2, 'Yếu', 1],
      [VPTK, 2, 'Yếu', 0],
    ]);
    expect(s.unreported.map((u) => u.unitName)).toEqual([MOT_CUA, TCKT, VHXH]);
  });
});

describe('snapshots and rank changes', () => {
  it('stores a snapshot only when the standings change', async () => {
    expect(await snapshots()).toBe(0);
    await current();
    expect(await snapshots()).toBe(1);
    await current();
    await current();
    expect(await snapshots()).toBe(1);

    await report('VHXH', 'THE_CHE_HOAN_THANH', 60);
    await current();
    expect(await snapshots()).toBe(2);
    await current();
    expect(await snapshots()).toBe(2);

    // The same value again: a new report row, but the same standings.
    await report('VHXH', 'THE_CHE_HOAN_THANH', 60);
    await current();
    expect(await bot.core.db.progressReport.count()).toBe(2);
    expect(await snapshots()).toBe(2);

    // A score change that keeps every rank is still a change.
    await report('VHXH', 'THE_CHE_HOAN_THANH', 70);
    await current();
    expect(await snapshots()).toBe(3);

    const last = await bot.core.db.standingsSnapshot.findFirstOrThrow({ orderBy: { id: 'desc' } });
    expect(last.provisional).toBe(true);
    // Only ranked units are kept: a unit that reported nothing has no rank to compare later.
    expect(last.entries).toEqual([{ unitId: unitId('VHXH'), rank: 1, score: 8.75, grade: 'YEU' }]);
  });

  it('change is the rank difference against the previous different standings (▲ positive)', async () => {
    // S1: TPHT 12.5 first, DCXD 6.25 second; the rest reported nothing. No earlier standings: no change.
    await report('TPHT', 'THE_CHE_HOAN_THANH', 100);
    await report('DCXD', 'THE_CHE_HOAN_THANH', 50);
    const s1 = await current();
    expect(table(s1)).toEqual([
      [TPHT, 12.5, 1, null],
      [DCXD, 6.25, 2, null],
    ]);
    // The first standings show no marks at all rather than "new" on every line.
    bot.as('vhxh-1');
    const first = await bot.say('/xephang');
    expect(first).toContain(`1. ${TPHT} — 12,5 điểm — Yếu — đã báo cáo 1/9 tiêu chí`);
    expect(first).toContain(vi('standings-legend-first'));

    // S2: VHXH enters first (ranked for the first time), the others lose a place.
    await report('VHXH', 'THE_CHE_HOAN_THANH', 100);
    await report('VHXH', 'CONG_VU_HOAN_THANH', 100);
    const s2 = await current();
    expect(table(s2)).toEqual([
      [VHXH, 25, 1, null],
      [TPHT, 12.5, 2, -1],
      [DCXD, 6.25, 3, -1],
    ]);

    // Asking again without any change still compares with S1, not with S2 itself.
    expect(table(await current())).toEqual(table(s2));

    // /xephang shows the same marks, and lists the units that reported nothing after, unranked.
    const text = await bot.say('/xephang');
    expect(text).toContain(`1. ${VHXH} — 25 điểm — Yếu — ${vi('standings-change-new')} — đã báo cáo 2/9 tiêu chí`);
    expect(text).toContain(`2. ${TPHT} — 12,5 điểm — Yếu — ▼1 — đã báo cáo 1/9 tiêu chí`);
    expect(text).toContain(`${vi('standings-unreported-title', { count: 3 })}\n• ${MOT_CUA}\n• ${TCKT}\n• ${VPTK}`);
    expect(text).not.toContain(`${VPTK} — 0 điểm`);
    expect(text).toContain(vi('standings-legend'));

    // S3: DCXD catches up with TPHT: both 12.5, tied 2nd (DCXD listed first by name) → DCXD +1, TPHT 0.
    await report('DCXD', 'THE_CHE_HOAN_THANH', 100);
    const s3 = await current();
    expect(table(s3)).toEqual([
      [VHXH, 25, 1, 0],
      [DCXD, 12.5, 2, 1],
      [TPHT, 12.5, 2, 0],
    ]);
    expect(await bot.say('/xephang')).toContain(`2. ${DCXD} — 12,5 điểm — Yếu — ▲1 — đã báo cáo 1/9 tiêu chí`);
  });
});

describe('provisional standings', () => {
  it('are provisional until every unit × criterion has an appraised Score', async () => {
    await report('VHXH', 'THE_CHE_HOAN_THANH', 98.5);
    expect((await current()).provisional).toBe(true);

    // A self-score alone does not end the provisional state (and counts as the unit's points).
    const score = await bot.core.db.score.create({
      data: { campaignId: bot.campaignId, unitId: unitId('VHXH'), criterionId: criterion('THE_CHE_HOAN_THANH').id, selfPoints: 12.5 },
    });
    // Scores written straight to the database, as ScoreService writes them, with its bump.
    await standingsMoved(bot.core.db, bot.campaignId);
    const selfScored = await current();
    expect(selfScored.provisional).toBe(true);
    expect(entry(selfScored, VHXH).score).toBe(12.5);

    await bot.core.db.score.update({ where: { id: score.id }, data: { appraisedPoints: 11, appraisalReason: 'Thiếu minh chứng', appraisedAt: bot.now.value } });
    await standingsMoved(bot.core.db, bot.campaignId);
    const oneAppraised = await current();
    expect(oneAppraised.provisional).toBe(true);
    expect(entry(oneAppraised, VHXH)).toMatchObject({ score: 11, rank: 1 });

    // Every other (unit, criterion) appraised at 0 points: final.
    for (const u of campaign.units) {
      for (const c of campaign.taskAreas.flatMap((a) => a.criteria)) {
        if (u.code === 'VHXH' && c.code === 'THE_CHE_HOAN_THANH') continue;
        await bot.core.db.score.create({ data: { campaignId: bot.campaignId, unitId: u.id, criterionId: c.id, appraisedPoints: 0, appraisedAt: bot.now.value } });
      }
    }
    await standingsMoved(bot.core.db, bot.campaignId);
    const appraised = await current();
    expect(appraised.provisional).toBe(false);
    // Appraised at 0 is a result: every unit is ranked now.
    expect(appraised.unreported).toEqual([]);
    expect(entry(appraised, VHXH)).toMatchObject({ score: 11, rank: 1 });

    bot.as('vhxh-1');
    const text = await bot.say('/xephang');
    expect(text).not.toContain('(Tạm tính theo số liệu các đơn vị báo cáo, chưa thẩm định.)');
    expect(text).toContain(`1. ${VHXH} — 11 điểm — Yếu — `);
  });
});
