import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../src/app.js';
import { loadConfig } from '../../../src/config.js';
import { importCampaign } from '../../../src/services/campaigns/campaign-import.js';
import { createInvite } from '../../../src/services/campaigns/invite-codes.js';
import { loadCampaign } from '../../support/core.js';
import { startFakeZaloApi, ZALO_TOKEN, type FakeZaloApi } from '../../support/zalo-api-server.js';
import { NAM, textUpdate } from './support/zalo.js';

// npm start's entry point as a child process with only ZALO_BOT_TOKEN set: it polls the Zalo Bot
// API on 127.0.0.1, registers a stranger, answers /xephang in text, and stops cleanly on SIGTERM.

let dir: string;
let api: FakeZaloApi;
let child: ChildProcess;
let output = '';
let code: string;

const env = () => {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(TELEGRAM_|ZALO_|PUBLIC_BASE_URL)/.test(k)));
  return { ...clean, DATABASE_URL: `file:${join(dir, 'bot.db')}`, FILE_STORE_DIR: join(dir, 'files'), LOG_LEVEL: 'info' };
};

async function say(text: string, fragment: string): Promise<void> {
  const from = api.calls.length;
  api.push(textUpdate(NAM, text));
  await api
    .waitFor((c) => String(c.params.text ?? '').includes(fragment), from, 30_000)
    .catch((e: Error) => {
      throw new Error(`${e.message}\noutput: ${output}`);
    });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'thidua-zalo-'));
  const core = await createCore(loadConfig(env()), { logger: pino({ level: 'silent' }) });
  const summary = await importCampaign(core.db, loadCampaign());
  const unit = await core.db.unit.findFirstOrThrow({ where: { organizationId: summary.organizationId, code: 'VHXH' } });
  code = (await createInvite(core.db, { organizationId: summary.organizationId, unitId: unit.id, role: 'HEAD' })).code;
  await core.close();

  api = await startFakeZaloApi();
  child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { env: { ...env(), ZALO_BOT_TOKEN: ZALO_TOKEN, ZALO_API_ROOT: api.url }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  await api.waitUntil(() => api.polls.length > 0, 60_000, 'the first poll');
}, 90_000);

afterAll(async () => {
  if (child.exitCode === null) child.kill('SIGKILL');
  await api?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('npm start with only ZALO_BOT_TOKEN', () => {
  it('polls Zalo, registers, shows the standings as text, and stops on SIGTERM', async () => {
    expect(api.calls.map((c) => c.method).slice(0, 2)).toEqual(['getMe', 'deleteWebhook']);
    await say(`/start ${code}`, 'Xin cho biết họ và tên');
    await say('1', 'Đăng ký thành công. Chào mừng Trần Văn Nam!');
    await say('/xephang', 'Bảng xếp hạng —');
    expect(api.calls.some((c) => c.method === 'sendPhoto')).toBe(false);

    const exited = new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).toContain('zalo bot polling');
    expect(output).not.toContain(ZALO_TOKEN);
    expect(output).not.toContain(ZALO_TOKEN.split(':')[1]);
  }, 120_000);
});

describe('npm start when Zalo refuses the token while running', () => {
  it('stops with exit code 1 and says so in Vietnamese and English, without the token', async () => {
    const revoking = await startFakeZaloApi();
    const run = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { ...env(), ZALO_BOT_TOKEN: ZALO_TOKEN, ZALO_API_ROOT: revoking.url },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let said = '';
    run.stderr!.on('data', (d: Buffer) => (said += d.toString()));
    run.stdout!.on('data', (d: Buffer) => (said += d.toString()));
    const exited = new Promise<number | null>((resolve) => run.once('exit', (c) => resolve(c)));
    try {
      await revoking.waitUntil(() => revoking.polls.length > 0, 60_000, 'the first poll');
      // The token is reset in Zalo Bot Manager while the bot runs.
      revoking.revokeToken();
      expect(await exited).toBe(1);
    } finally {
      if (run.exitCode === null) run.kill('SIGKILL');
      await revoking.close();
    }
    expect(said).toContain('Zalo từ chối mã bot (lỗi 401), bot dừng lại. Kiểm tra ZALO_BOT_TOKEN');
    expect(said).toContain('Zalo refused the bot token (error 401); the bot has stopped. Check ZALO_BOT_TOKEN');
    expect(said).not.toContain(ZALO_TOKEN.split(':')[1]);
  }, 120_000);
});

describe('npm start without any channel', () => {
  it('says no channel is configured and exits with 1', async () => {
    const bare = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { env: env(), stdio: ['ignore', 'pipe', 'pipe'] });
    let said = '';
    bare.stderr!.on('data', (d: Buffer) => (said += d.toString()));
    const exitCode = await new Promise<number | null>((resolve) => bare.once('exit', (c) => resolve(c)));
    expect(exitCode).toBe(1);
    expect(said).toContain('Chưa cấu hình kênh nào (Telegram, Zalo)');
  }, 60_000);
});
