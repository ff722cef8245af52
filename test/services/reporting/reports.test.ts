import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CampaignView } from '../../../src/services/campaigns/campaigns.js';
import { offerLatest, rebuildLatest } from '../../../src/services/reporting/latest-reports.js';
import { startTestBot, type TestBot } from '../../support/core.js';

// ReportService.latestValues on SQLite (and PostgreSQL under npm run test:postgres): the latest
// report of each (unit, criterion), found by the database rather than by reading every report.

let bot: TestBot;
let campaign: CampaignView;

beforeEach(async () => {
  bot = await startTestBot({ withReports: false });
  campaign = await bot.core.services.campaigns.view(bot.campaignId);
});
afterEach(() => bot.close());

/**
 * Reports written straight to the table, so that two can share one instant, each offered as its
 * pair's latest as the service does; the table is then rebuilt from the reports, to the same rows.
 */
async function reports(rows: Array<{ unit: number; criterion: number; value: number; at: string }>): Promise<void> {
  const member = (await bot.core.services.members.membersOfOrganization(bot.organizationId))[0]!;
  for (const r of rows) {
    await bot.core.db.$transaction(async (tx) => {
      const report = await tx.progressReport.create({
        data: {
          campaignId: bot.campaignId,
          unitId: campaign.units[r.unit]!.id,
          criterionId: campaign.taskAreas.flatMap((a) => a.criteria)[r.criterion]!.id,
          memberId: member.id,
          value: r.value,
          channel: 'CONSOLE',
          reportedAt: new Date(r.at),
        },
      });
      await offerLatest(tx, report);
    });
  }
  const kept = simple(await bot.core.services.reports.latestValues(bot.campaignId));
  await rebuildLatest(bot.core.db, bot.campaignId);
  expect(simple(await bot.core.services.reports.latestValues(bot.campaignId))).toEqual(kept);
}

const simple = (values: Awaited<ReturnType<TestBot['core']['services']['reports']['latestValues']>>) =>
  values
    .map((v) => ({
      unit: campaign.units.findIndex((u) => u.id === v.unitId),
      criterion: campaign.taskAreas.flatMap((a) => a.criteria).findIndex((c) => c.id === v.criterionId),
      value: v.value,
      at: v.reportedAt.toISOString(),
    }))
    .sort((a, b) => a.unit - b.unit || a.criterion - b.criterion);

describe('ReportService.latestValues', () => {
  it('has nothing for a campaign without reports', async () => {
    expect(await bot.core.services.reports.latestValues(bot.campaignId)).toEqual([]);
  });

  it('keeps the latest report of each unit and criterion, whatever order they were written in', async () => {
    await reports([
      { unit: 0, criterion: 0, value: 70, at: '2025-03-01T02:00:00Z' },
      { unit: 0, criterion: 0, value: 90, at: '2025-06-01T02:00:00Z' },
      { unit: 0, criterion: 0, value: 80, at: '2025-04-01T02:00:00Z' },
      { unit: 0, criterion: 1, value: 55, at: '2025-02-01T02:00:00Z' },
      { unit: 1, criterion: 0, value: 98.5, at: '2025-05-01T02:00:00Z' },
      { unit: 1, criterion: 0, value: 60, at: '2025-01-01T02:00:00Z' },
    ]);
    expect(simple(await bot.core.services.reports.latestValues(bot.campaignId))).toEqual([
      { unit: 0, criterion: 0, value: 90, at: '2025-06-01T02:00:00.000Z' },
      { unit: 0, criterion: 1, value: 55, at: '2025-02-01T02:00:00.000Z' },
      { unit: 1, criterion: 0, value: 98.5, at: '2025-05-01T02:00:00.000Z' },
    ]);
    expect(simple(await bot.core.services.reports.latestValues(bot.campaignId, campaign.units[1]!.id))).toEqual([
      { unit: 1, criterion: 0, value: 98.5, at: '2025-05-01T02:00:00.000Z' },
    ]);
  });

  it('takes the one written last when two reports share the same instant', async () => {
    await reports([
      { unit: 2, criterion: 3, value: 40, at: '2025-07-01T02:00:00Z' },
      { unit: 2, criterion: 3, value: 45, at: '2025-07-01T02:00:00Z' },
    ]);
    expect(simple(await bot.core.services.reports.latestValues(bot.campaignId)).map((v) => v.value)).toEqual([45]);
  });

  it('agrees with latestValue for every pair', async () => {
    await reports(Array.from({ length: 60 }, (_, k) => ({ unit: k % 6, criterion: k % 9, value: k, at: new Date(Date.UTC(2025, 1, 1 + ((k * 7) % 50))).toISOString() })));
    for (const v of await bot.core.services.reports.latestValues(bot.campaignId)) {
      const one = await bot.core.services.reports.latestValue(bot.campaignId, v.unitId, v.criterionId);
      expect(one).toEqual(v);
    }
  });
});
