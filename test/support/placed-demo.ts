import { shiftCampaignDates, shiftForToday } from '../../src/campaign-file/shift-dates.js';
import { loadCampaign } from './core.js';

/**
 * The Kim Phượng campaign's title as a fresh `npm run demo` shows it on `now`: the demo places the
 * campaign around today, and the plan's year in the title moves with it (src/campaign-file/shift-dates.ts).
 */
export function placedDemoTitle(now = new Date()): string {
  const file = loadCampaign();
  return shiftCampaignDates(file, shiftForToday(file, now)).campaign.title;
}
