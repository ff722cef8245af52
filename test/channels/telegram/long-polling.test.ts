import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../src/app.js';
import { loadConfig } from '../../../src/config.js';
import { shiftCampaignDates, shiftForToday } from '../../../src/campaign-file/shift-dates.js';
import { importCampaign } from '../../../src/services/campaigns/campaign-import.js';
import { createInvite } from '../../../src/services/campaigns/invite-codes.js';
import { startFakeBotApi, type ApiCall, type FakeBotApi } from '../../support/bot-api-server.js';
import { loadCampaign } from '../../support/core.js';
import { PDF } from '../../support/files.js';
import { startCommand } from '../../support/start-command.js';

// The real program as npm start runs it (built to JavaScript, with package.json's own node flags
// and environment: the heap ceiling among them) as a child process, long polling a Bot API server on 127.0.0.1
// through TELEGRAM_API_ROOT: a stranger registers with a code, reports progress with a piece of
// evidence, and sees the standings; SIGTERM stops it cleanly.

const TOKEN = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw';
const USER = { id: 7001, is_bot: false, first_name: 'Nam', last_name: 'Trần Văn', language_code: 'vi' };
const CHAT = { id: 7001, type: 'private', first_name: 'Nam' };

let dir: string;
let api: FakeBotApi;
let child: ChildProcess;
let stderr = '';
let code: string;
let messageId = 1;

const text = (c: ApiCall) => String(c.params.text ?? c.params.caption ?? '');
const say = (t: string) =>
  api.push({
    message: {
      message_id: messageId++,
      date: Math.floor(Date.now() / 1000),
      chat: CHAT,
      from: USER,
      text: t,
      ...(t.startsWith('/') ? { entities: [{ type: 'bot_command', offset: 0, length: t.split(' ')[0]!.length }] } : {}),
    },
  });

/** Taps the button with this label on the latest keyboard the bot sent. */
function tap(label: string): void {
  const withKeyboard = [...api.calls].reverse().find((c) => (c.params.reply_markup as { inline_keyboard?: unknown } | undefined)?.inline_keyboard);
  const rows = (withKeyboard!.params.reply_markup as { inline_keyboard: Array<Array<{ text: string; callback_data: string }>> }).inline_keyboard;
  const button = rows.flat().find((b) => b.text.startsWith(label));
  if (!button) throw new Error(`no button "${label}" in ${JSON.stringify(rows)}`);
  api.push({
    callback_query: {
      id: `cb${messageId}`,
      from: USER,
      chat_instance: 'ci',
      data: button.callback_data,
      message: { message_id: messageId++, date: 0, chat: CHAT, text: text(withKeyboard!), reply_markup: withKeyboard!.params.reply_markup },
    },
  });
}

async function expectReply(fragment: string): Promise<ApiCall> {
  const from = Math.max(0, api.calls.length - 3);
  return api
    .waitFor((c) => text(c).includes(fragment), from, 30_000)
    .catch((e: Error) => {
      throw new Error(`${e.message}\nlast texts: ${api.calls.slice(-4).map(text).join(' | ')}\nstderr: ${stderr}`);
    });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'thidua-tg-'));
  const env = { DATABASE_URL: `file:${join(dir, 'bot.db')}`, FILE_STORE_DIR: join(dir, 'files'), LOG_LEVEL: 'info' };
  const core = await createCore(loadConfig(env), { logger: pino({ level: 'silent' }) });
  // The real process runs on today's date: the 2025 plan placed so that today is inside its period.
  const file = loadCampaign();
  const summary = await importCampaign(core.db, shiftCampaignDates(file, shiftForToday(file, new Date())));
  const unit = await core.db.unit.findFirstOrThrow({ where: { organizationId: summary.organizationId, code: 'VHXH' } });
  code = (await createInvite(core.db, { organizationId: summary.organizationId, unitId: unit.id, role: 'HEAD' })).code;
  await core.close();

  api = await startFakeBotApi(TOKEN, { id: 424242, username: 'ThiDuaTestBot' });
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
  const start = startCommand();
  child = spawn(process.execPath, [...start.nodeFlags, start.main], {
    env: { ...process.env, ...start.env, ...env, TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: api.url },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout!.on('data', (d: Buffer) => (stderr += d.toString()));
  await api.waitFor((c) => c.method === 'deleteWebhook', 0, 60_000);
}, 180_000);

afterAll(async () => {
  if (child.exitCode === null) child.kill('SIGKILL');
  await api?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('Telegram by long polling against a local Bot API server', () => {
  it('registers, reports with evidence, shows the standings, and stops on SIGTERM', async () => {
    say(`/start ${code}`);
    await expectReply('Xin cho biết họ và tên');
    tap('Nam Trần Văn');
    await expectReply('Đăng ký thành công. Chào mừng Nam Trần Văn!');

    say('/baocao');
    await expectReply('Báo cáo của Văn hóa - Xã hội');
    tap('Cải cách thể chế');
    await expectReply('Nhập kết quả cho tiêu chí: Mức độ hoàn thành nhiệm vụ cải cách thể chế');
    say('95,5');
    await expectReply('Ghi chú kèm theo');
    tap('Bỏ qua');
    await expectReply('Gửi tài liệu kiểm chứng');
    api.addFile('file-1', PDF);
    api.push({
      message: {
        message_id: messageId++,
        date: 0,
        chat: CHAT,
        from: USER,
        document: { file_id: 'file-1', file_unique_id: 'uf1', file_name: '../../minh-chung.pdf', mime_type: 'application/pdf', file_size: PDF.length },
      },
    });
    await expectReply('Đã nhận minh-chung.pdf (tổng 1 tệp)');
    tap('Xong');
    await expectReply('• Tài liệu kiểm chứng: 1 tệp');
    tap('Lưu');
    await expectReply('Đã lưu báo cáo. Mức độ hoàn thành nhiệm vụ cải cách thể chế: chưa có → 95,5%.');

    const before = api.calls.length;
    say('/xephang');
    const photo = await api.waitFor((c) => c.method === 'sendPhoto', before, 30_000);
    expect(photo.upload!.subarray(1, 4).toString()).toBe('PNG');
    await api.waitFor((c) => text(c).includes('1. Văn hóa - Xã hội — 11,94 điểm'), before, 30_000);

    expect(api.calls.some((c) => c.method === 'setMyCommands')).toBe(true);
    expect(api.calls.some((c) => c.method === 'answerCallbackQuery')).toBe(true);
    expect(stderr).not.toContain(TOKEN);

    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);

    const core = await createCore(loadConfig({ DATABASE_URL: `file:${join(dir, 'bot.db')}`, FILE_STORE_DIR: join(dir, 'files') }), { logger: pino({ level: 'silent' }) });
    const report = await core.db.progressReport.findFirstOrThrow({ include: { member: true, evidence: true } });
    expect(report).toMatchObject({ value: 95.5, channel: 'TELEGRAM', member: { fullName: 'Nam Trần Văn' } });
    expect(report.evidence.map((e) => [e.originalName, e.sourceChannel])).toEqual([['minh-chung.pdf', 'TELEGRAM']]);
    expect(existsSync(join(dir, 'files', report.evidence[0]!.storageKey))).toBe(true);
    await core.close();
  }, 120_000);
});
