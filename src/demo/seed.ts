import type { Db } from '../db/client.js';
import { daysUntil } from '../domain/dates.js';
import type { CampaignFile } from '../campaign-file/schema.js';
import { shiftCampaignDates, shiftForToday, shiftToStart } from '../campaign-file/shift-dates.js';
import { importCampaign } from '../services/campaigns/campaign-import.js';
import { criteriaFor } from '../services/campaigns/campaigns.js';
import type { Services } from '../services/index.js';

/** Console account of a member declared in a campaign file: the demo's identities. */
export const demoAccountId = (memberCode: string) => `demo-${memberCode}`;

/**
 * Loads a campaign for the demo: imports the file (idempotent), gives every declared member a
 * console account, and — on the first run only — has each unit head report on some criteria so
 * the standings have something to show. Returns the organization and the secretariat's account.
 * With `today`, the campaign's dates are placed so that it is under way on that day (see
 * placeCampaign); without, they stay as the file has them.
 */
export async function seedDemo(
  db: Db,
  services: Services,
  file: CampaignFile,
  options: { reports?: boolean; today?: Date } = {},
): Promise<{ organizationId: number; campaignId: number; startAs: string | null }> {
  await importCampaign(db, options.today ? await placeCampaign(services, file, options.today) : file);
  const campaignId = await services.campaigns.campaignIdByCode(file.campaign.code);
  if (campaignId === null) throw new Error(`campaign ${file.campaign.code} was not imported`);
  const campaign = await services.campaigns.view(campaignId);
  const members = await services.members.membersOfOrganization(campaign.organizationId);
  for (const m of members) if (m.code) await services.members.linkAccount(m.id, 'CONSOLE', demoAccountId(m.code), m.fullName);

  if (options.reports !== false && (await services.campaigns.activity(campaignId)).reports === 0) {
    for (const [i, unit] of campaign.units.entries()) {
      const head = members.find((m) => m.unitId === unit.id && m.roles.includes('HEAD') && m.code);
      if (!head?.code) continue;
      const actor = await services.members.findActor('CONSOLE', demoAccountId(head.code));
      if (!actor) continue;
      // a commune-wide target is reported by its holder only
      for (const [j, c] of criteriaFor(campaign, unit.id).entries()) {
        // A deterministic spread of values, leaving some criteria unreported.
        if ((i * 2 + j) % 5 === 4 || c.target === null) continue;
        const share = 0.8 + ((i * 7 + j * 3) % 21) / 100;
        const raw = c.direction === 'LOWER_IS_BETTER' ? c.target / share : c.target * share;
        const value = Math.round(Math.min(c.maxValue ?? Infinity, Math.max(c.minValue, raw)) * 10) / 10;
        await services.reports.saveProgress({ actor, campaignId, unitId: unit.id, criterionId: c.id, value, note: null, channel: 'CONSOLE' });
      }
    }
  }
  const admin = members.find((m) => m.roles.includes('ADMIN') && m.code);
  return { organizationId: campaign.organizationId, campaignId, startAs: admin?.code ? demoAccountId(admin.code) : null };
}

/**
 * The file with its dates moved so the campaign is under way `today`. A demo database placed on an
 * earlier run keeps its dates while today is still in its period, so reports and deadlines do not
 * move under the person trying it; one whose period is over (or made before placing existed) is
 * placed afresh.
 */
async function placeCampaign(services: Services, file: CampaignFile, today: Date): Promise<CampaignFile> {
  const id = await services.campaigns.campaignIdByCode(file.campaign.code);
  const stored = id === null ? null : await services.campaigns.view(id);
  const under = stored !== null && stored.startsOn.getTime() <= today.getTime() && daysUntil(stored.endsOn, today) >= 0;
  return shiftCampaignDates(file, under ? shiftToStart(file, stored.startsOn) : shiftForToday(file, today));
}
