import type { Clock } from '../services/shared/clock.js';
import type { Services } from '../services/index.js';
import { closeCampaignsJob } from './close-campaigns.js';
import { reminderJobs } from './reminders.js';
import type { Job } from './scheduler.js';
import { standingsSnapshotJob } from './standings-snapshot.js';

/** Every scheduled job, as main.ts runs them and `npm run jobs` names them. */
export function allJobs(services: Services, clock: Clock): Job[] {
  return [...reminderJobs(services, clock), standingsSnapshotJob(services), closeCampaignsJob(services, clock)];
}
