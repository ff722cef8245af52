import { spawn } from 'node:child_process';
import { accessSync, constants, cpSync, existsSync, mkdirSync, openSync, readSync, closeSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { delimiter, dirname, join, parse as parsePath } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { parse as parseConnection, parseIntoClientConfig } from 'pg-connection-string';
import { OFFSET_MS } from '../domain/dates.js';
import { databaseKind, sqlitePath, type DatabaseKind } from './adapter.js';
import { createDb } from './client.js';
import { createOwnerOnly } from './file-mode.js';
import { applyMigrations } from './migrate.js';

// Backups of the bot's database: SQLite through its online backup API (safe while the bot writes),
// PostgreSQL through pg_dump / pg_restore. Failures are BackupErrors carrying a Fluent key, so the
// CLI can say what went wrong and how to fix it.

export class BackupError extends Error {
  constructor(
    readonly key: string,
    readonly args: Record<string, string | number> = {},
  ) {
    super(key);
  }
}

const SQLITE_MAGIC = 'SQLite format 3\0';
/** pg_dump's custom format starts with these bytes. */
const PG_DUMP_MAGIC = 'PGDMP';
const MIGRATIONS_TABLE = '_prisma_migrations';

export const extensionFor = (kind: DatabaseKind) => (kind === 'sqlite' ? '.db' : '.dump');

/** backups/thidua-2025-11-20-0900.db, the minute in Vietnam time (UTC+7, no daylight saving). */
export function defaultBackupPath(kind: DatabaseKind, now = new Date()): string {
  const vn = new Date(now.getTime() + OFFSET_MS).toISOString();
  const stamp = `${vn.slice(0, 10)}-${vn.slice(11, 13)}${vn.slice(14, 16)}`;
  return join('backups', `thidua-${stamp}${extensionFor(kind)}`);
}

/** The folder uploaded files are copied to beside a backup: backups/thidua-…-files. */
export function filesFolderFor(backupPath: string): string {
  const { dir, name } = parsePath(backupPath);
  return join(dir, `${name}-files`);
}

/** Where a URL points, for messages: never the user name or password. */
export function describeDatabase(url: string): string {
  if (databaseKind(url) === 'sqlite') return sqlitePath(url);
  const c = parseConnection(url);
  return `PostgreSQL ${c.host ?? 'localhost'}:${c.port ?? 5432}/${c.database ?? ''}`;
}

export interface BackupResult {
  path: string;
  bytes: number;
}

/** Writes a backup of the database to `out`, which must not exist yet. */
export async function backupDatabase(databaseUrl: string, out: string): Promise<BackupResult> {
  if (existsSync(out)) throw new BackupError('backup-out-exists', { file: out });
  // A backup holds everyone's data: its folder and file are the bot's user's alone, as the database is.
  mkdirSync(dirname(out) || '.', { recursive: true, mode: 0o700 });
  // Written under a temporary name, so a failed run never leaves a half backup under the real one.
  const partial = `${out}.partial`;
  rmSync(partial, { force: true });
  createOwnerOnly(partial);
  try {
    if (databaseKind(databaseUrl) === 'sqlite') await sqliteBackup(databaseUrl, partial);
    else await runTool('pg_dump', ['--format=custom', `--file=${partial}`], databaseUrl);
    renameSync(partial, out);
  } finally {
    rmSync(partial, { force: true });
  }
  return { path: out, bytes: statSync(out).size };
}

async function sqliteBackup(databaseUrl: string, out: string): Promise<void> {
  const path = sqlitePath(databaseUrl);
  if (!existsSync(path)) throw new BackupError('backup-source-missing', { target: path });
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    await copyAllAtOnce(db, out);
  } finally {
    db.close();
  }
}

/**
 * SQLite's online backup restarts whenever another connection writes between its steps, so a busy
 * bot could keep a step-by-step copy from ever finishing: copy every page in one step instead.
 */
function copyAllAtOnce(source: Database.Database, destination: string): Promise<unknown> {
  return source.backup(destination, { progress: () => 0x7fffffff });
}

const isFinished = (path: string) => !path.endsWith('.tmp');

/** Copies the uploaded files (content-addressed, so never renamed) from `from` into `to`; returns how many. */
export function copyFiles(from: string, to: string): number {
  if (!existsSync(from)) return 0;
  // A file of the same name has the same content: existing ones are kept; half-written .tmp are not copied.
  cpSync(from, to, { recursive: true, force: false, errorOnExist: false, filter: isFinished });
  return countFiles(from);
}

function countFiles(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? countFiles(join(dir, e.name)) : isFinished(e.name) ? 1 : 0), 0);
}

export interface RestoreResult {
  /** migrations applied after the restore: the backup was older than the code */
  migrated: string[];
  counts: { campaigns: number; units: number; members: number; reports: number };
}

/**
 * Replaces the database at `databaseUrl` with the backup in `file`. A target that already holds
 * data is replaced only with `force` (the CLI's --yes).
 */
export async function restoreDatabase(databaseUrl: string, file: string, options: { force?: boolean } = {}): Promise<RestoreResult> {
  const kind = databaseKind(databaseUrl);
  await checkBackupFile(file, kind);
  const rows = await rowsIn(databaseUrl);
  if (rows > 0 && !options.force) throw new BackupError('backup-target-occupied', { target: describeDatabase(databaseUrl), rows, file });
  if (kind === 'sqlite') await sqliteRestore(file, sqlitePath(databaseUrl));
  // --no-owner and --no-privileges: the target server's roles need not be the source's.
  else
    await runTool(
      'pg_restore',
      ['--clean', '--if-exists', '--no-owner', '--no-privileges', '--single-transaction', `--dbname=${parseConnection(databaseUrl).database ?? ''}`, file],
      databaseUrl,
    );
  const migrated = await applyMigrations(databaseUrl);
  return { migrated, counts: await keyCounts(databaseUrl) };
}

async function checkBackupFile(file: string, kind: DatabaseKind): Promise<void> {
  if (!existsSync(file) || !statSync(file).isFile()) throw new BackupError('backup-file-missing', { file });
  const head = readHead(file, SQLITE_MAGIC.length);
  const fileKind = head.startsWith(SQLITE_MAGIC) ? 'sqlite' : head.startsWith(PG_DUMP_MAGIC) ? 'postgresql' : null;
  if (!fileKind) throw new BackupError('backup-not-a-backup', { file });
  if (fileKind !== kind) throw new BackupError('backup-wrong-kind', { file, fileKind, kind });
  if (!(kind === 'sqlite' ? sqliteHasMigrations(file) : await dumpHasMigrations(file))) throw new BackupError('backup-not-a-backup', { file });
}

function readHead(file: string, length: number): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(length);
    return buffer.subarray(0, readSync(fd, buffer, 0, length, 0)).toString('latin1');
  } finally {
    closeSync(fd);
  }
}

function sqliteHasMigrations(file: string): boolean {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(MIGRATIONS_TABLE) !== undefined;
    } finally {
      db.close();
    }
  } catch {
    return false; // a damaged file
  }
}

async function dumpHasMigrations(file: string): Promise<boolean> {
  const list = await runTool('pg_restore', ['--list', file]);
  return list.split('\n').some((line) => / TABLE \S+ _prisma_migrations /.test(line));
}

/** Rows in the target's tables, the migration history aside: 0 for a new or freshly migrated database. */
async function rowsIn(databaseUrl: string): Promise<number> {
  if (databaseKind(databaseUrl) === 'sqlite') {
    const path = sqlitePath(databaseUrl);
    if (!existsSync(path)) return 0;
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> ?").pluck().all(MIGRATIONS_TABLE) as string[];
      return tables.reduce(
        (n, t) =>
          n +
          (db
            .prepare(`SELECT count(*) FROM "${t.replace(/"/g, '""')}"`)
            .pluck()
            .get() as number),
        0,
      );
    } finally {
      db.close();
    }
  }
  const client = new pg.Client(parseIntoClientConfig(databaseUrl));
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      "SELECT quote_ident(table_name) AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> $1",
      [MIGRATIONS_TABLE],
    );
    let total = 0;
    for (const { name } of rows) total += Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${name}`)).rows[0]!.n);
    return total;
  } finally {
    await client.end();
  }
}

async function sqliteRestore(file: string, target: string): Promise<void> {
  mkdirSync(dirname(target), { recursive: true });
  createOwnerOnly(target);
  // Through SQLite rather than a file copy: it takes the target's locks and leaves no stale journal.
  const source = new Database(file, { readonly: true, fileMustExist: true });
  try {
    await copyAllAtOnce(source, target);
  } finally {
    source.close();
  }
}

async function keyCounts(databaseUrl: string): Promise<RestoreResult['counts']> {
  const db = await createDb(databaseUrl);
  try {
    const [campaigns, units, members, reports] = await Promise.all([db.campaign.count(), db.unit.count(), db.member.count(), db.progressReport.count()]);
    return { campaigns, units, members, reports };
  } finally {
    await db.$disconnect();
  }
}

/** pg_dump / pg_restore on PATH, else the newest Debian server package's. */
export function findTool(tool: string): string | null {
  const onPath = (process.env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .map((dir) => join(dir, tool));
  const debian = existsSync('/usr/lib/postgresql')
    ? readdirSync('/usr/lib/postgresql')
        .sort((a, b) => Number(b) - Number(a))
        .map((version) => join('/usr/lib/postgresql', version, 'bin', tool))
    : [];
  return [...onPath, ...debian].find(isExecutable) ?? null;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The connection as libpq's environment variables: a password on the command line would show in
 * `ps` to every user of the machine.
 */
function libpqEnvironment(databaseUrl: string): NodeJS.ProcessEnv {
  const c = parseConnection(databaseUrl);
  const sslmode = new URL(databaseUrl).searchParams.get('sslmode');
  const pairs = { PGHOST: c.host, PGPORT: c.port, PGUSER: c.user, PGPASSWORD: c.password, PGDATABASE: c.database, PGSSLMODE: sslmode };
  return Object.fromEntries(Object.entries(pairs).filter((p): p is [string, string] => typeof p[1] === 'string' && p[1] !== ''));
}

/** Runs a PostgreSQL client tool; returns its output, or throws with its error text. */
function runTool(tool: string, args: string[], databaseUrl?: string): Promise<string> {
  const path = findTool(tool);
  if (!path) throw new BackupError('backup-tool-missing', { tool });
  const env = { ...process.env, ...(databaseUrl ? libpqEnvironment(databaseUrl) : {}) };
  return new Promise((resolve, reject) => {
    const child = spawn(path, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', (error) => reject(new BackupError('backup-tool-failed', { tool, detail: error.message })));
    child.on('close', (code) => {
      if (code === 0) resolve(stdout);
      else reject(new BackupError('backup-tool-failed', { tool, detail: stderr.trim() || `exit code ${code}` }));
    });
  });
}
