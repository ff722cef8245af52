import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { databaseKind, SQLITE_CACHE_KIB } from '../../src/db/adapter.js';
import { createDb } from '../../src/db/client.js';
import { applyMigrations } from '../../src/db/migrate.js';

// How the app opens its databases, whatever database the rest of the suite runs on.

const dir = mkdtempSync(join(tmpdir(), 'thidua-adapter-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('databaseKind', () => {
  it('tells SQLite from PostgreSQL by the URL, and says how to write one it does not know', () => {
    expect(databaseKind('file:./data/thidua.db')).toBe('sqlite');
    expect(databaseKind('postgresql://bot@127.0.0.1/thidua')).toBe('postgresql');
    expect(databaseKind('postgres://bot@127.0.0.1/thidua')).toBe('postgresql');
    expect(() => databaseKind('mysql://bot:secret@db/thidua')).toThrow(/DATABASE_URL must start with "file:".*got "mysql:…"/);
    expect(() => databaseKind('mysql://bot:secret@db/thidua')).not.toThrow(/secret/);
  });
});

describe('a SQLite database', () => {
  it('is written through a write-ahead log, each commit synced, which another connection reads meanwhile; its page cache is bounded', async () => {
    const path = join(dir, 'wal.db');
    await applyMigrations(`file:${path}`);
    const db = await createDb(`file:${path}`);
    try {
      expect(await db.$queryRawUnsafe('PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }]);
      // 2 = FULL: a commit the bot has answered for survives a power cut.
      expect(await db.$queryRawUnsafe('PRAGMA synchronous')).toEqual([{ synchronous: 2n }]);
      expect(await db.$queryRawUnsafe('PRAGMA cache_size')).toEqual([{ cache_size: BigInt(-SQLITE_CACHE_KIB) }]);
      await db.organization.create({ data: { code: 'KIM_PHUONG', name: 'UBND xã Kim Phượng' } });
      expect(existsSync(`${path}-wal`)).toBe(true);
      // A reader (a backup, `npm run campaign`) sees the commit while the bot holds the file open,
      // and holds no lock that stops the bot writing.
      const reader = new Database(path, { readonly: true });
      try {
        reader.exec('BEGIN');
        expect(reader.prepare('SELECT name FROM Organization').pluck().all()).toEqual(['UBND xã Kim Phượng']);
        await db.organization.create({ data: { code: 'TAM_DUONG', name: 'UBND xã Tam Dương' } });
        expect(reader.prepare('SELECT count(*) FROM Organization').pluck().get()).toBe(1);
        reader.exec('COMMIT');
        expect(reader.prepare('SELECT count(*) FROM Organization').pluck().get()).toBe(2);
      } finally {
        reader.close();
      }
    } finally {
      await db.$disconnect();
    }
  });
});
