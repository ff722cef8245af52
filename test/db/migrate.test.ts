import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { applyMigrations, pendingSchemaChange } from '../../src/db/migrate.js';
import { postgresSchema, SQLITE_SCHEMA } from '../../src/db/schema-variants.js';
import { TEST_POSTGRES_URL } from '../support/database.js';

const dir = mkdtempSync(join(tmpdir(), 'thidua-migrate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('offline migrations', () => {
  it('schema.prisma and prisma/migrations agree (run `npm run db:new-migration -- <name>` when this fails)', async () => {
    expect(await pendingSchemaChange()).toBe('');
  });

  it('notices a schema change that has no migration yet', async () => {
    const changed = readFileSync(SQLITE_SCHEMA, 'utf8').replace('model JobLease {', 'model JobLease {\n  note String?');
    const sql = await pendingSchemaChange({ schema: changed });
    expect(sql).toMatch(/ALTER TABLE "JobLease" ADD COLUMN "note" TEXT|CREATE TABLE "new_JobLease"/);
  });

  it('applies pending migrations once and records them like prisma migrate deploy', async () => {
    const url = `file:${join(dir, 'fresh.db')}`;
    const first = await applyMigrations(url);
    expect(first.length).toBeGreaterThan(0);
    expect(await applyMigrations(url)).toEqual([]);
    const db = new Database(join(dir, 'fresh.db'), { readonly: true });
    const rows = db.prepare('SELECT migration_name, finished_at FROM _prisma_migrations').all() as { migration_name: string; finished_at: string | null }[];
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
    db.close();
    expect(rows.map((r) => r.migration_name)).toEqual(first);
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['Campaign', 'Criterion', 'ProgressReport', 'DialogState', 'OutboxMessage', 'AuditLog']));
  });

  it('still applies a migration added after the database was last migrated (an upgrade)', async () => {
    const migrations = join(dir, 'upgrade-migrations');
    cpSync('prisma/migrations', migrations, { recursive: true });
    const names = readdirSync(migrations, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    const newest = names.at(-1)!;
    const held = join(dir, 'held-back');
    renameSync(join(migrations, newest), held);
    const url = `file:${join(dir, 'upgrade.db')}`;
    expect(await applyMigrations(url, migrations)).toEqual(names.slice(0, -1));
    renameSync(held, join(migrations, newest));
    expect(await applyMigrations(url, migrations)).toEqual([newest]);
    expect(await applyMigrations(url, migrations)).toEqual([]);
  });
});

describe('the PostgreSQL schema', () => {
  it('is derived from the SQLite one: same models, its own provider and client', () => {
    const sqlite = readFileSync(SQLITE_SCHEMA, 'utf8');
    const pg = postgresSchema(sqlite);
    expect(pg).toContain('provider = "postgresql"');
    expect(pg).toContain('"../../src/generated/prisma-pg"');
    const models = (text: string) => text.slice(text.indexOf('enum Role'));
    expect(models(pg)).toBe(models(sqlite));
    expect(() => postgresSchema(sqlite.replace('provider = "sqlite"', 'provider = "mysql"'))).toThrow(/prisma\/schema.prisma/);
  });

  it.runIf(TEST_POSTGRES_URL)('and prisma/postgresql/migrations agree (POSTGRES_SHADOW_URL=… npm run db:new-migration -- <name> when this fails)', async () => {
    expect(await pendingSchemaChange({ kind: 'postgresql', serverUrl: TEST_POSTGRES_URL! })).toBe('');
  });
});
