import { execFile } from 'node:child_process';
import readXlsxFile from 'read-excel-file/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatNumber } from '../../../src/domain/numbers.js';
import { importCampaign } from '../../../src/services/campaigns/campaign-import.js';
import { createInvite } from '../../../src/services/campaigns/invite-codes.js';
import { databaseKind } from '../../../src/db/adapter.js';
import { loadCampaign, startTestBot, type TestBot } from '../../support/core.js';
import { countQueries } from '../../support/query-counter.js';

// Many communes in one deployment: Kim Phượng (with the demo's reports) and Ninh Giang (nothing
// reported) under the city of Hải Phòng, a ward with no campaign, and a city ADMIN who compares
// them with /xephang xa and exports them with /baocaotonghop — on a real core and database.

const CITY = { code: 'hai-phong', name: 'UBND thành phố Hải Phòng' };

let bot: TestBot;
let cityId: number;
beforeEach(async () => {
  bot = await startTestBot({ withReports: true });
  for (const path of ['campaigns/kim-phuong-2025.yaml', 'campaigns/ninh-giang-2026.yaml']) {
    const file = loadCampaign(path);
    await importCampaign(bot.core.db, { ...file, organization: { ...file.organization, city: CITY } });
  }
  cityId = (await bot.core.db.organization.findUniqueOrThrow({ where: { code: CITY.code } })).id;
  await bot.core.db.organization.create({ data: { code: 'phuong-thu', name: 'UBND phường Thử', parentId: cityId } });
  // 20/11/2025 is before Ninh Giang's 2026 campaign starts; it still counts as under way (ACTIVE).
  const { code } = await createInvite(bot.core.db, { organizationId: cityId, unitId: null, role: 'ADMIN', now: bot.now.value });
  bot.console.become('city-admin');
  await bot.say(`/start ${code}`);
  expect(await bot.say('Phạm Thị Thành')).toContain('Phạm Thị Thành');
});
afterEach(() => bot.close());

async function expectedKimPhuong(): Promise<number> {
  const campaignId = (await bot.core.db.campaign.findUniqueOrThrow({ where: { code: 'kim-phuong-2025' } })).id;
  // Units that reported nothing count 0 in the mean: a commune gains nothing by silence.
  const { entries, unreported } = await bot.core.services.standings.compute(campaignId);
  return Math.round((entries.reduce((s, e) => s + e.score, 0) / (entries.length + unreported.length)) * 100) / 100;
}

describe('/xephang xa', () => {
  it('reads every commune with its campaign in one statement once their standings are held', async () => {
    const actor = (await bot.core.services.members.findActor('CONSOLE', 'city-admin'))!;
    const first = await bot.core.services.cityStandings.compute(actor);
    const counted = countQueries(databaseKind(bot.url));
    const before = counted();
    expect(await bot.core.services.cityStandings.compute(actor)).toEqual(first);
    expect(counted().statements - before.statements).toBe(1);
  });

  it('ranks the city’s communes by the mean score of their units, and names those with no campaign', async () => {
    const kimPhuong = await expectedKimPhuong();
    expect(kimPhuong).toBeGreaterThan(0);
    const reply = await bot.say('/xephang xa');
    const lines = reply.split('\n');
    expect(lines.slice(0, 2)).toEqual([
      'Bảng xếp hạng các xã, phường — UBND thành phố Hải Phòng',
      '(Điểm của mỗi xã, phường là điểm bình quân các đơn vị trong phong trào thi đua của xã, phường đó, thang 100, xếp loại theo thang của từng phong trào.)',
    ]);
    expect(lines[3]).toMatch(
      new RegExp(`^1\\. UBND xã Kim Phượng — ${formatNumber(kimPhuong).replace(',', '\\,')} điểm — \\S.* \\(tạm tính\\) — \\d/6 đơn vị đã báo cáo — \\d đơn vị đạt Tốt trở lên$`),
    );
    // Ninh Giang reported nothing: "chưa báo cáo", with neither a rank nor a grade.
    expect(lines[4]).toMatch(/^• UBND xã Ninh Giang — chưa báo cáo: chưa đơn vị nào trong \d+ đơn vị báo cáo, chưa xếp hạng, xếp loại$/);
    expect(lines).toContain('Chưa có phong trào đang diễn ra (1): UBND phường Thử.');
    expect(lines.at(-1)).toBe('Gõ /baocaotonghop để tải bảng này dạng Excel.');
    // Without the argument too: a city has no standings of its own units.
    expect(await bot.say('/xephang')).toBe(reply);
  });

  it('exports the same table as an Excel file with numbers as numbers', async () => {
    expect(await bot.say('/baocaotonghop')).toMatch(
      /^Bảng xếp hạng các xã, phường — UBND thành phố Hải Phòng \(3 xã, phường\), số liệu đến ngày 20\/11\/2025\.\n\(Đã lưu tệp xep-hang-xa-phuong-20-11-2025\.xlsx tại: /,
    );
    const actor = (await bot.core.services.members.findActor('CONSOLE', 'city-admin'))!;
    const file = await bot.core.services.cityStandings.buildCityWorkbook(actor, bot.now.value, bot.core.i18n.translator('vi'));
    const [sheet] = await readXlsxFile(Buffer.from(file.bytes));
    expect(sheet!.sheet).toBe('Xã, phường');
    const rows = sheet!.data;
    expect(rows[0]).toEqual([
      'Hạng',
      'Xã, phường',
      'Phong trào thi đua',
      'Điểm bình quân (thang 100)',
      'Xếp loại',
      'Số đơn vị',
      'Số đơn vị đã báo cáo',
      'Số đơn vị đạt Tốt trở lên',
      'Thẩm định',
    ]);
    expect(rows[1]!.slice(0, 2)).toEqual([1, 'UBND xã Kim Phượng']);
    expect(rows[1]![3]).toBe(await expectedKimPhuong());
    expect(rows[2]!.slice(0, 5)).toEqual([null, 'UBND xã Ninh Giang', expect.stringContaining('cải cách hành chính'), null, 'Chưa báo cáo']);
    expect(rows[3]!.slice(0, 3)).toEqual([null, 'UBND phường Thử', '(chưa có phong trào đang diễn ra)']);
  });

  it('is for city accounts: a commune’s member is told what to type instead', async () => {
    bot.as('vhxh-1');
    expect(await bot.say('/xephang xa')).toBe(
      '/xephang xa so sánh các xã, phường của thành phố và dành cho tài khoản cấp thành phố. Gõ /xephang để xem bảng xếp hạng các đơn vị trong phong trào của xã, phường mình.',
    );
    expect(await bot.say('/xephang')).toMatch(/^Bảng xếp hạng — Phong trào thi đua "Chung tay Cải cách hành chính" xã Kim Phượng năm 2025/);
  });
});

describe('what /xephang reads first (StandingsService.scopeOf)', () => {
  it('tells a city from a commune, finds the campaign running and the stamp current() would read', async () => {
    const { standings } = bot.core.services;
    const ward = await bot.core.db.organization.findUniqueOrThrow({ where: { code: 'phuong-thu' } });
    expect(await standings.scopeOf(cityId)).toEqual({ isCity: true, campaign: null, stamp: null });
    expect(await standings.scopeOf(ward.id)).toEqual({ isCity: false, campaign: null, stamp: null });
    const kimPhuong = await bot.core.db.campaign.findUniqueOrThrow({ where: { code: 'kim-phuong-2025' } });
    const scope = await standings.scopeOf(kimPhuong.organizationId);
    expect(scope).toMatchObject({ isCity: false, campaign: { id: kimPhuong.id, revision: kimPhuong.revision } });
    expect(await bot.core.services.campaigns.current(kimPhuong.organizationId)).toEqual(scope.campaign);
    // The stamp it read gives the same standings as current() reading its own.
    expect(await standings.current(kimPhuong.id, {}, scope.stamp)).toEqual(await standings.current(kimPhuong.id));
    // Held standings (the first reading stored a snapshot, so the stamp is read again): nothing
    // more is read with the stamp given.
    const { stamp } = await standings.scopeOf(kimPhuong.organizationId);
    const counted = countQueries(databaseKind(bot.url));
    const before = counted();
    await standings.current(kimPhuong.id, {}, stamp);
    expect(counted().statements - before.statements).toBe(0);
  });
});

describe('npm run campaign -- invite --city', { timeout: 60_000 }, () => {
  it('makes an invite for the city level, and refuses a commune or a unit role', async () => {
    const run = (args: string[]) =>
      new Promise<{ code: number; out: string }>((resolve) =>
        execFile('npx', ['tsx', 'src/campaign-file/cli.ts', 'invite', ...args], { env: { ...process.env, DATABASE_URL: bot.url, DEFAULT_LOCALE: 'vi' } }, (error, stdout, stderr) =>
          resolve({ code: error ? Number(error.code) : 0, out: stdout + stderr }),
        ),
      );
    const ok = await run(['--city', 'hai-phong', '--role', 'leader']);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/^Mã mời: [A-Z2-9]{8} \(Lãnh đạo UBND, UBND thành phố Hải Phòng\), dùng được đến \d\d\/\d\d\/\d{4} \d\d:\d\d\./);
    expect(await run(['--city', 'kim-phuong'])).toMatchObject({ code: 1, out: expect.stringContaining('Không có thành phố mã "kim-phuong" có xã, phường nào.') });
    expect(await run(['--city', 'hai-phong', '--role', 'HEAD'])).toMatchObject({ code: 2, out: expect.stringContaining('chọn ADMIN hoặc LEADER') });
  });
});
