import type { Clock } from '../services/shared/clock.js';
import type { Services } from '../services/index.js';
import type { Job } from './scheduler.js';

/**
 * The reminder jobs. Each only asks ReminderService to queue what is due at the
 * clock's time; campaigns' own schedules (the check-in cron, working hours) are applied there, so
 * the check-in job polls often enough to catch any campaign's cron within minutes.
 */
export function reminderJobs(services: Pick<Services, 'reminders'>, clock: Clock): Job[] {
  const { reminders } = services;
  return [
    { name: 'checkin', cron: '*/15 * * * *', descriptionKey: 'job-checkin', run: () => reminders.checkin(clock()) },
    { name: 'deadline-nudges', cron: '0 8 * * *', descriptionKey: 'job-deadline-nudges', run: () => reminders.deadlineNudges(clock()) },
    { name: 'overdue', cron: '30 8 * * *', descriptionKey: 'job-overdue', run: () => reminders.overdue(clock()) },
    { name: 'weekly-digest', cron: '0 16 * * 5', descriptionKey: 'job-weekly-digest', run: () => reminders.weeklyDigest(clock()) },
  ];
}
