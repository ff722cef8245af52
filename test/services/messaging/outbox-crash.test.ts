import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../src/app.js';
import { loadConfig } from '../../../src/config.js';
import { startFakeBotApi, type ApiCall, type FakeBotApi } from '../../support/bot-api-server.js';
import { dropDatabase, freshDatabaseUrl } from '../../support/database.js';

// The real program (src/main.ts) sends a batch of outbox messages to a Bot API server on
// 127.0.0.1 and is killed (SIGKILL) while the 40th request is in flight. A second run takes the
// dead sender's rows over once their lease is over. Every message must have reached Telegram
// exactly once: 0 lost, 0 sent twice. Two members have blocked the bot (403): their rows fail
// for good, their accounts become unreachable, and the ADMIN is told.

const TOKEN = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw';
const COUNT = 120;
const KILL_AT = 40;
const FIRST_CHAT = 50_000;
const BLOCKED = new Set([FIRST_CHAT + 7, FIRST_CHAT + 90]);
const ADMIN_CHAT = 49_999;

let dir: string;
let env: Record<string, string>;
let api: FakeBotApi;
let running: ChildProcess | null = null;
/** the first run, killed while sending */
let victim: ChildProcess | null = null;
let output = '';
let sends = 0;

const chatOf = (c: ApiCall) => Number(c.params.chat_id);
const messages = () => api.calls.filter((c) => c.method === 'sendMessage');

function start(): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  running = child;
  return child;
}

const exited = (child: ChildProcess) =>
  new Promise<number | string | null>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode ?? child.signalCode);
    else child.once('exit', (code, signal) => resolve(code ?? signal));
  });

async function withCore<T>(work: (core: Awaited<ReturnType<typeof createCore>>) => Promise<T>): Promise<T> {
  const core = await createCore(loadConfig(env), { logger: pino({ level: 'silent' }) });
  try {
    return await work(core);
  } finally {
    await core.close();
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'thidua-crash-'));
  api = await startFakeBotApi(TOKEN, { id: 424242, username: 'ThiDuaTestBot' }, (call) => {
    if (call.method !== 'sendMessage') return undefined;
    const chat = chatOf(call);
    if (BLOCKED.has(chat)) return { status: 403, body: { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' } };
    sends += 1;
    // The 40th request, and any that slip out before the process dies, never get an answer.
    if (sends >= KILL_AT && victim && victim.exitCode === null && victim.signalCode === null) {
      victim.kill('SIGKILL');
      return new Promise<never>(() => undefined);
    }
    return undefined;
  });
  env = {
    DATABASE_URL: await freshDatabaseUrl(dir, 'crash'),
    FILE_STORE_DIR: join(dir, 'files'),
    LOG_LEVEL: 'info',
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: api.url,
    OUTBOX_LEASE_SECONDS: '2',
  };
  await withCore(async (core) => {
    const org = await core.db.organization.create({ data: { code: 'XA-THU', name: 'UBND xã Thử' } });
    const admin = await core.db.member.create({
      data: { organizationId: org.id, fullName: 'Quản trị', searchKey: 'quan tri', roles: { create: { role: 'ADMIN' } } },
    });
    await core.db.channelAccount.create({ data: { memberId: admin.id, channel: 'TELEGRAM', externalId: String(ADMIN_CHAT) } });
    const items = [];
    for (let i = 0; i < COUNT; i++) {
      const member = await core.db.member.create({
        data: { organizationId: org.id, fullName: `Cán bộ ${i}`, searchKey: `can bo ${i}`, accounts: { create: { channel: 'TELEGRAM', externalId: String(FIRST_CHAT + i) } } },
      });
      items.push({
        dedupeKey: `test:${i}`,
        memberId: member.id,
        kind: 'broadcast',
        payload: { key: 'outbox-member-unreachable', args: { name: `tin ${i}`, unit: '-', channel: 'TELEGRAM' } },
      });
    }
    expect(await core.services.outbox.enqueue(items)).toEqual({ created: COUNT, skipped: 0 });
  });
}, 60_000);

afterAll(async () => {
  if (running && running.exitCode === null) running.kill('SIGKILL');
  await api?.close();
  if (env) await dropDatabase(env.DATABASE_URL!);
  rmSync(dir, { recursive: true, force: true });
});

describe('outbox sender killed in the middle of a batch', () => {
  it('resends nothing and loses nothing', async () => {
    const first = start();
    victim = first;
    expect(await exited(first)).toBe('SIGKILL');
    const beforeRestart = messages().filter((c) => !BLOCKED.has(chatOf(c))).length;
    expect(beforeRestart).toBeGreaterThanOrEqual(KILL_AT);
    expect(beforeRestart).toBeLessThan(COUNT);

    const second = start();
    const everyone = () =>
      new Set(
        messages()
          .map(chatOf)
          .filter((chat) => chat >= FIRST_CHAT),
      ).size === COUNT;
    const adminTold = () => messages().filter((c) => chatOf(c) === ADMIN_CHAT).length === BLOCKED.size;
    await api
      .waitFor(() => everyone() && adminTold(), 0, 60_000)
      .catch((error: Error) => {
        throw new Error(`${error.message}\n${output.slice(-3000)}`);
      });
    second.kill('SIGTERM');
    expect(await exited(second)).toBe(0);

    // Each member's chat got exactly one message; blocked chats were tried once and never again.
    const perChat = new Map<number, number>();
    for (const call of messages()) perChat.set(chatOf(call), (perChat.get(chatOf(call)) ?? 0) + 1);
    const doubled = [...perChat].filter(([chat, n]) => chat >= FIRST_CHAT && n > 1);
    expect(doubled).toEqual([]);
    expect([...perChat.keys()].filter((chat) => chat >= FIRST_CHAT)).toHaveLength(COUNT);

    await withCore(async (core) => {
      const rows = await core.db.outboxMessage.findMany({ where: { kind: 'broadcast' }, include: { member: { include: { accounts: true } } } });
      const byStatus = (status: string) => rows.filter((r) => r.status === status);
      expect(
        byStatus('FAILED')
          .map((r) => Number(r.member.accounts[0]!.externalId))
          .sort(),
      ).toEqual([...BLOCKED].sort());
      expect(byStatus('FAILED').every((r) => r.member.accounts[0]!.unreachable && r.lastError === 'blocked by the recipient')).toBe(true);
      // The request killed in flight had reached Telegram: it is UNCERTAIN, not sent again.
      const uncertain = byStatus('UNCERTAIN');
      expect(uncertain.length).toBeGreaterThanOrEqual(1);
      for (const row of uncertain) expect(perChat.get(Number(row.member.accounts[0]!.externalId))).toBe(1);
      expect(byStatus('SENT').length + uncertain.length).toBe(COUNT - BLOCKED.size);
      expect(byStatus('PENDING').length + byStatus('SENDING').length).toBe(0);
      // ADMIN's notices name the members who blocked the bot
      const notices = messages()
        .filter((c) => chatOf(c) === ADMIN_CHAT)
        .map((c) => String(c.params.text));
      expect(notices.sort()).toEqual([expect.stringContaining('Cán bộ 7'), expect.stringContaining('Cán bộ 90')]);
    });
  }, 150_000);
});
