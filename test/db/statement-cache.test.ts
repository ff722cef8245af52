import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { createDb } from '../../src/db/client.js';
import { applyMigrations } from '../../src/db/migrate.js';
import { cachingPrepare } from '../../src/db/statement-cache.js';
import { Prisma } from '../../src/generated/prisma/client.js';

// The SQLite adapter's compiled statements, whatever database the rest of the suite runs on.

const dir = mkdtempSync(join(tmpdir(), 'thidua-statements-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

function table(): Database.Database {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL)');
  db.exec("INSERT INTO t (name) VALUES ('Văn phòng HĐND-UBND'), ('Phòng Kinh tế'), ('Công an xã')");
  return db;
}

describe('cachingPrepare', () => {
  it('binds each use to its own values, though better-sqlite3 binds a statement only once', () => {
    const prepare = cachingPrepare(table());
    const sql = 'SELECT name FROM t WHERE id = ?';
    expect(prepare(sql).bind(1).all()).toEqual([{ name: 'Văn phòng HĐND-UBND' }]);
    expect(prepare(sql).bind(3).all()).toEqual([{ name: 'Công an xã' }]);
    expect(prepare(sql).bind(2).get()).toEqual({ name: 'Phòng Kinh tế' });
  });

  it('keeps raw rows to the use that asked for them', () => {
    const prepare = cachingPrepare(table());
    const sql = 'SELECT id, name FROM t ORDER BY id';
    expect(prepare(sql).raw().all()[0]).toEqual([1, 'Văn phòng HĐND-UBND']);
    expect(prepare(sql).all()[0]).toEqual({ id: 1, name: 'Văn phòng HĐND-UBND' });
    expect(
      prepare(sql)
        .columns()
        .map((c) => c.name),
    ).toEqual(['id', 'name']);
  });

  it('compiles a text once while it is kept, and again after it was pushed out', () => {
    const db = table();
    const compile = vi.spyOn(db, 'prepare');
    const prepare = cachingPrepare(db, 2);
    const texts = ['SELECT 1', 'SELECT 2', 'SELECT 3'];
    for (const sql of [...texts, 'SELECT 3', 'SELECT 2', 'SELECT 1']) prepare(sql).raw().all();
    expect(compile.mock.calls.map(([sql]) => sql)).toEqual(['SELECT 1', 'SELECT 2', 'SELECT 3', 'SELECT 1']);
  });

  it('runs writes with their values and reports the changes', () => {
    const db = table();
    const prepare = cachingPrepare(db);
    const insert = 'INSERT INTO t (name) VALUES (?)';
    expect(prepare(insert).reader).toBe(false);
    expect(prepare(insert).bind('Trạm Y tế').run().changes).toBe(1);
    expect(prepare(insert).bind('Trường Mầm non').run().changes).toBe(1);
    expect(db.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 5 });
  });
});

describe('Prisma on the cached SQLite adapter', () => {
  it('compiles a repeated query once, and errors and rollbacks still work as Prisma promises', async () => {
    const url = `file:${join(dir, 'cached.db')}`;
    await applyMigrations(url);
    // Spied before the connection opens: the cache keeps the connection's own prepare.
    const compile = vi.spyOn(Database.prototype, 'prepare');
    const db = await createDb(url);
    try {
      await db.organization.create({ data: { code: 'KIM_PHUONG', name: 'UBND xã Kim Phượng' } });
      for (let i = 0; i < 5; i++) expect(await db.organization.findUnique({ where: { code: 'KIM_PHUONG' } })).toMatchObject({ name: 'UBND xã Kim Phượng' });
      const compiled = compile.mock.calls.map(([sql]) => sql);
      expect(compiled.filter((sql) => sql.startsWith('SELECT') && sql.includes('Organization'))).toHaveLength(1);

      const duplicate = db.organization.create({ data: { code: 'KIM_PHUONG', name: 'again' } });
      await expect(duplicate).rejects.toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
      await expect(duplicate).rejects.toMatchObject({ code: 'P2002' });

      await expect(
        db.$transaction(async (tx) => {
          await tx.organization.create({ data: { code: 'TAM_DUONG', name: 'UBND xã Tam Dương' } });
          throw new Error('stop');
        }),
      ).rejects.toThrow('stop');
      expect(await db.organization.count()).toBe(1);
      await db.$transaction(async (tx) => tx.organization.create({ data: { code: 'TAM_DUONG', name: 'UBND xã Tam Dương' } }));
      expect(await db.organization.count()).toBe(2);
    } finally {
      await db.$disconnect();
    }
  });
});
