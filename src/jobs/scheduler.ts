import { createTask, type ScheduledTask } from 'node-cron';
import type { Logger } from 'pino';
import { TIME_ZONE } from '../domain/dates.js';
import type { Runnable } from '../main.js';

export interface Job {
  name: string;
  /** a cron expression read in Asia/Ho_Chi_Minh */
  cron: string;
  run(): Promise<unknown>;
}

/**
 * The cron side of the app: every job on its schedule in Vietnam's time zone, never two runs of
 * one job at once, a failing run logged and the next one still held.
 */
export function createScheduler(jobs: readonly Job[], logger: Logger): Runnable & { nextRuns(): Map<string, Date | null> } {
  const tasks = new Map<string, ScheduledTask>();
  for (const job of jobs) {
    const task = createTask(
      job.cron,
      async () => {
        try {
          const result = await job.run();
          logger.info({ job: job.name, result }, 'job done');
        } catch (err) {
          logger.error({ err, job: job.name }, 'job failed');
        }
      },
      { timezone: TIME_ZONE, name: job.name, noOverlap: true },
    );
    tasks.set(job.name, task);
  }
  return {
    name: 'scheduler',
    async start() {
      for (const task of tasks.values()) await task.start();
    },
    async stop() {
      for (const task of tasks.values()) await task.stop();
    },
    nextRuns: () => new Map([...tasks].map(([name, task]) => [name, task.getNextRun()])),
  };
}
