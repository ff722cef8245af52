import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';

/** The database kinds the app runs on, told apart by DATABASE_URL. */
export type DatabaseKind = 'sqlite' | 'postgresql';

export const POSTGRES_URL = /^postgres(ql)?:\/\//;

export function databaseKind(url: string): DatabaseKind {
  if (url.startsWith('file:')) return 'sqlite';
  if (POSTGRES_URL.test(url)) return 'postgresql';
  throw new Error(
    `DATABASE_URL must start with "file:" (SQLite, for example file:./data/thidua.db) or "postgresql://" (PostgreSQL) — got "${url.split(':')[0]}:…"`,
  );
}

/** Path of a SQLite file URL, resolved against the working directory. */
export function sqlitePath(url: string): string {
  const path = url.slice('file:'.length);
  return path === ':memory:' ? path : resolve(path);
}

/**
 * The driver adapter for the URL's kind. Only that kind's driver is loaded: a SQLite deployment
 * never holds pg in memory (≈ 10 MB), nor a PostgreSQL one better-sqlite3.
 */
export async function createAdapterFactory(url: string): Promise<SqlMigrationAwareDriverAdapterFactory> {
  if (databaseKind(url) === 'postgresql') {
    const [{ PrismaPg }, { parseIntoClientConfig }] = await Promise.all([import('@prisma/adapter-pg'), import('pg-connection-string')]);
    // Parsed into fields: the migration engine's throw-away shadow database replaces `database`,
    // which a connectionString would override.
    return new PrismaPg(parseIntoClientConfig(url));
  }
  const [{ PrismaBetterSqlite3 }, { withStatementCache }] = await Promise.all([import('@prisma/adapter-better-sqlite3'), import('./statement-cache.js')]);
  const path = sqlitePath(url);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  return withStatementCache(new PrismaBetterSqlite3({ url: path }));
}
