import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../../../src/db/client.js';
import { CampaignService } from '../../../src/services/campaigns/campaigns.js';
import { importCampaign } from '../../../src/services/campaigns/campaign-import.js';
import { loadCampaign, startTestBot, type TestBot } from '../../support/core.js';

// CampaignService.view keeps views in memory. An import, by this instance or another one on the
// same database, must show at the next read; and a view held for others cannot be changed.

let bot: TestBot;
let otherDb: Db;
/** a second instance of the service, on its own connection to the same database */
let other: CampaignService;

beforeEach(async () => {
  bot = await startTestBot();
  otherDb = await createDb(bot.url);
  other = new CampaignService(otherDb);
});
afterEach(async () => {
  await otherDb.$disconnect();
  await bot.close();
});

describe('CampaignService.view', () => {
  it('gives the same view again while the campaign stands still', async () => {
    const first = await other.view(bot.campaignId);
    expect(await other.view(bot.campaignId)).toBe(first);
    expect(first.units.map((u) => u.code)).toEqual(['VPTK', 'VHXH', 'DCXD', 'TCKT', 'TPHT', 'MOT_CUA']);
  });

  it('shows a re-imported file at the next read, also in the instance that did not import it', async () => {
    const before = await other.view(bot.campaignId);
    const file = loadCampaign();
    file.units = file.units.map((u) => (u.code === 'VHXH' ? { ...u, name: 'Văn hóa - Thông tin - Xã hội' } : u)).filter((u) => u.code !== 'TPHT');
    file.task_areas[0]!.criteria[0]!.points += 1;
    await importCampaign(bot.core.db, file);

    const after = await other.view(bot.campaignId);
    expect(after).not.toBe(before);
    expect(after.units.map((u) => u.name)).toContain('Văn hóa - Thông tin - Xã hội');
    expect(after.units.map((u) => u.code)).not.toContain('TPHT');
    expect(after.taskAreas[0]!.criteria[0]!.maxPoints).toBe(before.taskAreas[0]!.criteria[0]!.maxPoints + 1);
    // and the view the importing instance serves is the new one too
    expect(await bot.core.services.campaigns.view(bot.campaignId)).toEqual(after);
  });

  it("reloads when another campaign of the same organization changes the organization's units", async () => {
    const before = await other.view(bot.campaignId);
    const next = loadCampaign();
    next.campaign.code = 'kim-phuong-2026';
    next.units = [...next.units, { code: 'TDP1', name: 'Tổ dân phố số 1' }];
    await importCampaign(bot.core.db, next);
    const after = await other.view(bot.campaignId);
    expect(after.units.length).toBe(before.units.length + 1);
    expect(after.units.at(-1)!.name).toBe('Tổ dân phố số 1');
  });

  it('is frozen: a caller changing it fails instead of changing what others read', async () => {
    const view = await other.view(bot.campaignId);
    expect(() => view.units.push({ id: 0, code: 'X', name: 'X' })).toThrow(TypeError);
    expect(() => {
      (view.taskAreas[0]!.criteria[0] as { maxPoints: number }).maxPoints = 0;
    }).toThrow(TypeError);
    expect((await other.view(bot.campaignId)).taskAreas[0]!.criteria[0]!.maxPoints).toBeGreaterThan(0);
  });

  it('still says so when the campaign does not exist', async () => {
    await expect(other.view(999_999)).rejects.toThrow();
  });
});
