import pino, { type Logger } from 'pino';
import type { Config } from './config.js';
import { databaseKind } from './db/adapter.js';
import { createDb, type Db } from './db/client.js';
import { applyMigrations } from './db/migrate.js';
import { allCommands } from './dialogs/commands/index.js';
import { DialogEngine } from './dialogs/engine.js';
import { I18n } from './i18n/i18n.js';
import { systemClock, type Clock } from './services/clock.js';
import { createServices, type Services } from './services/index.js';

/** The channel-independent core: database, services and the dialog engine. */
export interface Core {
  db: Db;
  services: Services;
  i18n: I18n;
  engine: DialogEngine;
  logger: Logger;
  clock: Clock;
  close(): Promise<void>;
}

export function createLogger(level: Config['logLevel']): Logger {
  // Logs go to standard error: standard output belongs to the console channel.
  return pino({ level, redact: ['token', '*.token', 'config.telegramToken'] }, pino.destination(2));
}

/** Applies pending migrations, then wires database → services → dialogs. */
export async function createCore(config: Config, options: { clock?: Clock; logger?: Logger } = {}): Promise<Core> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const clock = options.clock ?? systemClock;
  const applied = await applyMigrations(config.databaseUrl);
  if (applied.length > 0) logger.info({ applied }, 'database migrated');
  const db = await createDb(config.databaseUrl);
  const services = createServices(db, clock, {
    dialogTimeoutMinutes: config.dialogTimeoutMinutes,
    fileStoreDir: config.fileStoreDir,
    outbox: { leaseMs: config.outbox.leaseMs, kind: databaseKind(config.databaseUrl) },
    channelQuotas: config.zaloMonthlyQuota ? { ZALO: config.zaloMonthlyQuota } : {},
  });
  const i18n = new I18n();
  const engine = new DialogEngine({ services, i18n, clock, logger }, allCommands());
  return {
    db,
    services,
    i18n,
    engine,
    logger,
    clock,
    close: async () => {
      await services.charts.close();
      await db.$disconnect();
    },
  };
}
