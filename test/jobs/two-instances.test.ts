import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { startFakeBotApi, type ApiCall, type FakeBotApi } from '../support/bot-api-server.js';
import { dropDatabase, freshDatabaseUrl } from '../support/database.js';

// Several instances of the bot on one database (PostgreSQL when the suite runs on it): two real
// programs (src/main.ts) drain one outbox to a Bot API server on 127.0.0.1 with nothing sent twice
// and nothing lost, and two schedulers run each cron fire once between them, the survivor taking
// over when the other dies.

const TOKEN = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw';
const COUNT = 240;
const FIRST_CHAT = 60_000;

let dir: string;
let env: Record<string, string>;
let api: FakeBotApi;
const children: ChildProcess[] = [];

function spawnWith(args: string[], extraEnv: Record<string, string> = {}): ChildProcess & { output: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { env: { ...process.env, ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  children.push(child);
  return Object.assign(child, { output: () => output });
}

const exited = (child: ChildProcess) =>
  new Promise<number | string | null>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode ?? child.signalCode);
    else child.once('exit', (code, signal) => resolve(code ?? signal));
  });

async function until(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'thidua-two-'));
  api = await startFakeBotApi(TOKEN, { id: 424242, username: 'ThiDuaTestBot' });
  env = {
    DATABASE_URL: await freshDatabaseUrl(dir, 'two'),
    FILE_STORE_DIR: join(dir, 'files'),
    LOG_LEVEL: 'warn',
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: api.url,
  };
  const core = await createCore(loadConfig(env), { logger: pino({ level: 'silent' }) });
  try {
    const org = await core.db.organization.create({ data: { code: 'XA-HAI', name: 'UBND xã Hai' } });
    const items = [];
    for (let i = 0; i < COUNT; i++) {
      const member = await core.db.member.create({
        data: { organizationId: org.id, fullName: `Cán bộ ${i}`, searchKey: `can bo ${i}`, accounts: { create: { channel: 'TELEGRAM', externalId: String(FIRST_CHAT + i) } } },
      });
      items.push({ dedupeKey: `two:${i}`, memberId: member.id, kind: 'broadcast', payload: { key: 'broadcast-message', args: { sender: 'Văn phòng', text: `Tin ${i}` } } });
    }
    expect(await core.services.outbox.enqueue(items)).toEqual({ created: COUNT, skipped: 0 });
  } finally {
    await core.close();
  }
}, 120_000);

afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await api?.close();
  if (env) await dropDatabase(env.DATABASE_URL!);
  rmSync(dir, { recursive: true, force: true });
});

describe('two instances on one database', { timeout: 120_000 }, () => {
  it('send every outbox message once between them', async () => {
    const sends = () => api.calls.filter((c: ApiCall) => c.method === 'sendMessage');
    const first = spawnWith(['src/main.ts']);
    const second = spawnWith(['src/main.ts']);
    await until(() => new Set(sends().map((c) => c.params.chat_id)).size === COUNT, 90_000, `${COUNT} chats to get their message\n${first.output()}\n${second.output()}`);
    for (const child of [first, second]) child.kill('SIGTERM');
    expect(await exited(first)).toBe(0);
    expect(await exited(second)).toBe(0);

    const perChat = new Map<string, number>();
    for (const call of sends()) perChat.set(String(call.params.chat_id), (perChat.get(String(call.params.chat_id)) ?? 0) + 1);
    expect([...perChat.values()].filter((n) => n > 1)).toEqual([]);
    expect(perChat.size).toBe(COUNT);
    // Both took part: each claimed rows the other then left alone.
    const core = await createCore(loadConfig(env), { logger: pino({ level: 'silent' }) });
    try {
      const rows = await core.db.outboxMessage.findMany({ select: { status: true, claimedBy: true } });
      expect(rows.every((r) => r.status === 'SENT')).toBe(true);
      expect(new Set(rows.map((r) => r.claimedBy)).size).toBe(2);
    } finally {
      await core.close();
    }
  });

  it('run each cron fire once between them; the survivor takes over when the other dies', async () => {
    const ticks = (child: ReturnType<typeof spawnWith>) => [...child.output().matchAll(/^tick (\d+) \d+$/gm)].map((m) => Number(m[1]));
    const a = spawnWith(['test/support/scheduler-instance.ts', '1500']);
    const b = spawnWith(['test/support/scheduler-instance.ts', '1500']);
    await until(() => /ready/.test(a.output()) && /ready/.test(b.output()), 30_000, 'both schedulers');
    await until(() => ticks(a).length + ticks(b).length >= 5, 15_000, 'five ticks');
    const holder = ticks(a).length >= ticks(b).length ? a : b;
    const survivor = holder === a ? b : a;
    holder.kill('SIGKILL');
    await exited(holder);
    const survivorBefore = ticks(survivor).length;
    // Once the dead holder's lease has run out (1.5 s), the survivor runs the job.
    await until(() => ticks(survivor).length >= survivorBefore + 3, 15_000, 'the survivor to take over');
    survivor.kill('SIGTERM');
    await exited(survivor);

    const all = [...ticks(a), ...ticks(b)];
    expect(all.length).toBeGreaterThanOrEqual(8);
    // No second was run by both.
    expect(all.length).toBe(new Set(all).size);
  });
});
