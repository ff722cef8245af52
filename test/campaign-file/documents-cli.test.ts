import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actor } from '../support/awards.js';
import { startTestBot, type TestBot } from '../support/core.js';
import { docxText, NOMINEE, nominateVhxh } from '../support/documents.js';
import { VHXH } from '../support/kim-phuong.js';

// npm run campaign -- documents <campaign> [--unit …] --out <folder>: the whole set written for a
// secretariat that prints in bulk, through the same DocumentService as /vanban.

type CliResult = { code: number; stdout: string; stderr: string };

let bot: TestBot;
let code: string;

function runCli(args: string[]): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/campaign-file/cli.ts', ...args],
      { env: { ...process.env, DATABASE_URL: bot.url, FILE_STORE_DIR: join(bot.dir, 'files'), DEFAULT_LOCALE: 'vi', LOG_LEVEL: 'warn' }, timeout: 120_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

/** The paths the CLI says it wrote, one "Đã ghi <path> (<document>)" line each. */
const writtenPaths = (stdout: string) => [...stdout.matchAll(/^Đã ghi (.+\.docx) \(.+\)$/gm)].map((m) => m[1]!);

// Each run starts node, tsx and Prisma: seconds apiece on a busy machine.
describe('npm run campaign -- documents', { timeout: 180_000 }, () => {
  beforeAll(async () => {
    bot = await startTestBot({ withReports: true });
    await nominateVhxh(bot);
    code = (await bot.core.db.campaign.findUniqueOrThrow({ where: { id: bot.campaignId } })).code;
  });
  afterAll(() => bot.close());

  it('writes every document the secretariat may take, and prints each file', async () => {
    const out = join(bot.dir, 'ban-in');
    const result = await runCli(['documents', code, '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const paths = writtenPaths(result.stdout);
    const expected = await bot.core.services.documents.available(await actor(bot, 'vptk-1'), bot.campaignId);
    expect(paths).toHaveLength(expected.length);
    expect(readdirSync(out).sort()).toEqual(paths.map((p) => p.slice(out.length + 1)).sort());
    expect(result.stdout).toContain(`Xong: ${paths.length} văn bản trong thư mục ${out}.`);
    // the unit's Tờ trình lists its nominee
    const texts = paths.filter((p) => /\/to-trinh-[^/]*$/.test(p)).map((p) => docxText(readFileSync(p)));
    expect(
      texts.some((text) => text.includes(VHXH) && text.includes(NOMINEE)),
      result.stdout,
    ).toBe(true);
  });

  it('--unit narrows the set to that unit’s documents', async () => {
    const out = join(bot.dir, 'van-hoa');
    const result = await runCli(['documents', code, '--unit', 'van hoa', '--out', out]);
    expect(result.code).toBe(0);
    const expected = (await bot.core.services.documents.available(await actor(bot, 'vhxh-1'), bot.campaignId)).length;
    expect(writtenPaths(result.stdout)).toHaveLength(expected);
    for (const path of writtenPaths(result.stdout)) expect(docxText(readFileSync(path))).toContain(VHXH);
  });

  it('refuses an --out that is a file, writing nothing; --out is required', async () => {
    const file = join(bot.dir, 'not-a-folder.txt');
    writeFileSync(file, 'x');
    const result = await runCli(['documents', code, '--out', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${file} là một tệp, không phải thư mục.`);
    expect(readFileSync(file, 'utf8')).toBe('x');
    const usage = await runCli(['documents', code]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('documents <mã kế hoạch>');
  });
});
