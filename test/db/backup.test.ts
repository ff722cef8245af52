import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKind } from '../../src/db/adapter.js';
import { BackupError, backupDatabase, extensionFor, filesFolderFor, restoreDatabase } from '../../src/db/backup.js';
import { createDb, type Db } from '../../src/db/client.js';
import { Prisma } from '../../src/generated/prisma/client.js';
import { FileStore } from '../../src/services/shared/file-store.js';
import { startTestBot, type TestBot } from '../support/core.js';
import { dropDatabase, emptyDatabaseUrl } from '../support/database.js';

// Runs on the suite's database: SQLite by default, PostgreSQL with TEST_POSTGRES_URL.

type Counter = { count(): Promise<number> };
const countOf = (db: Db, model: string) => (db as unknown as Record<string, Counter>)[model[0]!.toLowerCase() + model.slice(1)]!.count();

/** The test writes AuditLog rows while backing up; every other table is still. */
const STILL_MODELS = Object.values(Prisma.ModelName).filter((m) => m !== 'AuditLog');

/** Keeps committing AuditLog rows until stopped, as a running bot would. */
function keepWriting(db: Db) {
  const state = { written: 0, running: true };
  const done = (async () => {
    while (state.running) {
      await db.auditLog.create({ data: { action: 'backup-test', entity: 'Backup', entityId: String(state.written) } });
      state.written++;
      // SQLite answers without I/O waits: yield, or this loop would starve the backup's steps.
      await new Promise((resolve) => setImmediate(resolve));
    }
  })();
  return { state, stop: async () => ((state.running = false), await done) };
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

/** The copy holds every still table as the source does, and a consistent prefix of the written one. */
async function expectSameData(copy: Db, source: Db, writtenBefore: number): Promise<void> {
  for (const model of STILL_MODELS) expect(await countOf(copy, model), model).toBe(await countOf(source, model));
  const byId = { orderBy: { id: 'asc' as const } };
  expect(await copy.campaign.findMany(byId)).toEqual(await source.campaign.findMany(byId));
  expect(await copy.unit.findMany(byId)).toEqual(await source.unit.findMany(byId));
  expect(await copy.member.findMany(byId)).toEqual(await source.member.findMany(byId));
  expect(await copy.progressReport.findMany(byId)).toEqual(await source.progressReport.findMany(byId));
  expect(await copy.score.findMany(byId)).toEqual(await source.score.findMany(byId));
  const log = await copy.auditLog.findMany(byId);
  expect(log).toEqual(await source.auditLog.findMany({ ...byId, take: log.length }));
  expect(log.filter((row) => row.action === 'backup-test').length).toBeGreaterThanOrEqual(writtenBefore);
}

describe('backup and restore', { timeout: 240_000 }, () => {
  let bot: TestBot;
  let dir: string;
  let ext: string;
  const databases: string[] = [];
  const copies: Db[] = [];

  async function emptyDatabase(name: string): Promise<string> {
    const url = await emptyDatabaseUrl(dir, name);
    databases.push(url);
    return url;
  }

  const open = async (url: string) => {
    const db = await createDb(url);
    copies.push(db);
    return db;
  };

  beforeAll(async () => {
    bot = await startTestBot({ withReports: true });
    dir = mkdtempSync(join(tmpdir(), 'thidua-backup-'));
    ext = extensionFor(databaseKind(bot.url));
  });

  afterAll(async () => {
    await Promise.all(copies.map((db) => db.$disconnect()));
    await Promise.all(databases.map(dropDatabase));
    await bot?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('backs up while the bot writes and restores the same data into an empty database', async () => {
    const file = join(dir, `live${ext}`);
    const writer = keepWriting(bot.core.db);
    await until(() => writer.state.written >= 5);
    const before = writer.state.written;
    const result = await backupDatabase(bot.url, file);
    const during = writer.state.written - before;
    await writer.stop();
    expect(during).toBeGreaterThan(0);
    expect(result).toEqual({ path: file, bytes: statSync(file).size });

    const target = await emptyDatabase('restored');
    const restored = await restoreDatabase(target, file);
    expect(restored.migrated).toEqual([]);
    const source = bot.core.db;
    expect(restored.counts).toEqual({
      campaigns: await source.campaign.count(),
      units: await source.unit.count(),
      members: await source.member.count(),
      reports: await source.progressReport.count(),
    });
    expect(restored.counts.reports).toBeGreaterThan(0);
    await expectSameData(await open(target), source, before);

    // Over a database that has data, with --yes: replaced, not added to.
    const again = await restoreDatabase(target, file, { force: true });
    expect(again.counts).toEqual(restored.counts);
    await expectSameData(await open(target), source, before);
  });

  it('refuses a file that is not a backup, and a target with data without --yes', async () => {
    const notBackup = join(dir, `notes${ext}`);
    writeFileSync(notBackup, 'biên bản họp, không phải CSDL\n');
    const target = await emptyDatabase('refused');
    await expect(restoreDatabase(target, notBackup)).rejects.toMatchObject({ key: 'backup-not-a-backup' });
    await expect(restoreDatabase(target, join(dir, `missing${ext}`))).rejects.toMatchObject({ key: 'backup-file-missing' });

    const file = join(dir, `occupied${ext}`);
    await backupDatabase(bot.url, file);
    const refusal = await restoreDatabase(bot.url, file).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(BackupError);
    expect(refusal).toMatchObject({ key: 'backup-target-occupied' });
    expect((refusal as BackupError).args.rows).toBeGreaterThan(0);
    await expect(backupDatabase(bot.url, file)).rejects.toMatchObject({ key: 'backup-out-exists' });
  });

  it('npm run backup and npm run restore run end to end, printing no password or token', async () => {
    const password = 'mat-khau-khong-duoc-in';
    const token = '123456789:AAFakeTokenThatMustNeverBePrinted';
    const withPassword = (url: string) => (url.startsWith('postgres') ? url.replace('postgres@', `postgres:${password}@`) : url);
    await new FileStore(join(bot.dir, 'files')).put(new TextEncoder().encode('biên bản minh chứng'));
    const file = join(dir, `cli-backup${ext}`);

    // The backup runs in another process while this one keeps writing.
    const writer = keepWriting(bot.core.db);
    const backup = await runCli(['backup', '--out', file, '--with-files'], {
      DATABASE_URL: withPassword(bot.url),
      FILE_STORE_DIR: join(bot.dir, 'files'),
      TELEGRAM_BOT_TOKEN: token,
    });
    const before = writer.state.written;
    await writer.stop();
    expect(before).toBeGreaterThan(0);
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout).toMatch(new RegExp(`^Đã sao lưu .* vào ${escape(file)} \\([\\d,]+ (KB|MB)\\)\\.\\nĐã chép 1 tệp đã nộp \\(tài liệu kiểm chứng, hồ sơ\\) từ `));
    expect(existsSync(filesFolderFor(file))).toBe(true);

    const target = await emptyDatabase('cli');
    const restoredFiles = join(dir, 'restored-files');
    const env = { DATABASE_URL: withPassword(target), FILE_STORE_DIR: restoredFiles, TELEGRAM_BOT_TOKEN: token };
    const restore = await runCli(['restore', file], env);
    expect(restore.code, restore.stderr).toBe(0);
    const source = bot.core.db;
    const counts = {
      campaigns: await source.campaign.count(),
      units: await source.unit.count(),
      members: await source.member.count(),
      reports: await source.progressReport.count(),
    };
    expect(restore.stdout).toContain(`Đã khôi phục ${file} vào `);
    expect(restore.stdout).toContain(`Trong CSDL hiện có: ${counts.campaigns} kế hoạch, ${counts.units} đơn vị, ${counts.members} thành viên, ${counts.reports} báo cáo.`);
    expect(restore.stdout).toContain(`Đã chép 1 tệp đã nộp (tài liệu kiểm chứng, hồ sơ) từ ${filesFolderFor(file)} vào ${restoredFiles}`);
    await expectSameData(await open(target), source, 0);

    const refused = await runCli(['restore', file], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`rồi chạy lại với --yes: npm run restore -- ${file} --yes`);
    expect((await runCli(['restore'], env)).code).toBe(2);

    for (const run of [backup, restore, refused]) {
      expect(run.stdout + run.stderr).not.toContain(password);
      expect(run.stdout + run.stderr).not.toContain(token);
    }
  });
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type CliResult = { code: number; stdout: string; stderr: string };

function runCli(args: string[], env: Record<string, string>): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile('npx', ['tsx', 'src/db/backup-cli.ts', ...args], { env: { ...process.env, DEFAULT_LOCALE: 'vi', ...env } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}
