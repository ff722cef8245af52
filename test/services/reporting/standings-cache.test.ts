import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../../../src/db/client.js';
import { CampaignService, type CampaignView } from '../../../src/services/campaigns/campaigns.js';
import { importCampaign } from '../../../src/services/campaigns/campaign-import.js';
import { demoAccountId } from '../../../src/demo/seed.js';
import type { Actor } from '../../../src/services/campaigns/members.js';
import { ReportService } from '../../../src/services/reporting/reports.js';
import { StandingsService } from '../../../src/services/reporting/standings.js';
import { loadCampaign, startTestBot, type TestBot } from '../../support/core.js';
import { VHXH } from '../../support/kim-phuong.js';

// StandingsService keeps standings in memory against counters in the campaign's row. Whatever
// moves the standings — a report, a self-score, an appraisal, an import, a snapshot — in this
// instance or in another one on the same database, shows at the next read.

let bot: TestBot;
let otherDb: Db;
/** a second instance of the standings, on its own connection to the same database */
let other: StandingsService;
let campaign: CampaignView;

beforeEach(async () => {
  bot = await startTestBot();
  otherDb = await createDb(bot.url);
  const clock = () => bot.now.value;
  other = new StandingsService(otherDb, new CampaignService(otherDb), new ReportService(otherDb, clock), clock);
  campaign = await bot.core.services.campaigns.view(bot.campaignId);
});
afterEach(async () => {
  await otherDb.$disconnect();
  await bot.close();
});

const criterion = (code: string) => campaign.taskAreas.flatMap((a) => a.criteria).find((c) => c.code === code)!;
const vhxhUnit = () => campaign.units.find((u) => u.code === 'VHXH')!.id;

async function actor(code: string): Promise<Actor> {
  const found = await bot.core.services.members.findActor('CONSOLE', demoAccountId(code));
  if (!found) throw new Error(`no console account for ${code}`);
  return found;
}

/** VHXH's head reports through the bot's own services (the other instance's view of things). */
async function report(code: string, value: number): Promise<void> {
  await bot.core.services.reports.saveProgress({
    actor: await actor('vhxh-1'),
    campaignId: bot.campaignId,
    unitId: vhxhUnit(),
    criterionId: criterion(code).id,
    value,
    note: null,
    channel: 'CONSOLE',
  });
}

const vhxh = async () => (await other.current(bot.campaignId)).entries.find((e) => e.unitName === VHXH)!;

describe('standings held in memory', () => {
  it('are the same object while nothing moves, and frozen', async () => {
    await report('THE_CHE_HOAN_THANH', 98.5);
    const first = await other.current(bot.campaignId);
    expect(await other.current(bot.campaignId)).toBe(first);
    const computed = await other.compute(bot.campaignId);
    expect(await other.compute(bot.campaignId)).toBe(computed);
    expect(() => {
      (first.entries[0] as { score: number }).score = 0;
    }).toThrow(TypeError);
    expect((await other.current(bot.campaignId)).entries[0]!.score).toBe(12.31);
  });

  it("follow another instance's report, self-score and appraisal at the next read", async () => {
    await report('THE_CHE_HOAN_THANH', 98.5);
    expect(await vhxh()).toMatchObject({ score: 12.31, rank: 1, change: null });

    await report('THE_CHE_HOAN_THANH', 50);
    expect((await vhxh()).score).toBe(6.25);

    await bot.core.services.scores.selfScore(await actor('vhxh-1'), bot.campaignId, vhxhUnit(), criterion('THE_CHE_HOAN_THANH').id, 10, 'Đã ban hành đủ văn bản');
    expect((await vhxh()).score).toBe(10);
    expect((await other.current(bot.campaignId)).provisional).toBe(true);

    await bot.core.services.scores.appraise(await actor('vptk-1'), bot.campaignId, vhxhUnit(), criterion('THE_CHE_HOAN_THANH').id, { points: 8, reason: 'Thiếu minh chứng' });
    expect((await vhxh()).score).toBe(8);
    // a task area's standings follow too
    const area = criterion('THE_CHE_HOAN_THANH').taskAreaId;
    const inArea = await other.current(bot.campaignId, { taskAreaId: area });
    expect(inArea.entries.find((e) => e.unitName === VHXH)!.score).toBeGreaterThan(0);
  });

  it('follow an import of the campaign file (units renamed, points changed)', async () => {
    await report('THE_CHE_HOAN_THANH', 100);
    expect((await vhxh()).score).toBe(12.5);
    const file = loadCampaign();
    file.units = file.units.map((u) => (u.code === 'VHXH' ? { ...u, name: 'Văn hóa - Thông tin - Xã hội' } : u));
    await importCampaign(bot.core.db, file);
    const renamed = (await other.current(bot.campaignId)).entries.find((e) => e.unitId === vhxhUnit())!;
    expect(renamed.unitName).toBe('Văn hóa - Thông tin - Xã hội');
  });

  it("measure the change from the newest snapshot, also one another instance's job stored", async () => {
    await report('THE_CHE_HOAN_THANH', 100);
    expect((await vhxh()).change).toBeNull();
    // The bot's instance sees the standings move (VHXH falls to 2nd) and stores a snapshot...
    await bot.core.services.reports.saveProgress({
      actor: await actor('vptk-1'),
      campaignId: bot.campaignId,
      unitId: campaign.units.find((u) => u.code === 'VPTK')!.id,
      criterionId: criterion('THE_CHE_HOAN_THANH').id,
      value: 100,
      note: null,
      channel: 'CONSOLE',
    });
    await report('THE_CHE_HOAN_THANH', 10);
    expect(await bot.core.services.standings.snapshot(bot.campaignId)).toBe(true);
    // ...and the other one, asked now, says VHXH lost a place since the standings before.
    expect(await vhxh()).toMatchObject({ rank: 2, change: -1 });
    expect(await vhxh()).toMatchObject({ rank: 2, change: -1 });
  });
});
