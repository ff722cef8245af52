import type { Services } from '../services/index.js';
import type { Job } from './scheduler.js';

/**
 * Records each running campaign's standings at the end of the working day, so /xephang shows a
 * day-to-day trend even on days nobody asked for it. Unchanged standings store nothing.
 */
export function standingsSnapshotJob(services: Pick<Services, 'campaigns' | 'standings'>): Job {
  return {
    name: 'standings-snapshot',
    cron: '0 17 * * *',
    descriptionKey: 'job-standings-snapshot',
    async run() {
      const recorded: number[] = [];
      for (const campaignId of await services.campaigns.activeCampaignIds()) {
        if (await services.standings.snapshot(campaignId)) recorded.push(campaignId);
      }
      return { recorded };
    },
  };
}
