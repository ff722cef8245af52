import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { parseIntoClientConfig } from 'pg-connection-string';
import { withStatementCache } from './statement-cache.js';

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

export function createAdapterFactory(url: string): SqlMigrationAwareDriverAdapterFactory {
  // Parsed into fields: the migration engine's throw-away shadow database replaces `database`,
  // which a connectionString would override.
  if (databaseKind(url) === 'postgresql') return new PrismaPg(parseIntoClientConfig(url));
  const path = sqlitePath(url);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  return withStatementCache(new PrismaBetterSqlite3({ url: path }));
}
