import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { safeDatabaseUrl, startupError } from '../startup.js';
import { createOwnerOnly } from './file-mode.js';

/** The database kinds the app runs on, told apart by DATABASE_URL. */
export type DatabaseKind = 'sqlite' | 'postgresql';

export const POSTGRES_URL = /^postgres(ql)?:\/\//;

export function databaseKind(url: string): DatabaseKind {
  if (url.startsWith('file:')) return 'sqlite';
  if (POSTGRES_URL.test(url)) return 'postgresql';
  throw new Error(`DATABASE_URL must start with "file:" (SQLite, for example file:./data/thidua.db) or "postgresql://" (PostgreSQL) — got "${url.split(':')[0]}:…"`);
}

/** Path of a SQLite file URL, resolved against the working directory. */
export function sqlitePath(url: string): string {
  const path = url.slice('file:'.length);
  return path === ':memory:' ? path : resolve(path);
}

/**
 * SQLite's own page cache per connection, in KiB. better-sqlite3 builds SQLite with 16 MB, which a
 * city's database fills and never gives back; the operating system caches the file anyway, so a
 * page SQLite no longer holds is read back from memory, not from the disk.
 */
export const SQLITE_CACHE_KIB = 4096;

/**
 * The driver adapter for the URL's kind. Only that kind's driver is loaded: a SQLite deployment
 * never holds pg in memory (≈ 10 MB), nor a PostgreSQL one better-sqlite3.
 */
export async function createAdapterFactory(url: string, options: { poolSize?: number } = {}): Promise<SqlMigrationAwareDriverAdapterFactory> {
  if (databaseKind(url) === 'postgresql') {
    const [{ PrismaPg }, { parseIntoClientConfig }, { statementNames }] = await Promise.all([
      import('@prisma/adapter-pg'),
      import('pg-connection-string'),
      import('./pg-statements.js'),
    ]);
    // Parsed into fields: the migration engine's throw-away shadow database replaces `database`,
    // which a connectionString would override.
    const pool = { ...parseIntoClientConfig(url), ...(options.poolSize ? { max: options.poolSize } : {}) };
    return new PrismaPg(pool, { statementNameGenerator: statementNames() });
  }
  const [{ PrismaBetterSqlite3 }, { cacheStatements, connectionOf }] = await Promise.all([import('@prisma/adapter-better-sqlite3'), import('./statement-cache.js')]);
  const path = sqlitePath(url);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  if (path !== ':memory:') createOwnerOnly(path);
  const factory = new PrismaBetterSqlite3({ url: path });
  const tuned = async (connecting: Promise<SqlDriverAdapter>) => {
    const adapter = await connecting;
    const client = connectionOf(adapter);
    // Should a later adapter no longer hold its connection where connectionOf looks, queries
    // still run, only slower (test/db/adapter.test.ts and statement-cache.test.ts say so first).
    if (client) {
      // A write-ahead log: a commit is one fsync of the log instead of a rollback journal created,
      // synced and deleted (0.2 instead of 1.3 ms here), still durable (synchronous stays FULL);
      // and readers (a backup, `npm run campaign`) no longer wait for the bot's writes.
      client.pragma('journal_mode = WAL');
      client.pragma('synchronous = FULL');
      client.pragma(`cache_size = -${SQLITE_CACHE_KIB}`);
      cacheStatements(client);
    }
    return adapter;
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => tuned(factory.connect()),
    connectToShadowDb: () => tuned(factory.connectToShadowDb()),
  };
}

/**
 * A PostgreSQL server that does not answer (stopped, wrong host or port, wrong password) is found
 * here, with one clear message naming DATABASE_URL, instead of as the migration engine's stack of
 * WebAssembly frames. SQLite is a file: the folder check at start covers it.
 */
export async function reachDatabase(url: string): Promise<void> {
  if (databaseKind(url) !== 'postgresql') return;
  const adapter = await (await createAdapterFactory(url)).connect();
  try {
    await adapter.queryRaw({ sql: 'SELECT 1', args: [], argTypes: [] });
  } catch (error) {
    const cause = (error as { cause?: { kind?: string } }).cause;
    throw startupError('startup-database-unreachable', { url: safeDatabaseUrl(url), reason: cause?.kind ?? (error as Error).message }, error);
  } finally {
    await adapter.dispose();
  }
}
