import { execFile } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../support/core.js';

// npm run jobs, as an operator runs it, on the Kim Phượng campaign's database.

type CliResult = { code: number; stdout: string; stderr: string };

let bot: TestBot;

function jobs(...args: string[]): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/jobs/cli.ts', ...args],
      { env: { ...process.env, DATABASE_URL: bot.url, FILE_STORE_DIR: `${bot.dir}/files`, DEFAULT_LOCALE: 'vi' } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

beforeAll(async () => {
  bot = await startTestBot();
});
afterAll(() => bot.close());

describe('npm run jobs', { timeout: 120_000 }, () => {
  it('lists the jobs with their schedules', async () => {
    const out = await jobs('list');
    expect(out.code).toBe(0);
    for (const name of ['checkin', 'deadline-nudges', 'overdue', 'weekly-digest', 'standings-snapshot']) expect(out.stdout).toContain(name);
    expect(out.stdout).toContain('0 8 * * *');
  });

  it('runs one job at a given time, shows what it queued, and queues nothing twice', async () => {
    // Tuesday 25/11/2025, three days before the self-scoring deadline (28/11/2025)
    const first = await jobs('run', 'deadline-nudges', '--at', '25/11/2025 08:00');
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Đã chạy việc “deadline-nudges” với thời điểm 25/11/2025 08:00.');
    const rows = await bot.core.db.outboxMessage.findMany({ include: { member: true } });
    expect(rows.length).toBeGreaterThan(0);
    expect(first.stdout).toContain(`Tin đã xếp vào hàng đợi ở thời điểm này: ${rows.length}`);
    for (const row of rows) expect(first.stdout).toContain(row.member.fullName);
    const again = await jobs('run', 'deadline-nudges', '--at', '25/11/2025 08:00');
    expect(again.code).toBe(0);
    expect(await bot.core.db.outboxMessage.count()).toBe(rows.length);

    const outbox = await jobs('outbox');
    expect(outbox.code).toBe(0);
    expect(outbox.stdout).toMatch(new RegExp(`Chờ gửi\\s+${rows.length}`));
    expect(outbox.stdout).toMatch(/Đã gửi\s+0/);
  });

  it('says how to write the time, and which jobs exist', async () => {
    const badTime = await jobs('run', 'overdue', '--at', '25/11/2025 8h');
    expect(badTime.code).toBe(2);
    expect(badTime.stderr).toContain('Hãy ghi theo dạng dd/mm/yyyy HH:mm');
    const unknown = await jobs('run', 'nhac-viec');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Không có việc tên “nhac-viec”. Các việc có: checkin, deadline-nudges');
    const usage = await jobs('chay');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('npm run jobs -- run <tên việc>');
  });
});
