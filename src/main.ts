import { createCore } from './app.js';
import { telegramChannel } from './channels/telegram/index.js';
import { ConfigError, loadConfig, loadDotEnv } from './config.js';
import { I18n } from './i18n/i18n.js';
import { createOutboxSender } from './jobs/outbox-sender.js';
import { createScheduler } from './jobs/scheduler.js';
import { standingsSnapshotJob } from './jobs/standings-snapshot.js';

// npm start: config → database → services → channels → jobs, and one shutdown path in reverse.

/** Something that runs until stopped: a channel or a job scheduler. */
export interface Runnable {
  name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}

async function main(): Promise<void> {
  loadDotEnv();
  const config = loadConfig();
  // Without a channel there is nothing to run: say so before touching the database.
  if (!config.telegram) {
    console.error(new I18n().t(config.defaultLocale, 'main-no-channel'));
    process.exitCode = 1;
    return;
  }
  const core = await createCore(config);
  const telegram = telegramChannel(core, config.telegram, config.http);
  const sender = createOutboxSender({
    outbox: core.services.outbox,
    deliverers: { TELEGRAM: telegram.deliver },
    i18n: core.i18n,
    logger: core.logger,
    clock: core.clock,
    ratePerSecond: config.outbox.ratePerSecond,
  });
  // The sender and the jobs after the channels they post through, so they stop before them.
  const runnables: Runnable[] = [telegram, sender, createScheduler([standingsSnapshotJob(core.services)], core.logger)];
  const started: Runnable[] = [];
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    core.logger.info({ signal }, 'shutting down');
    for (const r of started.reverse()) await r.stop().catch((err: unknown) => core.logger.error({ err, runnable: r.name }, 'stop failed'));
    await core.close();
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  for (const r of runnables) {
    await r.start();
    started.push(r);
    core.logger.info({ runnable: r.name }, 'started');
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exitCode = 1;
});
