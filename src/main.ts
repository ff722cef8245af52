import type { Logger } from 'pino';
import { createCore } from './app.js';
import { loadConfig, loadDotEnv, type Config } from './config.js';
import { createHttpServer } from './http/server.js';
import { allJobs } from './jobs/index.js';
import { createOutboxSender } from './services/messaging/outbox-sender.js';
import { createScheduler, leaseClaim } from './jobs/scheduler.js';
import { reportStartupFailure, startupError } from './startup.js';

// npm start: config → database → services → channels → jobs, and one shutdown path in reverse.

/** Longer than clocks of two instances differ, shorter than the most frequent job's period. */
const JOB_LEASE_MS = 5 * 60_000;
/**
 * How long a stop may wait for a part that was still starting: a Bot API that does not answer keeps
 * grammY retrying getMe, and the process must still end when a supervisor says so.
 */
const STOP_GRACE_MS = 5_000;

/** Something that runs until stopped: a channel or a job scheduler. */
export interface Runnable {
  name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Once the core runs, start-up failures go to its log (at its level) too. */
let logger: Logger | undefined;

async function main(): Promise<void> {
  loadDotEnv();
  const config = loadConfig();
  // Without a channel there is nothing to run: say so before touching the database.
  if (!config.telegram && !config.zalo) throw startupError('main-no-channel');
  const core = await createCore(config);
  logger = core.logger;
  // One HTTP server for whatever listens (webhooks, Zalo's chart pictures), only when something does.
  const listens = config.telegram?.webhookUrl || config.zalo?.webhookUrl || (config.zalo && config.publicBaseUrl);
  const server = listens ? createHttpServer({ ...config.http, logger: core.logger }) : null;
  // A channel's code (grammY, axios) is loaded only when that channel is configured.
  const telegram = config.telegram ? (await import('./channels/telegram/index.js')).telegramChannel(core, config.telegram, server) : null;
  // Zalo refusing its token after start ends the run with exit code 1, so that a supervisor notices.
  const onFatal = (message: string) => {
    console.error(message);
    process.exitCode = 1;
    void shutdown('zalo token refused');
  };
  const zalo = config.zalo ? (await import('./channels/zalo/index.js')).zaloChannel(core, config.zalo, { server, publicBaseUrl: config.publicBaseUrl, onFatal }) : null;
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
  let starting: Runnable | null = null;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    core.logger.info({ signal }, 'shutting down');
    // A part still starting is stopped first: it is the last one to have begun.
    const order = [...(starting ? [starting] : []), ...started.reverse()];
    for (const r of order) await r.stop().catch((err: unknown) => core.logger.error({ err, runnable: r.name }, 'stop failed'));
    await core.close();
    if (starting) setTimeout(() => process.exit(), STOP_GRACE_MS).unref();
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  for (const r of runnables) {
    if (stopping) return;
    starting = r;
    try {
      await r.start();
    } catch (error) {
      if (stopping) return;
      // A part that cannot start (a refused token, a port in use) takes the others down cleanly.
      starting = null;
      await shutdown('start failed');
      throw r === server ? explainListenError(error, config.http) : error;
    }
    starting = null;
    // Stopped while this part was starting: shutdown has stopped it, and the grace timer ends the rest.
    if (stopping) return;
    started.push(r);
    core.logger.info({ runnable: r.name }, 'started');
  }
}

/** The HTTP server's usual refusals, said with the variables that change them. */
function explainListenError(error: unknown, http: Config['http']): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE' || code === 'EACCES') return startupError(code === 'EADDRINUSE' ? 'startup-port-in-use' : 'startup-port-denied', { host: http.host, port: String(http.port) }, error);
  return error;
}

main().catch((error: unknown) => reportStartupFailure(error, logger));
