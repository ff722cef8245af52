import { createCore } from './app.js';
import { ConfigError, loadConfig, loadDotEnv } from './config.js';
import { createHttpServer } from './http/server.js';
import { I18n } from './i18n/i18n.js';
import { allJobs } from './jobs/index.js';
import { createOutboxSender } from './jobs/outbox-sender.js';
import { createScheduler, leaseClaim } from './jobs/scheduler.js';

// npm start: config → database → services → channels → jobs, and one shutdown path in reverse.

/** Longer than clocks of two instances differ, shorter than the most frequent job's period. */
const JOB_LEASE_MS = 5 * 60_000;

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
  if (!config.telegram && !config.zalo) {
    console.error(new I18n().t(config.defaultLocale, 'main-no-channel'));
    process.exitCode = 1;
    return;
  }
  const core = await createCore(config);
  // One HTTP server for whatever listens (webhooks, Zalo's chart pictures), only when something does.
  const listens = config.telegram?.webhookUrl || config.zalo?.webhookUrl || (config.zalo && config.publicBaseUrl);
  const server = listens ? createHttpServer({ ...config.http, logger: core.logger }) : null;
  // A channel's code (grammY, axios) is loaded only when that channel is configured.
  const telegram = config.telegram ? (await import('./channels/telegram/index.js')).telegramChannel(core, config.telegram, server) : null;
  const zalo = config.zalo ? (await import('./channels/zalo/index.js')).zaloChannel(core, config.zalo, { server, publicBaseUrl: config.publicBaseUrl }) : null;
  const sender = createOutboxSender({
    outbox: core.services.outbox,
    deliverers: { ...(telegram ? { TELEGRAM: telegram.deliver } : {}), ...(zalo ? { ZALO: zalo.deliver } : {}) },
    i18n: core.i18n,
    logger: core.logger,
    clock: core.clock,
    ratePerSecond: config.outbox.ratePerSecond,
  });
  // With several instances on one database, each run happens on one of them.
  const scheduler = createScheduler(allJobs(core.services, core.clock), core.logger, { claim: leaseClaim(core.services.jobLeases, sender.workerId, JOB_LEASE_MS) });
  // The server before the channels that route through it, the sender and the jobs after the
  // channels they post through: each stops after what depends on it.
  const runnables: Runnable[] = [server, telegram, zalo, sender, scheduler].filter((r) => r !== null);
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
    try {
      await r.start();
    } catch (error) {
      // A part that cannot start (a refused token, a port in use) takes the others down cleanly.
      await shutdown('start failed');
      throw error;
    }
    started.push(r);
    core.logger.info({ runnable: r.name }, 'started');
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exitCode = 1;
});
