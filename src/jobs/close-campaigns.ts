import type { Clock } from '../services/shared/clock.js';
import type { Services } from '../services/index.js';
import type { Job } from './scheduler.js';

/**
 * Closes each running campaign once its closing day is over (domain/closing.ts): the standings as they
 * stand are recorded first (a snapshot is stored when they changed since the last one, so the
 * newest snapshot is the final standings), then the campaign is CLOSED with the time. Reminders
 * stop with it (they follow running campaigns); reports and self-scores from then on are late.
 * Runs hourly so a bot that was down at midnight still closes on time; a second run, or a
 * second instance, finds nothing left to close.
 */
export function closeCampaignsJob(services: Pick<Services, 'campaigns' | 'standings'>, clock: Clock): Job {
  return {
    name: 'close-campaigns',
    cron: '5 * * * *',
    descriptionKey: 'job-close-campaigns',
    async run() {
      const now = clock();
      const closed: number[] = [];
      for (const campaignId of await services.campaigns.dueToClose(now)) {
        await services.standings.snapshot(campaignId);
        if (await services.campaigns.markClosed(campaignId, now)) closed.push(campaignId);
      }
      return { closed };
    },
  };
}
