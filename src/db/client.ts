import { dirname } from 'node:path';
import type { PrismaClient } from '../generated/prisma/client.js';
import { ensureWritableFolder } from '../startup.js';
import { createAdapterFactory, databaseKind, sqlitePath } from './adapter.js';

/**
 * The database as services see it. Both clients are generated from the same models
 * (prisma/schema.prisma; the PostgreSQL one from its derived copy), so they have the same API;
 * the SQLite client's types stand for both.
 */
export type Db = PrismaClient;

/** The kind's own generated client only: the other one's query compiler never loads. */
export async function createDb(databaseUrl: string, options: { poolSize?: number } = {}): Promise<Db> {
  const adapter = await createAdapterFactory(databaseUrl, options);
  if (databaseKind(databaseUrl) === 'postgresql') {
    const { PrismaClient: PostgresClient } = await import('../generated/prisma-pg/client.js');
    return new PostgresClient({ adapter }) as unknown as Db;
  }
  const { PrismaClient: SqliteClient } = await import('../generated/prisma/client.js');
  return new SqliteClient({ adapter });
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
