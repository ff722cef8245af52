import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import { applyMigrations } from '../../src/db/migrate.js';

// Which database the tests run on. By default a fresh SQLite file in the test's folder. With
// TEST_POSTGRES_URL (a server's admin URL, as .ci/run sets it) every test gets a fresh PostgreSQL
// database copied from a migrated template, so the same suite runs on both.

export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL || null;
const TEMPLATE = 'thidua_template';

function databaseUrl(server: string, name: string): string {
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}

async function onServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL! });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** vitest's global setup: the template every test database is copied from, migrated once. */
export async function prepareTemplate(): Promise<void> {
  if (!TEST_POSTGRES_URL) return;
  await onServer(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${TEMPLATE} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${TEMPLATE}`);
  });
  await applyMigrations(databaseUrl(TEST_POSTGRES_URL, TEMPLATE));
}

/** A new empty database (migrated, on PostgreSQL) for one test; `name` names the SQLite file. */
export async function freshDatabaseUrl(dir: string, name = 'test'): Promise<string> {
  if (!TEST_POSTGRES_URL) return `file:${join(dir, `${name}.db`)}`;
  const database = `t_${name.replace(/\W/g, '_').toLowerCase()}_${randomBytes(6).toString('hex')}`;
  // Copies of one template cannot start at the same moment: retry while another copy runs.
  for (let attempt = 0; ; attempt++) {
    try {
      await onServer((client) => client.query(`CREATE DATABASE ${database} TEMPLATE ${TEMPLATE}`));
      return databaseUrl(TEST_POSTGRES_URL, database);
    } catch (error) {
      if (attempt >= 50 || !/being accessed by other users/.test(String(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 100));
    }
  }
}

/** Drops a database freshDatabaseUrl made on PostgreSQL; SQLite files go with their folder. */
export async function dropDatabase(url: string): Promise<void> {
  if (!url.startsWith('postgres')) return;
  const name = new URL(url).pathname.slice(1);
  await onServer((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

/**
 * A database with nothing in it, not even migrations (a new server's, or a missing SQLite file),
 * for restoring a backup into. Drop it with dropDatabase.
 */
export async function emptyDatabaseUrl(dir: string, name = 'empty'): Promise<string> {
  if (!TEST_POSTGRES_URL) return `file:${join(dir, `${name}.db`)}`;
  const database = `t_${name.replace(/\W/g, '_').toLowerCase()}_${randomBytes(6).toString('hex')}`;
  await onServer((client) => client.query(`CREATE DATABASE ${database}`));
  return databaseUrl(TEST_POSTGRES_URL, database);
}
