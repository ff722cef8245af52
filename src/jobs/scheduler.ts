import { createTask, type ScheduledTask } from 'node-cron';
import type { Logger } from 'pino';
import { TIME_ZONE } from '../domain/dates.js';
import type { Runnable } from '../lifecycle.js';
import type { JobLeaseService } from '../services/shared/job-leases.js';

export interface Job {
  name: string;
  /** a cron expression read in Asia/Ho_Chi_Minh */
  cron: string;
  /** what it does, for operators (`npm run jobs -- list`) */
  descriptionKey: string;
  run(): Promise<unknown>;
}

export interface SchedulerOptions {
  /**
   * Asked before each run: false when another instance of the bot has this run (see
   * JobLeaseService). Without it every run goes ahead.
   */
  claim?: (job: Job) => Promise<boolean>;
}

/** Several instances on one database: the first to take the job's lease runs it, the others skip. */
export function leaseClaim(leases: Pick<JobLeaseService, 'tryAcquire'>, holder: string, ttlMs: number): (job: Job) => Promise<boolean> {
  return (job) => leases.tryAcquire(job.name, holder, ttlMs);
}

/**
 * The cron side of the app: every job on its schedule in Vietnam's time zone, never two runs of
 * one job at once (nor across instances, with `claim`), a failing run logged and the next one
 * still held.
 */
export function createScheduler(jobs: readonly Job[], logger: Logger, options: SchedulerOptions = {}): Runnable & { nextRuns(): Map<string, Date | null> } {
  const tasks = new Map<string, ScheduledTask>();
  for (const job of jobs) {
    const task = createTask(
      job.cron,
      async () => {
        try {
          if (options.claim && !(await options.claim(job))) {
            logger.debug({ job: job.name }, 'job run by another instance');
            return;
          }
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
