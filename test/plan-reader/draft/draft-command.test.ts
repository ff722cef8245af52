import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { planDocx } from '../../../scripts/plan-files.js';

type CliResult = { code: number; stdout: string; stderr: string };

const dir = mkdtempSync(join(tmpdir(), 'plan-draft-'));

function runCli(args: string[]): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/campaign-file/cli.ts', ...args],
      // drafting opens no database; the command line still reads where one would be
      { env: { ...process.env, DATABASE_URL: `file:${join(dir, 't.db')}`, DEFAULT_LOCALE: 'vi', LOG_LEVEL: 'warn' }, timeout: 120_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

// Each run starts node and tsx: seconds apiece on a busy machine.
describe('npm run campaign -- draft', { timeout: 180_000 }, () => {
  it('drafts a campaign file from a Word plan, says what is missing, and prints the YAML without --out', async () => {
    const plan = join(dir, 'kim-phuong.docx');
    writeFileSync(plan, await planDocx(readFileSync('test/fixtures/plans/001_c50c492b8126b696.txt', 'utf8')));
    const out = join(dir, 'kim-phuong.yaml');
    const written = await runCli(['draft', plan, '--out', out]);
    expect(written.code).toBe(0);
    expect(written.stdout).toContain(`Đã ghi bản soạn vào tệp ${out}.`);
    expect(written.stdout).toContain('- mã phong trào');
    const data = parseDocument(readFileSync(out, 'utf8')).toJS() as { campaign: { title: string; period: unknown }; deadlines: Array<{ due: string }> };
    expect(data.campaign.title).toBe('Thực hiện phong trào thi đua “Chung tay Cải cách hành chính” xã Kim Phượng năm 2025');
    expect(data.deadlines.map((d) => d.due)).toEqual(['05/12/2025']);

    const printed = await runCli(['draft', plan]);
    expect(printed.code).toBe(0);
    expect(printed.stdout).toBe(readFileSync(out, 'utf8'));
    expect(printed.stderr).toContain('Kế hoạch "kim-phuong.docx"');
  });

  it('says why a file cannot be read', async () => {
    const missing = await runCli(['draft', join(dir, 'none.docx')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Không đọc được tệp');
    const image = join(dir, 'plan.doc');
    writeFileSync(image, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)]));
    const old = await runCli(['draft', image]);
    expect(old.code).toBe(1);
    expect(old.stderr).toContain('Word đời cũ');
  });
});
