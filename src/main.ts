import type { Logger } from 'pino';
import { createCore } from './app.js';
import type { ChannelAdapter, Deliver } from './channels/contract.js';
import { CHANNELS } from './channels/registry.js';
import { loadConfig, loadDotEnv, type Config } from './config.js';
import type { Channel } from './generated/prisma/client.js';
import { registerWebPages } from './http/pages/index.js';
import { createHttpServer } from './http/server.js';
import { allJobs } from './jobs/index.js';
import type { Runnable } from './lifecycle.js';
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

/** Once the core runs, start-up failures go to its log (at its level) too. */
let logger: Logger | undefined;

async function main(): Promise<void> {
  loadDotEnv();
  const config = loadConfig();
  // Without a channel there is nothing to run: say so before touching the database.
  const configured = CHANNELS.filter((entry) => entry.configured(config));
  if (configured.length === 0) throw startupError('main-no-channel');
  const core = await createCore(config);
  logger = core.logger;
  // One HTTP server for whatever listens (webhooks, Zalo's chart pictures, the web pages), only when something does.
  const listens = config.publicBaseUrl !== null || configured.some((entry) => entry.listens(config));
  const server = listens ? createHttpServer({ ...config.http, logger: core.logger }) : null;
  if (server && config.publicBaseUrl)
    registerWebPages(server.app, { services: core.services, i18n: core.i18n, logger: core.logger, telegramToken: config.telegram?.token ?? null, clock: core.clock });
  const channels: ChannelAdapter[] = [];
  for (const entry of configured) {
    // A channel failing for good after start (Zalo refusing its token) ends the run with exit code 1, so that a supervisor notices.
    const onFatal = (message: string) => {
      console.error(message);
      process.exitCode = 1;
      void shutdown(`${entry.channel.toLowerCase()} failed`);
    };
    // A channel's code (grammY, axios) is loaded only when that channel is configured.
    channels.push((await entry.load()).createAdapter({ core, config, server, onFatal }));
  }
  const deliverers: Partial<Record<Channel, Deliver>> = Object.fromEntries(channels.map((c) => [c.channel, c.deliver]));
  const sender = createOutboxSender({
    outbox: core.services.outbox,
    deliverers,
    i18n: core.i18n,
    logger: core.logger,
    clock: core.clock,
    ratePerSecond: config.outbox.ratePerSecond,
  });
  // With several instances on one database, each run happens on one of them.
  const scheduler = createScheduler(allJobs(core.services, core.clock), core.logger, { claim: leaseClaim(core.services.jobLeases, sender.workerId, JOB_LEASE_MS) });
  // The server before the channels that route through it, the sender and the jobs after the
  // channels they post through: each stops after what depends on it.
  const runnables: Runnable[] = [...(server ? [server] : []), ...channels, sender, scheduler];
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
    // From now on the campaign's group on this channel gets the announcements (the honour board…).
    const channel = channels.find((c) => c === r);
    if (channel?.announcer) core.engine.setAnnouncer(channel.channel, channel.announcer);
    core.logger.info({ runnable: r.name }, 'started');
  }
}

/** The HTTP server's usual refusals, said with the variables that change them. */
function explainListenError(error: unknown, http: Config['http']): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE' || code === 'EACCES')
    return startupError(code === 'EADDRINUSE' ? 'startup-port-in-use' : 'startup-port-denied', { host: http.host, port: String(http.port) }, error);
  return error;
}

main().catch((error: unknown) => reportStartupFailure(error, logger));
