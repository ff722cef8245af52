import { afterEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/services/campaigns/members.js';
import { demoAccountId } from '../../src/demo/seed.js';
import { startTestBot, type TestBot } from '../support/core.js';

// Values the plan never stated show as defaults in /chiendich and /nhiemvu; An
// Hải's ward-wide targets (III.1.2–1.5) are reported once, by the unit holding them, and the other
// units are neither asked nor scored on them.

let bot: TestBot;
afterEach(() => bot.close());

const t = (key: string, args?: Record<string, string | number>) => bot.core.i18n.t('vi', key, args);
const marked = (value: string) => t('value-default', { value });
const DUNG_HAN = 'Tỷ lệ hồ sơ TTHC giải quyết đúng hạn';
const SANG_KIEN = 'Số sáng kiến, giải pháp, cách làm mới về CCHC được đề xuất';

async function actor(code: string): Promise<Actor> {
  return (await bot.core.services.members.findActor('CONSOLE', demoAccountId(code)))!;
}
async function ids(unitCode: string, criterionCode: string) {
  const unit = await bot.core.db.unit.findFirstOrThrow({ where: { organizationId: bot.organizationId, code: unitCode } });
  const criterion = await bot.core.db.criterion.findFirstOrThrow({ where: { campaignId: bot.campaignId, code: criterionCode } });
  return { unitId: unit.id, criterionId: criterion.id };
}
async function report(headCode: string, unitCode: string, criterionCode: string, value: number) {
  const { unitId, criterionId } = await ids(unitCode, criterionCode);
  return bot.core.services.reports.saveProgress({ actor: await actor(headCode), campaignId: bot.campaignId, unitId, criterionId, value, note: null, channel: 'CONSOLE' });
}

describe('defaults shown as defaults', () => {
  it("Kim Phượng /chiendich: the plan's dossier deadline and period plain, the file's own dates, council and grades marked", async () => {
    bot = await startTestBot();
    bot.as('vptk-1');
    const summary = await bot.say('/chiendich');
    expect(summary).toMatch(/• Nộp hồ sơ xét khen thưởng về UBND xã: 05\/12\/2025 \(/);
    expect(summary).toContain(`• ${marked('Các bộ phận tự chấm điểm kết quả CCHC')}: 28/11/2025`);
    expect(summary).toContain(`• ${marked('Hội đồng Thi đua - Khen thưởng bình xét')}: 15/12/2025`);
    // "năm 2025" in the plan's title states the end of the period
    expect(summary).toContain(t('campaign-period', { from: '18/02/2025', to: '31/12/2025' }));
    expect(summary).toContain(marked(t('campaign-council', { quorum: '66,67%', threshold: '70%' })));
    expect(summary).toContain('Tốt từ 80 điểm');
    // the plan's quota (III.1: «01 Tập thể, 01 cá nhân») is not a default
    expect(summary).not.toContain(marked('• Tập thể'));

    const tasks = await bot.say('/nhiemvu');
    expect(tasks).toContain(t('tasks-targets-points-default'));
    expect(tasks).toContain(`• ${marked('Các bộ phận tự chấm điểm kết quả CCHC')}: 28/11/2025`);
  });
});

describe("An Hải's ward-wide targets", () => {
  it('are asked of their holder only; /nhiemvu and /baocao show each unit its own criteria', async () => {
    bot = await startTestBot({ campaign: 'campaigns/an-hai-2025.yaml' });
    bot.as('vhxh-tp');
    const mine = await bot.say('/nhiemvu');
    expect(mine).not.toContain(DUNG_HAN);
    expect(mine).toContain(SANG_KIEN);
    expect(mine).toContain(t('tasks-points-default'));
    // the target 1 is the file's, not the plan's
    expect(mine).toContain(marked(t('target-at-least', { value: '1 sáng kiến' })));
    const areas = await bot.say('/baocao');
    expect(areas).not.toContain('Công bố, công khai và giải quyết thủ tục hành chính');
    expect(areas).toContain('Đổi mới, sáng kiến trong giải quyết thủ tục hành chính');
    await bot.say('/huy');

    bot.as('tthcc-gd');
    const holder = await bot.say('/nhiemvu');
    expect(holder).toContain(DUNG_HAN);
    expect(holder).toContain(t('tasks-criterion-held', { unit: 'Trung tâm Phục vụ hành chính công' }));
  });

  it('refuses a report from another unit, and scores each unit over the criteria it is scored on', async () => {
    bot = await startTestBot({ campaign: 'campaigns/an-hai-2025.yaml' });
    await expect(report('vhxh-cv', 'VHXH', 'DUNG_HAN', 98)).rejects.toThrow('report-criterion-held');
    await report('tthcc-gd', 'TTHCC', 'DUNG_HAN', 98);
    await report('vhxh-tp', 'VHXH', 'SANG_KIEN', 1);
    const standings = await bot.core.services.standings.current(bot.campaignId);
    const entry = (name: string) => standings.entries.find((e) => e.unitName === name)!;
    // VHXH: 5 of its 15 points (Sáng kiến 5 + Chính quyền số 10) → 33.33 of 100
    expect(entry('Phòng Văn hóa - Xã hội')).toMatchObject({ score: 33.33, criteria: 2, reportedCriteria: 1 });
    // TTHCC: 15 of its 95 points (its 8 ward-wide targets, 80 points, and the two every unit has)
    expect(entry('Trung tâm Phục vụ hành chính công')).toMatchObject({ score: 15.79, criteria: 10 });
    // a self-score on another unit's target is refused too
    const { unitId, criterionId } = await ids('VHXH', 'HAI_LONG');
    await expect(bot.core.services.scores.selfScore(await actor('vhxh-cv'), bot.campaignId, unitId, criterionId, 5, 'x')).rejects.toThrow('score-criterion-held');
  });
});
