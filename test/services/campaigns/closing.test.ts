import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { shiftCampaignDates } from '../../../src/campaign-file/shift-dates.js';
import { closeCampaignsJob } from '../../../src/jobs/close-campaigns.js';
import { importCampaign } from '../../../src/services/campaigns/campaign-import.js';
import type { Actor } from '../../../src/services/campaigns/members.js';
import { demoAccountId } from '../../../src/demo/seed.js';
import { loadCampaign, startTestBot, type TestBot } from '../../support/core.js';

// Closing: Kim Phượng's period ends 31/12/2025 (no closing day in the plan). From 00:00
// on 01/01/2026 in Vietnam the campaign is over: the job closes it, reports and self-scores are
// late and count only once the secretariat accepts them, reminders stop.

let bot: TestBot;
beforeEach(async () => {
  bot = await startTestBot();
});
afterEach(() => bot.close());

const LAST_EVENING = new Date('2025-12-31T16:00:00Z'); // 23:00 on 31/12 in Vietnam
const NEW_YEAR_MORNING = new Date('2026-01-01T01:00:00Z'); // 08:00 on 01/01
const t = (key: string, args?: Record<string, string | number>) => bot.core.i18n.t('vi', key, args);
const job = () => closeCampaignsJob(bot.core.services, () => bot.now.value);
const campaignRow = () => bot.core.db.campaign.findUniqueOrThrow({ where: { id: bot.campaignId } });

async function actor(code: string): Promise<Actor> {
  return (await bot.core.services.members.findActor('CONSOLE', demoAccountId(code)))!;
}
async function ids(unitCode: string, criterionCode: string) {
  const unit = await bot.core.db.unit.findFirstOrThrow({ where: { organizationId: bot.organizationId, code: unitCode } });
  const criterion = await bot.core.db.criterion.findFirstOrThrow({ where: { campaignId: bot.campaignId, code: criterionCode } });
  return { unitId: unit.id, criterionId: criterion.id };
}
async function scoreOf(unitName: string): Promise<number | undefined> {
  return (await bot.core.services.standings.current(bot.campaignId)).entries.find((e) => e.unitName === unitName)?.score;
}
/** /baocao by the head of Văn hóa - Xã hội: the first task area (one criterion), 100 %, no note, no file. */
async function reportAsVhxh(): Promise<string> {
  bot.as('vhxh-1');
  await bot.say('/baocao');
  for (const answer of ['1', '100', '1', '1']) await bot.say(answer);
  return bot.say('1');
}

describe('closing the period', () => {
  it('closes by itself after its last day, records the final standings, and a second run closes nothing', async () => {
    bot.now.value = LAST_EVENING;
    expect(await job().run()).toEqual({ closed: [] });
    bot.now.value = NEW_YEAR_MORNING;
    const snapshots = await bot.core.db.standingsSnapshot.count({ where: { campaignId: bot.campaignId } });
    expect(await job().run()).toEqual({ closed: [bot.campaignId] });
    expect(await campaignRow()).toMatchObject({ status: 'CLOSED', closedAt: NEW_YEAR_MORNING });
    expect(await bot.core.db.standingsSnapshot.count({ where: { campaignId: bot.campaignId } })).toBe(snapshots + 1);
    expect(await job().run()).toEqual({ closed: [] });

    // the campaign is still the organization's: /chiendich says it has closed, and when
    bot.as('vptk-1');
    expect(await bot.say('/chiendich')).toContain(t('campaign-closed', { date: '31/12/2025', office: 'Bộ phận Văn phòng - Thống kê' }));
  });

  it('sends no reminders once closed, also before the job has marked it', async () => {
    const monday = new Date('2026-01-05T01:10:00Z'); // 08:10 on Monday 05/01/2026
    expect(await bot.core.services.reminders.checkin(monday)).toMatchObject({ campaigns: 0, created: 0 });
    expect(await bot.core.services.reminders.weeklyDigest(new Date('2026-01-02T09:00:00Z'))).toMatchObject({ campaigns: 0 });
    // the same Monday a year earlier, inside the period, the check-in goes out
    expect((await bot.core.services.reminders.checkin(new Date('2025-11-24T01:10:00Z'))).campaigns).toBe(1);
  });

  it('a report after closing is late, waits, and counts once the secretariat accepts it; a rejected one never does', async () => {
    bot.now.value = NEW_YEAR_MORNING;
    await job().run();
    expect(await reportAsVhxh()).toContain(t('report-saved-late', { date: '31/12/2025', office: 'Bộ phận Văn phòng - Thống kê' }));
    expect(await bot.core.db.progressReport.findFirstOrThrow({ where: { campaignId: bot.campaignId } })).toMatchObject({ late: true, acceptedAt: null });
    expect(await scoreOf('Văn hóa - Xã hội')).toBeUndefined(); // nothing that counts: not ranked

    bot.as('vptk-1');
    const start = await bot.say('/thamdinh');
    expect(start).toContain(t('appraise-late-option', { count: 1 }));
    const list = await bot.say('1');
    expect(list).toContain(t('appraise-late-title', { date: '31/12/2025', count: 1 }));
    expect(list).toContain('Báo cáo · Văn hóa - Xã hội · Mức độ hoàn thành nhiệm vụ cải cách thể chế: 100% (01/01/2026)');
    await bot.say('1');
    const accepted = await bot.say('1');
    expect(accepted).toContain('Đã chấp nhận: Báo cáo · Văn hóa - Xã hội');
    expect(accepted).toContain(t('appraise-late-none'));
    expect(await scoreOf('Văn hóa - Xã hội')).toBe(12.5);

    // a second late report, rejected: the accepted one still counts
    bot.now.value = new Date('2026-01-02T02:00:00Z');
    bot.as('vhxh-1');
    await bot.say('/baocao');
    for (const answer of ['1', '40', '1', '1']) await bot.say(answer);
    await bot.say('1');
    const { unitId } = await ids('VHXH', 'THE_CHE_HOAN_THANH');
    const [late] = await bot.core.services.reports.lateReports(bot.campaignId);
    await bot.core.services.reports.decideLate(await actor('vptk-1'), bot.campaignId, late!.id, false);
    expect(await bot.core.services.reports.lateReports(bot.campaignId)).toEqual([]);
    expect((await bot.core.services.reports.latestValues(bot.campaignId, unitId)).map((v) => v.value)).toEqual([100]);
    // decided once: a second decision is refused, and a head may not decide at all
    await expect(bot.core.services.reports.decideLate(await actor('vptk-1'), bot.campaignId, late!.id, true)).rejects.toThrow('late-already-decided');
    await expect(bot.core.services.reports.decideLate(await actor('vhxh-1'), bot.campaignId, late!.id, true)).rejects.toThrow('late-forbidden');
  });

  it('a self-score after closing is late; one given on time stands and cannot be replaced', async () => {
    const scores = bot.core.services.scores;
    const head = await actor('vhxh-1');
    const onTime = await ids('VHXH', 'THE_CHE_HOAN_THANH');
    const later = await ids('VHXH', 'CONG_VU_HOAN_THANH');
    expect(await scores.selfScore(head, bot.campaignId, onTime.unitId, onTime.criterionId, 10, 'Đã ban hành đủ văn bản')).toEqual({ late: false });
    bot.now.value = NEW_YEAR_MORNING;
    await expect(scores.selfScore(head, bot.campaignId, onTime.unitId, onTime.criterionId, 12.5, 'Bổ sung')).rejects.toThrow('score-closed-kept');
    expect(await scores.selfScore(head, bot.campaignId, later.unitId, later.criterionId, 12.5, 'Tổng kết năm')).toEqual({ late: true });
    const before = await scoreOf('Văn hóa - Xã hội');
    const [waiting] = await scores.lateSelfScores(bot.campaignId);
    expect(waiting).toMatchObject({ unitId: later.unitId, criterionId: later.criterionId, points: 12.5 });
    await scores.decideLateSelfScore(await actor('vptk-1'), bot.campaignId, waiting!.id, true);
    expect(await scoreOf('Văn hóa - Xã hội')).toBe(before! + 12.5);
    expect(await scores.lateSelfScores(bot.campaignId)).toEqual([]);
  });

  it('a re-import keeps a closed campaign closed; a later closing day in the file opens it again', async () => {
    bot.now.value = NEW_YEAR_MORNING;
    await job().run();
    const file = loadCampaign();
    await importCampaign(bot.core.db, file);
    expect(await campaignRow()).toMatchObject({ status: 'CLOSED', closedAt: NEW_YEAR_MORNING });
    const extended = { ...file, campaign: { ...file.campaign, closes_on: new Date('2026-01-14T17:00:00Z') } }; // 15/01/2026
    await importCampaign(bot.core.db, extended);
    expect(await campaignRow()).toMatchObject({ status: 'ACTIVE', closedAt: null });
    expect(await job().run()).toEqual({ closed: [] });
    // the demo moves the closing day with the period, so a placed demo is not closed at once
    expect(shiftCampaignDates(extended, { years: 1, days: 0 }).campaign.closes_on).toEqual(new Date('2027-01-14T17:00:00Z'));
  });
});
