import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCampaignFile } from '../../../src/campaign-file/parse.js';
import type { CampaignFile } from '../../../src/campaign-file/schema.js';
import { createDb, type Db } from '../../../src/db/client.js';
import { applyMigrations } from '../../../src/db/migrate.js';
import { I18n } from '../../../src/i18n/i18n.js';
import { campaignYaml, readCampaignFile } from '../../../src/services/campaigns/campaign-export.js';
import { IMPORT_ENTITIES, importCampaign, type ImportSummary } from '../../../src/services/campaigns/campaign-import.js';
import { CampaignService } from '../../../src/services/campaigns/campaigns.js';

// A running campaign written back as a campaign file: importing the file changes
// nothing, and the values the plan never stated keep their mark.

function load(name: string): CampaignFile {
  const result = parseCampaignFile(readFileSync(join('campaigns', name), 'utf8'), name);
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.errors)}`);
  return result.file;
}

function parse(text: string): CampaignFile {
  const result = parseCampaignFile(text, 'exported.yaml');
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.file;
}

/** Every entity's count of rows created, updated, removed or kept by an import. */
const changes = (summary: ImportSummary) =>
  Object.fromEntries(IMPORT_ENTITIES.map((e) => [e, { ...summary.counts[e], unchanged: undefined }]));
const none = Object.fromEntries(IMPORT_ENTITIES.map((e) => [e, { created: 0, updated: 0, removed: 0, kept: 0, unchanged: undefined }]));

const t = new I18n().translator('vi');
const exportedAt = new Date('2025-11-20T02:00:00Z');

let dir: string;
let url: string;
let db: Db;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cf-export-'));
  url = `file:${join(dir, 't.db')}`;
  await applyMigrations(url);
  db = await createDb(url);
});

afterEach(async () => {
  await db.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

async function exportText(code: string): Promise<string> {
  const exported = await readCampaignFile(db, code);
  if (!exported) throw new Error(`no campaign ${code}`);
  return campaignYaml(exported, t, exportedAt);
}

describe('exporting every file in campaigns/', () => {
  const files = readdirSync('campaigns').filter((f) => f.endsWith('.yaml'));

  it.each(files)('%s: the export is the file as imported, and importing it changes nothing', async (name) => {
    const original = load(name);
    await importCampaign(db, original);

    const exported = await readCampaignFile(db, original.campaign.code);
    expect(exported!.file).toEqual(original);
    const text = campaignYaml(exported!, t, exportedAt);
    expect(parse(text)).toEqual(original);

    const again = await importCampaign(db, parse(text));
    expect(changes(again)).toEqual(none);
    // and the second generation reads the same
    expect(await exportText(original.campaign.code)).toBe(text);
  });
});

describe('the exported YAML', () => {
  it('marks what the plan never stated beside the value, and says what it is', async () => {
    await importCampaign(db, load('kim-phuong-2025.yaml'));
    const lines = (await exportText('kim-phuong-2025')).split('\n');
    const line = (start: string) => lines.find((l) => l.trimStart().startsWith(start)) ?? '';

    expect(lines[0]).toContain('xuất từ dữ liệu của bot ngày 20/11/2025');
    // a whole item, a whole section, and fields of a one-line item
    expect(line('- { code: DCXD')).toMatch(/ # mặc định$/);
    expect(line('- { code: VPTK')).not.toContain('#');
    expect(line('council:')).toBe('council: # mặc định');
    // "năm 2025" (the plan's title) states both ends of the period
    expect(line('period:')).not.toContain('#');
    expect(line('- { code: THE_CHE_HOAN_THANH')).toMatch(/# mặc định: points, target, scoring$/);
    expect(line('- { code: NOP_HO_SO')).not.toContain('#');
    // the plan's shorthand comes back for a field every criterion has
    expect(lines).toContain('  - criteria.*.points');
    expect(lines.filter((l) => l.includes('criteria.THE_CHE_HOAN_THANH.points'))).toEqual([]);
  });

  it('writes a quoted source as where it was found in the plan', async () => {
    await importCampaign(db, load('kim-phuong-2025.yaml'));
    const exported = (await readCampaignFile(db, 'kim-phuong-2025'))!;
    const sources = { ...exported.sources, 'deadlines.NOP_HO_SO': { quote: 'chậm nhất ngày 05/12/2025', where: 'III.3' } };
    const text = campaignYaml({ ...exported, sources }, t, exportedAt);
    expect(text).toMatch(/- \{ code: NOP_HO_SO.*\} # Mục III\.3: "chậm nhất ngày 05\/12\/2025"\n/);
  });
});

describe('exporting a campaign that has run for a while', () => {
  it('leaves out a retired unit and its members, and the file imports without bringing them back', async () => {
    const file = load('kim-phuong-2025.yaml');
    await importCampaign(db, file);
    await importCampaign(db, {
      ...file,
      units: file.units.filter((u) => u.code !== 'TPHT'),
      members: file.members.filter((m) => m.unit !== 'TPHT'),
      defaults: file.defaults.filter((p) => p !== 'units.TPHT'),
    });

    const exported = (await readCampaignFile(db, 'kim-phuong-2025'))!.file;
    expect(exported.units.map((u) => u.code)).not.toContain('TPHT');
    expect(exported.members.map((m) => m.code)).not.toContain('tpht-1');
    const again = await importCampaign(db, parse(await exportText('kim-phuong-2025')));
    expect(changes(again)).toEqual(none);
    expect((await db.unit.findFirstOrThrow({ where: { code: 'TPHT' } })).active).toBe(false);
    const head = await db.member.findFirstOrThrow({ where: { code: 'tpht-1' }, include: { unit: true } });
    expect(head.unit?.code).toBe('TPHT');
  });

  it('writes a campaign the bot closed on its closing day as the file had it, and it stays closed', async () => {
    const summary = await importCampaign(db, load('kim-phuong-2025.yaml'));
    const closedAt = new Date('2026-01-01T00:00:00Z');
    expect(await new CampaignService(db).markClosed(summary.campaignId, closedAt)).toBe(true);

    const text = await exportText('kim-phuong-2025');
    expect(parse(text).campaign.status).toBe('ACTIVE');
    const again = await importCampaign(db, parse(text));
    expect(changes(again)).toEqual(none);
    const campaign = await db.campaign.findUniqueOrThrow({ where: { id: summary.campaignId } });
    expect({ status: campaign.status, closedAt: campaign.closedAt }).toEqual({ status: 'CLOSED', closedAt });
  });

  it('keeps group chats set from the bot', async () => {
    const summary = await importCampaign(db, load('an-hai-2025.yaml'));
    await db.campaign.update({ where: { id: summary.campaignId }, data: { groupChats: { telegram: '-1001234' } } });
    const text = await exportText('an-hai-2025');
    expect(parse(text).group_chats).toEqual({ telegram: '-1001234' });
    expect(changes(await importCampaign(db, parse(text)))).toEqual(none);
  });
});

type CliResult = { code: number; stdout: string; stderr: string };

function runCli(args: string[]): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/campaign-file/cli.ts', ...args],
      { env: { ...process.env, DATABASE_URL: url, DEFAULT_LOCALE: 'vi', LOG_LEVEL: 'warn' }, timeout: 120_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

// Each run starts node, tsx and Prisma: seconds apiece on a busy machine.
describe('npm run campaign -- export', { timeout: 180_000 }, () => {
  it('writes the file with --out, prints it without, and says when the campaign is unknown', async () => {
    await importCampaign(db, load('duong-an-2025.yaml'));
    const out = join(dir, 'duong-an.yaml');
    const written = await runCli(['export', 'duong-an-2025', '--out', out]);
    expect(written.stderr).toBe('');
    expect(written.code).toBe(0);
    expect(written.stdout).toBe(`Đã ghi kế hoạch duong-an-2025 vào tệp ${out}.\n`);
    expect(parse(readFileSync(out, 'utf8'))).toEqual(load('duong-an-2025.yaml'));

    const printed = await runCli(['export', 'duong-an-2025']);
    expect(printed.code).toBe(0);
    expect(parse(printed.stdout)).toEqual(load('duong-an-2025.yaml'));

    const unknown = await runCli(['export', 'khong-co']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('khong-co');
  });
});
