import type { Logger } from 'pino';
import type { CoreConfig } from './config.js';
import { databaseKind } from './db/adapter.js';
import { checkDataFolders, createDb, type Db } from './db/client.js';
import { applyMigrations } from './db/migrate.js';
import { allCommands } from './dialogs/commands/index.js';
import { DialogEngine } from './dialogs/engine.js';
import { I18n } from './i18n/i18n.js';
import { systemClock, type Clock } from './services/shared/clock.js';
import { createServices, type Services } from './services/index.js';
import { createLogger } from './startup.js';

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

/**
 * Checks the data folders, applies pending migrations, then wires database → services → dialogs.
 * What the operator can fix (a folder, an unreachable database) fails as a StartupError.
 */
export async function createCore(config: CoreConfig, options: { clock?: Clock; logger?: Logger } = {}): Promise<Core> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const clock = options.clock ?? systemClock;
  checkDataFolders(config);
  const applied = await applyMigrations(config.databaseUrl);
  if (applied.length > 0) logger.info({ applied }, 'database migrated');
  const db = await createDb(config.databaseUrl, { poolSize: config.databasePoolSize });
  const services = createServices(db, clock, {
    dialogTimeoutMinutes: config.dialogTimeoutMinutes,
    fileStoreDir: config.fileStoreDir,
    documentTemplateDir: config.documentTemplateDir,
    outbox: { leaseMs: config.outbox.leaseMs, kind: databaseKind(config.databaseUrl) },
    channelQuotas: config.zaloMonthlyQuota ? { ZALO: config.zaloMonthlyQuota } : {},
    webLinks: config.webLinks ?? null,
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
