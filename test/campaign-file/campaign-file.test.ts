import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCampaignFile, type FileError } from '../../src/campaign-file/parse.js';
import { createDb, type Db } from '../../src/db/client.js';
import { applyMigrations } from '../../src/db/migrate.js';
import { formatDate, formatDateTime } from '../../src/domain/dates.js';
import { I18n } from '../../src/i18n/i18n.js';

const i18n = new I18n();
const render = (errors: FileError[]) => errors.map((e) => i18n.t('vi', e.key, e.args));

/** 1-based number of the first line of `text` that contains `needle`. */
function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((l) => l.includes(needle));
  if (index < 0) throw new Error(`fixture has no line with ${needle}`);
  return index + 1;
}

/** Replaces text that must be in the fixture (a typo in a test must not pass silently). */
function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`fixture has no ${from}`);
  return text.replace(from, to);
}

// A small file that uses only required fields, so the defaults show.
const FIXTURE = `organization:
  code: thu-nghiem
  name: UBND xã Thử Nghiệm
campaign:
  code: thu-nghiem-2025
  title: Phong trào thi đua cải cách hành chính xã Thử Nghiệm năm 2025
  legal_basis: Kế hoạch số 01/KH-UBND ngày 02/01/2025 của UBND xã Thử Nghiệm
  organising_office: UBND xã Thử Nghiệm
  lead_office: Văn phòng
  period: { from: "01/01/2025", to: "31/12/2025" }
award_quotas:
  - { nominee: COLLECTIVE, form: GIAY_KHEN_CT_XA, title: Giấy khen của Chủ tịch UBND xã, max: 1 }
dossier_documents:
  - { code: TO_TRINH, title: Tờ trình khen thưởng }
deadlines:
  - { code: NOP_HO_SO, title: Nộp hồ sơ khen thưởng, kind: DOSSIER, due: "05/12/2025" }
units:
  - { code: VP, name: Văn phòng }
  - { code: VHXH, name: Văn hóa - Xã hội }
task_areas:
  - code: THE_CHE
    title: Cải cách thể chế
    criteria:
      - code: THE_CHE_HOAN_THANH
        title: Mức độ hoàn thành nhiệm vụ cải cách thể chế
        unit_of_measure: "%"
        target: 100
        max: 100
        scoring: linear
        points: 60
  - code: TTHC
    title: Cải cách thủ tục hành chính
    criteria:
      - code: DUNG_HAN
        title: Tỷ lệ hồ sơ giải quyết đúng hạn
        unit_of_measure: "%"
        target: 98
        max: 100
        scoring: threshold
        points: 40
members:
  - { code: ct-ubnd, name: Nguyễn Văn An, title: Chủ tịch UBND xã, roles: [LEADER] }
  - { code: vp-1, name: Trần Thị Bình, unit: VP, roles: [HEAD, ADMIN] }
`;

interface BadCase {
  name: string;
  text: string;
  line: number;
  /** pieces the Vietnamese message must contain (the field among them) */
  says: string[];
}

const BAD_CASES: BadCase[] = [
  (() => {
    const text = edit(FIXTURE, '  lead_office: Văn phòng', '  lead_office Văn phòng');
    return { name: 'YAML syntax error (a key without its colon)', text, line: lineOf(text, 'lead_office Văn phòng'), says: ['lỗi cú pháp YAML', 'thiếu dấu hai chấm'] };
  })(),
  (() => {
    const text = edit(FIXTURE, '  lead_office: Văn phòng\n', '  lead_office: Văn phòng\n  lead_office: Văn phòng - Thống kê\n');
    return { name: 'YAML syntax error (a key given twice)', text, line: lineOf(text, 'Văn phòng - Thống kê'), says: ['lỗi cú pháp YAML', 'khai báo hai lần'] };
  })(),
  (() => {
    const text = edit(FIXTURE, '  lead_office: Văn phòng\n', '');
    return { name: 'missing field', text, line: lineOf(text, 'campaign:'), says: ['thiếu trường bắt buộc', '"campaign.lead_office"'] };
  })(),
  (() => {
    const text = edit(FIXTURE, 'points: 60', 'points: sáu mươi');
    return { name: 'wrong type', text, line: lineOf(text, 'sáu mươi'), says: ['"task_areas[0].criteria[0].points"', 'phải là một số'] };
  })(),
  (() => {
    const text = edit(FIXTURE, 'to: "31/12/2025"', 'to: "31/02/2025"');
    return { name: 'date that does not exist', text, line: lineOf(text, '31/02/2025'), says: ['"campaign.period.to"', '"31/02/2025" không phải là một ngày có thật'] };
  })(),
  (() => {
    const text = edit(FIXTURE, 'points: 40', 'points: 45');
    return { name: 'points not adding up to 100', text, line: lineOf(text, 'task_areas:'), says: ['"task_areas"', 'là 105', 'phải đúng 100'] };
  })(),
  (() => {
    const text = edit(FIXTURE, '{ code: VHXH, name: Văn hóa - Xã hội }', '{ code: VP, name: Văn hóa - Xã hội }');
    return { name: 'duplicate code', text, line: lineOf(text, 'name: Văn hóa - Xã hội'), says: ['mã "VP"', '"units[1].code"', '"units[0].code"'] };
  })(),
  (() => {
    const text = edit(FIXTURE, 'unit: VP, roles', 'unit: VPX, roles');
    return { name: 'member of an unknown unit', text, line: lineOf(text, 'unit: VPX'), says: ['"members[1].unit"', 'đơn vị "VPX"', 'VP, VHXH'] };
  })(),
];

function parseOk(text: string, name = 'thu-nghiem.yaml') {
  const result = parseCampaignFile(text, name);
  if (!result.ok) throw new Error(render(result.errors).join('\n'));
  return result.file;
}

describe('campaign files in campaigns/', () => {
  const files = readdirSync('campaigns').filter((f) => f.endsWith('.yaml'));

  it('are there', () => {
    expect(files).toEqual(expect.arrayContaining(['kim-phuong-2025.yaml', 'an-hai-2025.yaml']));
  });

  it.each(files)('%s parses, with criteria worth 100 points and NFC text', (name) => {
    const text = readFileSync(join('campaigns', name), 'utf8');
    const file = parseOk(text, name);
    const points = file.task_areas.flatMap((a) => a.criteria).reduce((s, c) => s + c.points, 0);
    expect(points).toBeCloseTo(100, 2);
    expect(`${file.campaign.code}.yaml`).toBe(name);
    for (const value of [file.organization.name, file.campaign.title, ...file.units.map((u) => u.name), ...file.members.map((m) => m.name)]) {
      expect(value).toBe(value.normalize('NFC'));
    }
  });

  it('Kim Phượng follows its plan', () => {
    const file = parseOk(readFileSync('campaigns/kim-phuong-2025.yaml', 'utf8'));
    expect(file.campaign.legal_basis).toContain('Kế hoạch số 03/KH-UBND ngày 07/01/2025');
    expect(file.task_areas).toHaveLength(8);
    expect(file.task_areas[1]!.title).toBe('Cải cách TTHC và thực hiện cơ chế một cửa, một cửa liên thông');
    expect(file.task_areas[1]!.criteria).toHaveLength(2);
    expect(file.task_areas.flatMap((a) => a.criteria).every((c) => c.target === 100 && c.scoring === 'linear')).toBe(true);
    expect(file.award_quotas.map((q) => [q.nominee, q.title, q.max])).toEqual([
      ['COLLECTIVE', 'Giấy khen của Chủ tịch UBND xã', 1],
      ['INDIVIDUAL', 'Giấy khen của Chủ tịch UBND xã', 1],
    ]);
    expect(file.dossier_documents.map((d) => d.code)).toEqual(['TO_TRINH', 'BIEN_BAN', 'BAO_CAO_THANH_TICH']);
    const dossier = file.deadlines.find((d) => d.kind === 'DOSSIER')!;
    expect(formatDate(dossier.due)).toBe('05/12/2025');
    expect(file.units.map((u) => u.name)).toEqual(expect.arrayContaining(['Văn phòng - Thống kê', 'Văn hóa - Xã hội']));
    expect(file.members.find((m) => m.name === 'Trương Anh Tú')!.roles).toContain('LEADER');
  });

  it('An Hải follows its plan', () => {
    const file = parseOk(readFileSync('campaigns/an-hai-2025.yaml', 'utf8'));
    expect(file.campaign.legal_basis).toContain('Quyết định số 407/QĐ-UBND ngày 31/7/2025');
    expect(file.campaign.lead_office).toBe('Phòng Văn hóa - Xã hội');
    expect([formatDate(file.campaign.period.from), formatDate(file.campaign.period.to)]).toEqual(['01/07/2025', '31/12/2025']);
    const targets = Object.fromEntries(file.task_areas.flatMap((a) => a.criteria).map((c) => [c.code, c.target]));
    expect(targets).toMatchObject({
      TTHC_CONG_KHAI: 100,
      HO_SO_DIEN_TU: 80,
      THANH_TOAN_TRUC_TUYEN: 60,
      DVCTT_TICH_HOP: 100,
      DUNG_HAN: 98,
      HAI_LONG: 95,
      KHONG_CUNG_CAP_LAI: 60,
      SO_HOA_KET_QUA: 100,
    });
    const giayKhen = file.award_quotas.filter((q) => q.title === 'Giấy khen của Chủ tịch UBND phường');
    expect(giayKhen.map((q) => [q.nominee, q.max])).toEqual([
      ['COLLECTIVE', 1],
      ['INDIVIDUAL', 4],
    ]);
    expect(file.award_quotas.some((q) => q.title === 'Bằng khen của Chủ tịch UBND thành phố')).toBe(true);
    expect(file.members.find((m) => m.name === 'Nguyễn Thế Đức')!.roles).toContain('LEADER');
  });
});

describe('parseCampaignFile', () => {
  it('applies the defaults the format states', () => {
    const file = parseOk(FIXTURE);
    expect(file.campaign.status).toBe('ACTIVE');
    expect(file.grade_bands.map((b) => [b.grade, b.label, b.min])).toEqual([
      ['XUAT_SAC', 'Xuất sắc', 90],
      ['TOT', 'Tốt', 80],
      ['KHA', 'Khá', 70],
      ['TRUNG_BINH', 'Trung bình', 50],
      ['YEU', 'Yếu', 0],
    ]);
    expect(file.council).toEqual({ quorum: 0.6667, approval_threshold: 0.7, approval_base: 'voted' });
    expect(file.reminders).toEqual({
      checkin: { cron: '0 8 * * 1', enabled: true },
      nudge_days_before: [7, 3, 1, 0],
      escalate_after_working_days: 3,
      working_hours: { days: [1, 2, 3, 4, 5], from: '07:30', to: '17:00' },
      extra_days_off: [],
    });
    expect(file.group_chats).toBeUndefined();
    expect(file.dossier_documents[0]!.required).toBe(true);
    expect(file.task_areas[0]!.criteria[0]).toMatchObject({ min: 0, max: 100, direction: 'higher', target: 100 });
    expect(formatDate(file.campaign.period.from)).toBe('01/01/2025');
  });

  it('normalises text typed in decomposed Unicode (NFD) to NFC', () => {
    const decomposed = 'Văn hóa - Xã hội'.normalize('NFD');
    const file = parseOk(edit(FIXTURE, 'name: Văn hóa - Xã hội', `name: "  ${decomposed}  "`));
    expect(file.units[1]!.name).toBe('Văn hóa - Xã hội'.normalize('NFC'));
  });

  it.each(BAD_CASES)('reports $name with the field and the line, in Vietnamese', ({ text, line, says }) => {
    const result = parseCampaignFile(text, 'thu-nghiem.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const messages = render(result.errors);
    expect(messages).toHaveLength(1);
    expect(result.errors[0]!.line).toBe(line);
    expect(messages[0]).toContain(`thu-nghiem.yaml, dòng ${line}`);
    for (const piece of says) expect(messages[0]).toContain(piece);
  });

  it('reports every error of a file at once, in line order', () => {
    let text = edit(FIXTURE, 'to: "31/12/2025"', 'to: "31/02/2025"');
    text = edit(text, 'points: 60', 'points: sáu mươi');
    text = edit(text, 'unit: VP, roles', 'unit: VPX, roles');
    const result = parseCampaignFile(text, 'thu-nghiem.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.field, e.line])).toEqual([
      ['campaign.period.to', lineOf(text, '31/02/2025')],
      ['task_areas[0].criteria[0].points', lineOf(text, 'sáu mươi')],
      ['members[1].unit', lineOf(text, 'VPX')],
    ]);
  });

  it('names an unknown key where it is written', () => {
    const text = edit(FIXTURE, '        target: 98', '        targer: 98');
    const result = parseCampaignFile(text, 'thu-nghiem.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const messages = render(result.errors);
    expect(messages).toContain(
      `thu-nghiem.yaml, dòng ${lineOf(text, 'targer')}: khóa "task_areas[1].criteria[0].targer" không có trong định dạng tệp kế hoạch. Kiểm tra chính tả; nếu một giá trị trong dấu { } có dấu phẩy, hãy đặt giá trị đó trong nháy kép.`,
    );
    // The same mistake also leaves the target missing, which a threshold criterion needs.
    expect(messages.some((m) => m.includes('"task_areas[1].criteria[0].target"') && m.includes('scoring là manual'))).toBe(true);
  });
});

type CliResult = { code: number; stdout: string; stderr: string };

/** Runs the CLI; one that has not ended after two minutes is killed, and says so in its stderr. */
function runCli(args: string[], databaseUrl: string): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/campaign-file/cli.ts', ...args],
      { env: { ...process.env, DATABASE_URL: databaseUrl, DEFAULT_LOCALE: 'vi' }, timeout: 120_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code) : 0, stdout, stderr: error?.killed ? `${stderr}\n[killed after 120 s: campaign ${args.join(' ')}]` : stderr }),
    );
  });
}

// Each run starts npx, tsx and Prisma: seconds apiece on a busy machine.
describe('npm run campaign', { timeout: 180_000 }, () => {
  let dir: string;
  let url: string;
  let db: Db;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cf-cli-'));
    url = `file:${join(dir, 'cli.db')}`;
    db = await createDb(url);
  });

  afterAll(async () => {
    await db.$disconnect();
    rmSync(dir, { recursive: true, force: true });
  });

  it('import: migrates a new database, loads the campaign, and a second import changes nothing', async () => {
    const first = await runCli(['import', 'campaigns/kim-phuong-2025.yaml'], url);
    expect(first.stderr).not.toContain('Lỗi');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Đã cập nhật cấu trúc cơ sở dữ liệu');
    expect(first.stdout).toContain('Đã nhập kế hoạch kim-phuong-2025 của UBND xã Kim Phượng:');
    expect(first.stdout).toContain('Tiêu chí: 9 mới, 0 cập nhật, 0 không đổi');
    expect(first.stdout).toContain('Cơ quan, đơn vị: 6 mới');
    expect(await db.criterion.count()).toBe(9);

    const second = await runCli(['import', 'campaigns/kim-phuong-2025.yaml'], url);
    expect(second.code).toBe(0);
    expect(second.stdout).not.toContain('cấu trúc cơ sở dữ liệu');
    expect(second.stdout).toContain('Tiêu chí: 0 mới, 0 cập nhật, 9 không đổi');
    expect(await db.criterion.count()).toBe(9);
  });

  it('list, show and wrong arguments', async () => {
    const [list, show, unknown, usage, badOption] = await Promise.all([
      runCli(['list'], url),
      runCli(['show', 'kim-phuong-2025'], url),
      runCli(['show', 'khong-co'], url),
      runCli([], url),
      runCli(['list', '--nope'], url),
    ]);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain(
      'kim-phuong-2025 · Phong trào thi đua "Chung tay Cải cách hành chính" xã Kim Phượng năm 2025 · UBND xã Kim Phượng · 18/02/2025 – 31/12/2025 · đang diễn ra',
    );

    expect(show.code).toBe(0);
    for (const piece of [
      'Tổ chức: UBND xã Kim Phượng (mã kim-phuong)',
      'Thời gian: 18/02/2025 – 31/12/2025',
      'Căn cứ: Kế hoạch số 03/KH-UBND ngày 07/01/2025',
      '  VHXH: Văn hóa - Xã hội',
      'Nhiệm vụ và tiêu chí (tổng 100 điểm):',
      '  2. Cải cách TTHC và thực hiện cơ chế một cửa, một cửa liên thông',
      '    - Mức độ hoàn thành nhiệm vụ cải cách TTHC: chỉ tiêu 100%; 6,25 điểm; chấm theo tỷ lệ đạt chỉ tiêu',
      '  Giấy khen của Chủ tịch UBND xã — tập thể: tối đa 1; Chủ tịch UBND cấp xã quyết định',
      '  Biên bản họp của cơ quan',
      '  05/12/2025: Nộp hồ sơ xét khen thưởng về UBND xã',
      '  Trương Anh Tú · Lãnh đạo UBND, Thành viên Hội đồng Thi đua – Khen thưởng · Chủ tịch UBND xã · mã ct-ubnd',
    ]) {
      expect(show.stdout).toContain(piece);
    }

    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Không có kế hoạch mã "khong-co"');
    for (const wrong of [usage, badOption]) {
      expect(wrong.code).toBe(2);
      expect(wrong.stderr).toContain('Cách dùng: npm run campaign -- <lệnh>');
    }
  });

  it('invite: finds the unit without diacritics and stores the invite', async () => {
    const before = Date.now();
    const head = await runCli(['invite', '--campaign', 'kim-phuong-2025', '--unit', 'van hoa', '--role', 'HEAD'], url);
    expect(head.code).toBe(0);
    const code = /Mã mời: ([A-Z0-9]{8}) \(Thủ trưởng đơn vị, Văn hóa - Xã hội\)/.exec(head.stdout)?.[1];
    expect(code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{8}$/);
    const invite = await db.invite.findUniqueOrThrow({ where: { code: code! }, include: { unit: true } });
    expect(invite.role).toBe('HEAD');
    expect(invite.unit?.code).toBe('VHXH');
    expect(invite.usesLeft).toBe(1);
    expect(invite.expiresAt.getTime() - before).toBeGreaterThan(7 * 86_400_000 - 60_000);
    expect(invite.expiresAt.getTime() - before).toBeLessThan(7 * 86_400_000 + 60_000);
    expect(head.stdout).toContain(`dùng được đến ${formatDateTime(invite.expiresAt)}`);

    const leader = await runCli(['invite', '--campaign', 'kim-phuong-2025', '--role', 'LEADER'], url);
    expect(leader.code).toBe(0);
    const leaderCode = /Mã mời: ([A-Z0-9]{8}) \(Lãnh đạo UBND\)/.exec(leader.stdout)?.[1];
    expect((await db.invite.findUniqueOrThrow({ where: { code: leaderCode! } })).unitId).toBeNull();

    const noUnit = await runCli(['invite', '--campaign', 'kim-phuong-2025', '--role', 'HEAD'], url);
    expect(noUnit.code).toBe(2);
    expect(noUnit.stderr).toContain('Vai trò HEAD thuộc về một đơn vị: hãy thêm --unit');
    expect(await db.invite.count()).toBe(2);
  });

  it('import of a bad file: every error printed, exit 1, nothing written', async () => {
    const before = await db.organization.count();
    const results = await Promise.all(
      BAD_CASES.map(async (c, i) => {
        const path = join(dir, `bad-${i}.yaml`);
        writeFileSync(path, c.text);
        return { c, result: await runCli(['import', path], url) };
      }),
    );
    for (const { c, result } of results) {
      expect(result.code, c.name).toBe(1);
      expect(result.stderr, c.name).toContain('lỗi; chưa ghi gì vào cơ sở dữ liệu');
      expect(result.stderr, c.name).toContain(`dòng ${c.line}`);
      for (const piece of c.says) expect(result.stderr, c.name).toContain(piece);
    }
    expect(await db.organization.count()).toBe(before);
    expect(await db.organization.findUnique({ where: { code: 'thu-nghiem' } })).toBeNull();

    // A bad file does not even create or migrate a database.
    const freshUrl = `file:${join(dir, 'never.db')}`;
    const fresh = await runCli(['import', join(dir, 'bad-0.yaml')], freshUrl);
    expect(fresh.code).toBe(1);
    expect(existsSync(join(dir, 'never.db'))).toBe(false);
  });

  it('a good file imports into a database it migrates itself', async () => {
    const path = join(dir, 'thu-nghiem.yaml');
    writeFileSync(path, FIXTURE);
    const otherUrl = `file:${join(dir, 'other.db')}`;
    const result = await runCli(['import', path], otherUrl);
    expect(result.code).toBe(0);
    // Nothing left to apply: the CLI migrated the new database before importing.
    expect(await applyMigrations(otherUrl)).toEqual([]);
    const other = await createDb(otherUrl);
    try {
      expect((await other.campaign.findUniqueOrThrow({ where: { code: 'thu-nghiem-2025' } })).title).toBe('Phong trào thi đua cải cách hành chính xã Thử Nghiệm năm 2025');
    } finally {
      await other.$disconnect();
    }
  });
});
