import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { I18n } from '../src/i18n/i18n.js';
import { startFakeBotApi, type FakeBotApi } from './support/bot-api-server.js';
import { ROOT } from './support/demo.js';

// The program as an operator starts it, as child processes, from a folder other than the
// program's own: blank settings take their defaults, and each start-up failure is one message in
// Vietnamese then English, without a stack trace, and an exit code other than 0.

const TOKEN = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw';
const MAIN = join(ROOT, 'src/main.ts');
const DEMO = join(ROOT, 'src/channels/console/demo.ts');
const CAMPAIGN_CLI = join(ROOT, 'src/campaign-file/cli.ts');
// tsx from the program's node_modules: the current folder has none.
const TSX = import.meta.resolve('tsx');
const i18n = new I18n();

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

let cwd: string;
beforeAll(() => {
  cwd = mkdtempSync(join(tmpdir(), 'thidua-startup-'));
});
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

/** Only what the test sets: no DATABASE_URL or token leaks in from the machine running the tests. */
function environment(env: Record<string, string>): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, ...env };
}

function run(script: string, env: Record<string, string>, args: string[] = [], input = ''): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', TSX, script, ...args], { cwd, env: environment(env), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${script} did not finish\nstdout:\n${stdout}\nstderr:\n${stderr}`));
    }, 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(input);
  });
}

/** One clear message: both languages of the locale message, no stack frame, a failing exit code. */
function expectStartupFailure(out: Run, key: string, args: Record<string, string> = {}): void {
  expect(out.code, out.stderr).not.toBe(0);
  expect(out.stderr).toContain(i18n.t('vi', key, args));
  expect(out.stderr).toContain(i18n.t('en', key, args));
  expect(out.stderr).not.toMatch(/^\s+at /m);
}

/** A port on 127.0.0.1 where nothing listens. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('starting the program', { timeout: 90_000 }, () => {
  let api: FakeBotApi | undefined;
  let blocker: Server | undefined;
  afterEach(async () => {
    await api?.close();
    api = undefined;
    blocker?.close();
    blocker = undefined;
  });

  it('npm run demo from another folder, with blank settings and a wrong channel setting, runs on defaults', async () => {
    const blank = { TELEGRAM_BOT_TOKEN: '', DATABASE_URL: '', HTTP_PORT: '', LOG_LEVEL: '', DEMO_DATABASE_URL: '', FILE_STORE_DIR: '', ZALO_BOT_TOKEN: 'not-a-token' };
    const out = await run(DEMO, blank, [], '/xephang\n');
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('Bảng xếp hạng');
    // The defaults, in the folder it was started from: the shipped campaign and locales from the program's.
    expect(existsSync(join(cwd, 'data/demo.db'))).toBe(true);
    expect(existsSync(join(cwd, 'data/files'))).toBe(true);
  });

  it('npm start from another folder finds its migrations and locales, answers, and stops on SIGTERM', async () => {
    api = await startFakeBotApi(TOKEN, { id: 424242, username: 'ThiDuaTestBot' });
    const dir = mkdtempSync(join(cwd, 'start-'));
    const child = spawn(process.execPath, ['--import', TSX, MAIN], {
      cwd: dir,
      env: environment({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: api.url, DATABASE_URL: '', HTTP_PORT: '', LOG_LEVEL: '' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      await api.waitFor((c) => c.method === 'deleteWebhook', 0, 60_000);
      const user = { id: 7001, is_bot: false, first_name: 'Nam', language_code: 'vi' };
      api.push({
        message: {
          message_id: 1,
          date: Math.floor(Date.now() / 1000),
          chat: { id: 7001, type: 'private', first_name: 'Nam' },
          from: user,
          text: '/start',
          entities: [{ type: 'bot_command', offset: 0, length: 6 }],
        },
      });
      const reply = await api.waitFor((c) => c.method === 'sendMessage', 0, 30_000);
      expect(String(reply.params.text)).toMatch(/[àáảãạăâđêôơưạ]/);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited, stderr).toBe(0);
    expect(stderr).not.toMatch(/^\s+at /m);
    // The default database, in the folder it was started from, migrated from the program's migrations.
    const db = new Database(join(dir, 'data/thidua.db'), { readonly: true });
    try {
      expect((db.prepare('SELECT count(*) AS n FROM _prisma_migrations').get() as { n: number }).n).toBeGreaterThan(0);
    } finally {
      db.close();
    }
  });

  it('stops on SIGTERM while Telegram still does not answer at start', async () => {
    const port = await closedPort();
    const dir = mkdtempSync(join(cwd, 'stuck-'));
    const child = spawn(process.execPath, ['--import', TSX, MAIN], {
      cwd: dir,
      env: environment({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: `http://127.0.0.1:${port}`, LOG_LEVEL: 'info' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    // The database is migrated and the channel is starting (getMe keeps failing) when the signal comes.
    await expect.poll(() => stderr.includes('getMe'), { timeout: 60_000 }).toBe(true);
    const signalled = Date.now();
    child.kill('SIGTERM');
    const code = await Promise.race([exited, new Promise<'still running'>((resolve) => setTimeout(() => resolve('still running'), 20_000))]);
    if (code === 'still running') child.kill('SIGKILL');
    expect(code, stderr).not.toBe('still running');
    expect(Date.now() - signalled).toBeLessThan(15_000);
    expect(stderr).toContain('shutting down');
    expect(stderr).not.toContain(TOKEN);
  });

  it('refused settings: each named with its fix, no token repeated', async () => {
    const out = await run(MAIN, { TELEGRAM_BOT_TOKEN: 'abc:123', HTTP_PORT: 'tam nghin' });
    expectStartupFailure(out, 'config-invalid');
    for (const key of ['config-telegram-token', 'config-http-port']) {
      expect(out.stderr).toContain(i18n.t('vi', key));
      expect(out.stderr).toContain(i18n.t('en', key));
    }
    expect(out.stderr).not.toContain('abc:123');
  });

  it('an unreachable PostgreSQL: names DATABASE_URL without its password', async () => {
    const port = await closedPort();
    const out = await run(MAIN, { TELEGRAM_BOT_TOKEN: TOKEN, DATABASE_URL: `postgresql://thidua:matkhau-bi-mat@127.0.0.1:${port}/thidua` });
    expectStartupFailure(out, 'startup-database-unreachable', { url: `postgresql://thidua:***@127.0.0.1:${port}/thidua`, reason: 'DatabaseNotReachable' });
    expect(out.stderr).toMatch(/^Không kết nối được cơ sở dữ liệu/);
    expect(out.stderr).toContain('Cannot reach the database');
    expect(out.stderr).not.toContain('matkhau-bi-mat');
    // The command-line tools say the same, and read no channel setting.
    const list = await run(CAMPAIGN_CLI, { DATABASE_URL: `postgresql://thidua:matkhau-bi-mat@127.0.0.1:${port}/thidua`, TELEGRAM_BOT_TOKEN: 'abc' }, ['list']);
    expectStartupFailure(list, 'startup-database-unreachable', { url: `postgresql://thidua:***@127.0.0.1:${port}/thidua`, reason: 'DatabaseNotReachable' });
  });

  it('a FILE_STORE_DIR or database folder that cannot be written is found at start', async () => {
    const file = join(cwd, 'a-file');
    writeFileSync(file, 'not a folder');
    const files = await run(DEMO, { FILE_STORE_DIR: join(file, 'files'), DEMO_DATABASE_URL: `file:${join(cwd, 'unwritable', 'demo.db')}` });
    expectStartupFailure(files, 'startup-folder-unwritable', { folder: join(file, 'files'), variable: 'FILE_STORE_DIR', reason: 'ENOTDIR' });
    const database = await run(MAIN, { TELEGRAM_BOT_TOKEN: TOKEN, DATABASE_URL: `file:${join(file, 'data', 'bot.db')}` });
    expectStartupFailure(database, 'startup-folder-unwritable', { folder: join(file, 'data'), variable: 'DATABASE_URL', reason: 'ENOTDIR' });
  });

  it('a port in use: says which, and how to change it', async () => {
    blocker = createServer();
    await new Promise<void>((resolve) => blocker!.listen(0, '127.0.0.1', resolve));
    const port = String((blocker.address() as { port: number }).port);
    const out = await run(MAIN, {
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: 'http://127.0.0.1:9',
      TELEGRAM_WEBHOOK_URL: 'https://bot.example.vn/telegram',
      TELEGRAM_WEBHOOK_SECRET: 'mot-chuoi-bi-mat-du-dai',
      HTTP_HOST: '127.0.0.1',
      HTTP_PORT: port,
      DATABASE_URL: `file:${join(cwd, 'port', 'bot.db')}`,
      FILE_STORE_DIR: join(cwd, 'port', 'files'),
    });
    expectStartupFailure(out, 'startup-port-in-use', { host: '127.0.0.1', port });
  });
});
