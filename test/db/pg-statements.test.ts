import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDb } from '../../src/db/client.js';
import { NAMED_MAX_VALUES, statementNames } from '../../src/db/pg-statements.js';
import { dropDatabase, freshDatabaseUrl, TEST_POSTGRES_URL } from '../support/database.js';

describe('prepared statement names', () => {
  it('names a text the same each time, two texts apart, and leaves a long list of values unnamed', () => {
    const name = statementNames();
    const one = name({ sql: 'SELECT 1 WHERE $1 = $1', args: [1] });
    expect(one).toMatch(/^s[A-Za-z0-9_-]{27}$/);
    expect(name({ sql: 'SELECT 1 WHERE $1 = $1', args: [2] })).toBe(one);
    expect(name({ sql: 'SELECT 2 WHERE $1 = $1', args: [1] })).not.toBe(one);
    // Another instance names the same text the same: a fresh generator agrees.
    expect(statementNames()({ sql: 'SELECT 1 WHERE $1 = $1', args: [] })).toBe(one);
    expect(name({ sql: 'SELECT $1', args: Array.from({ length: NAMED_MAX_VALUES + 1 }, (_, i) => i) })).toBe('');
  });

  it.skipIf(!TEST_POSTGRES_URL)('are kept by the PostgreSQL connection, which runs the statement again without parsing it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thidua-pg-names-'));
    const url = await freshDatabaseUrl(dir);
    // One connection, so that both reads go through the one that prepared the statement.
    const db = await createDb(url, { poolSize: 1 });
    try {
      const first = await db.$queryRaw<Array<{ n: number }>>`SELECT COUNT(*)::int AS "n" FROM "Campaign" WHERE "id" > ${0}`;
      const again = await db.$queryRaw<Array<{ n: number }>>`SELECT COUNT(*)::int AS "n" FROM "Campaign" WHERE "id" > ${0}`;
      expect(again).toEqual(first);
      const prepared = await db.$queryRaw<Array<{ statement: string }>>`SELECT "statement" FROM pg_prepared_statements WHERE "name" LIKE ${'s%'}`;
      expect(prepared.filter((p) => p.statement.includes('FROM "Campaign" WHERE "id" >'))).toHaveLength(1);
    } finally {
      await db.$disconnect();
      await dropDatabase(url);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
