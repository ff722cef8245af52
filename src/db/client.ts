import { dirname } from 'node:path';
import type { PrismaClient } from '../generated/prisma/client.js';
import { ensureWritableFolder } from '../startup.js';
import type { SqlDriverAdapter } from '@prisma/driver-adapter-utils';
import { createAdapterFactory, databaseKind, sqlitePath } from './adapter.js';
import { DirectSql, registerDirectSql } from './direct-sql.js';

/**
 * The database as services see it. Both clients are generated from the same models
 * (prisma/schema.prisma; the PostgreSQL one from its derived copy), so they have the same API;
 * the SQLite client's types stand for both.
 */
export type Db = PrismaClient;

/** The kind's own generated client only: the other one's query compiler never loads. */
export async function createDb(databaseUrl: string, options: { poolSize?: number } = {}): Promise<Db> {
  const factory = await createAdapterFactory(databaseUrl, options);
  // The adapter Prisma connects is kept for DirectSql until Prisma disposes of it ($disconnect).
  let connected: SqlDriverAdapter | null = null;
  const adapter = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const opened = await factory.connect();
      const dispose = opened.dispose.bind(opened);
      opened.dispose = () => {
        if (connected === opened) connected = null;
        return dispose();
      };
      return (connected = opened);
    },
    connectToShadowDb: () => factory.connectToShadowDb(),
  };
  const kind = databaseKind(databaseUrl);
  const db =
    kind === 'postgresql'
      ? (new (await import('../generated/prisma-pg/client.js')).PrismaClient({ adapter }) as unknown as Db)
      : new (await import('../generated/prisma/client.js')).PrismaClient({ adapter });
  registerDirectSql(
    db,
    new DirectSql(kind, async () => {
      if (!connected) await db.$connect();
      return connected!;
    }),
  );
  return db;
}

/**
 * The SQLite file's folder and FILE_STORE_DIR, checked at start: created when missing, and a
 * StartupError naming the variable when the bot cannot write there.
 */
export function checkDataFolders(config: { databaseUrl: string; fileStoreDir?: string }): void {
  if (databaseKind(config.databaseUrl) === 'sqlite') {
    const path = sqlitePath(config.databaseUrl);
    if (path !== ':memory:') ensureWritableFolder(dirname(path), 'DATABASE_URL');
  }
  if (config.fileStoreDir !== undefined) ensureWritableFolder(config.fileStoreDir, 'FILE_STORE_DIR');
}
