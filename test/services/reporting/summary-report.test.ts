import { execFile } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import readXlsxFile from 'read-excel-file/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CampaignView } from '../../../src/services/campaigns/campaigns.js';
import { demoAccountId } from '../../../src/demo/seed.js';
import type { Actor } from '../../../src/services/campaigns/members.js';
import { startTestBot, type TestBot } from '../../support/core.js';
import { DCXD, MOT_CUA, TCKT, TPHT, VHXH, VPTK } from '../../support/kim-phuong.js';

// The summary workbook built from data saved through the real services (reports) and, for the
// award tables whose dialogs are built elsewhere, rows written with Prisma; then read back.

const GIAY_KHEN = 'Giấy khen của Chủ tịch UBND xã';
const THE_CHE = 'Mức độ hoàn thành nhiệm vụ cải cách thể chế';
const TTHC = 'Mức độ hoàn thành nhiệm vụ cải cách TTHC';
const CONG_VU = 'Mức độ hoàn thành nhiệm vụ cải cách chế độ công vụ';
const SHEETS = ['Xếp hạng', 'Chỉ tiêu', 'Tình hình báo cáo', 'Chấm điểm', 'Đề nghị khen thưởng', 'Bình xét', 'Danh sách khen thưởng'];
const HEADERS = [
  ['Hạng', 'Đơn vị', 'Điểm (thang 100)', 'Xếp loại', 'Số tiêu chí đã báo cáo'],
  ['Đơn vị', 'Lĩnh vực', 'Tiêu chí', 'Đơn vị tính', 'Chỉ tiêu', 'Chỉ tiêu theo kế hoạch', 'Kết quả', 'Ngày báo cáo', 'Đạt/Chưa đạt'],
  ['Đơn vị', 'Số tiêu chí đã báo cáo', 'Tổng số tiêu chí', 'Lần báo cáo gần nhất'],
  ['Đơn vị', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự chấm', 'Điểm thẩm định', 'Lý do điều chỉnh'],
  ['Đối tượng', 'Đơn vị', 'Tập thể/Cá nhân', 'Hình thức khen thưởng', 'Trạng thái'],
  ['Đối tượng', 'Đồng ý', 'Không đồng ý', 'Không biểu quyết', 'Tỷ lệ đồng ý (%)', 'Tỷ lệ tính trên', 'Kết quả bình xét'],
  ['STT', 'Đối tượng', 'Đơn vị', 'Tập thể/Cá nhân', 'Hình thức khen thưởng', 'Số Quyết định', 'Ngày Quyết định', 'Người ký, cấp quyết định'],
];
/** a Vietnamese calendar day as the spreadsheet holds it */
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

let bot: TestBot;
let campaign: CampaignView;
beforeEach(async () => {
  bot = await startTestBot();
  campaign = await bot.core.services.campaigns.view(bot.campaignId);
});
afterEach(() => bot.close());

const unitId = (code: string) => campaign.units.find((u) => u.code === code)!.id;
const criterionId = (code: string) => campaign.taskAreas.flatMap((a) => a.criteria).find((c) => c.code === code)!.id;
const memberId = async (code: string) => (await bot.core.db.member.findFirstOrThrow({ where: { code } })).id;
async function actor(code: string): Promise<Actor> {
  const found = await bot.core.services.members.findActor('CONSOLE', demoAccountId(code));
  if (!found) throw new Error(`no console account for ${code}`);
  return found;
}
async function report(who: string, unit: string, criterion: string, value: number): Promise<void> {
  await bot.core.services.reports.saveProgress({
    actor: await actor(who),
    campaignId: bot.campaignId,
    unitId: unitId(unit),
    criterionId: criterionId(criterion),
    value,
    note: null,
    channel: 'CONSOLE',
  });
}
async function workbook(as = 'vptk-1', locale: 'vi' | 'en' = 'vi') {
  const file = await bot.core.services.summaryReport.buildSummaryWorkbook(bot.campaignId, bot.now.value, { actor: await actor(as), t: bot.core.i18n.translator(locale) });
  return { name: file.name, bytes: file.bytes, sheets: await readXlsxFile(Buffer.from(file.bytes)) };
}

/** Reports on two days (the second at 01:30 in Hà Nội, still the 21st in UTC), scores, nominations, two reviews. */
async function seedFigures(): Promise<void> {
  const db = bot.core.db;
  await report('vhxh-1', 'VHXH', 'THE_CHE_HOAN_THANH', 92.5);
  await report('vhxh-1', 'VHXH', 'TTHC_HOAN_THANH', 100);
  bot.now.value = new Date('2025-11-21T18:30:00Z');
  await report('vhxh-1', 'VHXH', 'THE_CHE_HOAN_THANH', 97.25);
  await report('vptk-1', 'VPTK', 'CONG_VU_HOAN_THANH', 80);
  const admin = await memberId('vptk-1');
  await db.score.create({
    data: {
      campaignId: bot.campaignId,
      unitId: unitId('VHXH'),
      criterionId: criterionId('THE_CHE_HOAN_THANH'),
      selfPoints: 12.5,
      selfById: await memberId('vhxh-1'),
      selfAt: bot.now.value,
      appraisedPoints: 11.25,
      appraisalReason: 'Thiếu biên bản kiểm tra văn bản',
      appraisedById: admin,
      appraisedAt: bot.now.value,
    },
  });
  await db.score.create({ data: { campaignId: bot.campaignId, unitId: unitId('VPTK'), criterionId: criterionId('CONG_VU_HOAN_THANH'), selfPoints: 10, selfById: admin } });

  const nominate = (kind: 'COLLECTIVE' | 'INDIVIDUAL', unit: string, status: string, createdAt: string, extra: object = {}) =>
    db.nomination.create({
      data: {
        campaignId: bot.campaignId,
        nomineeKind: kind,
        awardForm: 'GIAY_KHEN_CT_XA',
        unitId: unitId(unit),
        proposedById: admin,
        summary: 'Hoàn thành xuất sắc nhiệm vụ',
        status: status as 'DRAFT',
        createdAt: new Date(createdAt),
        ...extra,
      },
    });
  const vhxhUnit = await nominate('COLLECTIVE', 'VHXH', 'FAILED', '2025-11-25T02:00:00Z');
  const quang = await nominate('INDIVIDUAL', 'VHXH', 'APPROVED', '2025-11-25T03:00:00Z', {
    memberId: await memberId('vhxh-1'),
    approvedById: await memberId('ct-ubnd'),
    approvedAt: new Date('2025-12-15T17:30:00Z'),
    decisionNumber: '125/QĐ-UBND',
    decisionDate: new Date('2025-12-15T17:00:00Z'),
    decisionSigner: 'Hoàng Văn Bình – Chủ tịch UBND xã',
  });
  const vptkUnit = await nominate('COLLECTIVE', 'VPTK', 'IN_REVIEW', '2025-11-26T02:00:00Z');
  await nominate('INDIVIDUAL', 'VPTK', 'DRAFT', '2025-11-26T03:00:00Z', { memberId: admin });

  const council = await Promise.all(['ct-ubnd', 'pct-ubnd', 'ct-mttq'].map(memberId));
  const result = (nominationId: number, agree: number, disagree: number, approvalPercent: number, passed: boolean) => ({
    nominationId,
    kind: 'COLLECTIVE',
    awardTitle: GIAY_KHEN,
    unitName: VHXH,
    memberName: null,
    agree,
    disagree,
    abstain: 0,
    voted: 3,
    approvalPercent,
    thresholdPercent: 70,
    quorumMet: true,
    passed,
  });
  const closed = await db.councilReview.create({
    data: {
      campaignId: bot.campaignId,
      status: 'CLOSED',
      openedById: admin,
      openedAt: new Date('2025-12-10T02:00:00Z'),
      closedAt: new Date('2025-12-11T02:00:00Z'),
      tally: {
        councilSize: 3,
        voters: 3,
        base: 'PRESENT',
        present: ['a', 'b', 'c'],
        quorumPercent: 66.67,
        nominees: [result(vhxhUnit.id, 2, 1, 66.67, false), result(quang.id, 3, 0, 100, true)],
      },
    },
  });
  for (const [i, m] of council.entries()) {
    await db.vote.create({ data: { reviewId: closed.id, nominationId: vhxhUnit.id, memberId: m, choice: i < 2 ? 'AGREE' : 'DISAGREE' } });
    await db.vote.create({ data: { reviewId: closed.id, nominationId: quang.id, memberId: m, choice: 'AGREE' } });
  }
  const open = await db.councilReview.create({ data: { campaignId: bot.campaignId, openedById: admin, openedAt: new Date('2025-12-20T02:00:00Z') } });
  await db.vote.create({ data: { reviewId: open.id, nominationId: vptkUnit.id, memberId: council[0]!, choice: 'AGREE' } });
  await db.vote.create({ data: { reviewId: open.id, nominationId: vptkUnit.id, memberId: council[1]!, choice: 'ABSTAIN' } });
}

describe('the summary workbook', () => {
  it('holds the database figures: numbers as numbers, days as dates, Vietnamese headers and labels', async () => {
    await seedFigures();
    const { name, sheets } = await workbook();
    expect(name).toBe('bao-cao-tong-hop-kim-phuong-2025-22-11-2025.xlsx');
    expect(sheets.map((s) => s.sheet)).toEqual(SHEETS);
    expect(sheets.map((s) => s.data[0])).toEqual(HEADERS);
    const [standings, targets, reporting, scores, nominations, votes, awards] = sheets.map((s) => s.data.slice(1));

    // Standings as the service computes them; VHXH: appraised 11,25 + 6,25 of 100 points.
    const computed = await bot.core.services.standings.compute(bot.campaignId);
    expect(standings).toEqual([
      ...computed.entries.map((e) => [e.rank, e.unitName, e.score, e.grade.label, e.reportedCriteria]),
      ...computed.unreported.map((u) => [null, u.unitName, null, 'Chưa báo cáo', 0]),
    ]);
    expect(standings![0]).toEqual([1, VHXH, 17.5, 'Yếu', 2]);
    // A unit that reported nothing has no rank, score or grade: "Chưa báo cáo", after the ranked ones.
    expect(standings!.find((r) => r[1] === TPHT)).toEqual([null, TPHT, null, 'Chưa báo cáo', 0]);

    // One row per unit × criterion; the latest value of each, on the day it was reported in Hà Nội.
    expect(targets).toHaveLength(6 * 9);
    const latest = await bot.core.db.progressReport.findMany({ orderBy: { id: 'asc' }, include: { unit: true, criterion: true } });
    const lastOf = new Map(latest.map((r) => [`${r.unit.name}|${r.criterion.title}`, r]));
    for (const row of targets!) {
      const stored = lastOf.get(`${row[0]}|${row[2]}`);
      expect(row[6]).toBe(stored?.value ?? null);
      if (stored) expect(row[7]).toBeInstanceOf(Date);
    }
    const row = (unit: string, criterion: string) => targets!.find((r) => r[0] === unit && r[2] === criterion);
    expect(row(VHXH, THE_CHE)).toEqual([VHXH, 'Cải cách thể chế', THE_CHE, '%', 100, '100%', 97.25, day(2025, 11, 22), 'Chưa đạt']);
    expect(row(VHXH, TTHC)).toEqual([VHXH, 'Cải cách TTHC và thực hiện cơ chế một cửa, một cửa liên thông', TTHC, '%', 100, '100%', 100, day(2025, 11, 20), 'Đạt']);
    expect(row(VPTK, CONG_VU)).toEqual([VPTK, 'Cải cách chế độ công vụ', CONG_VU, '%', 100, '100%', 80, day(2025, 11, 22), 'Chưa đạt']);
    expect(row(TPHT, THE_CHE)).toEqual([TPHT, 'Cải cách thể chế', THE_CHE, '%', 100, '100%', null, null, 'Chưa báo cáo']);

    expect(reporting).toEqual([[VPTK, 1, 9, day(2025, 11, 22)], [VHXH, 2, 9, day(2025, 11, 22)], ...[DCXD, TCKT, TPHT, MOT_CUA].map((u) => [u, 0, 9, null])]);

    const stored = await bot.core.db.score.findMany({ orderBy: { unitId: 'asc' } });
    expect(scores).toEqual([
      [VPTK, CONG_VU, 12.5, 10, null, null],
      [VHXH, THE_CHE, 12.5, 12.5, 11.25, 'Thiếu biên bản kiểm tra văn bản'],
    ]);
    expect(scores!.map((s) => [s[3], s[4], s[5]])).toEqual(stored.map((s) => [s.selfPoints, s.appraisedPoints, s.appraisalReason]));

    expect(nominations).toEqual([
      [VHXH, VHXH, 'Tập thể', GIAY_KHEN, 'Hội đồng không thông qua'],
      [VPTK, VPTK, 'Tập thể', GIAY_KHEN, 'Hội đồng đang bình xét'],
      ['Đinh Văn Quang', VHXH, 'Cá nhân', GIAY_KHEN, 'Đã phê duyệt khen thưởng'],
      ['Nông Thị Hồng Nhung', VPTK, 'Cá nhân', GIAY_KHEN, 'Đang soạn'],
    ]);
    // The closed review's kept tally under its rule; the open review's votes so far (abstentions count against).
    expect(votes).toEqual([
      [VHXH, 2, 1, 0, 66.67, 'số thành viên có mặt', 'Không thông qua'],
      [VPTK, 1, 0, 1, 50, 'số thành viên đã bỏ phiếu', 'Đang bình xét'],
      ['Đinh Văn Quang', 3, 0, 0, 100, 'số thành viên có mặt', 'Thông qua'],
    ]);
    // Awarded under the commune's decision of 16/12 (00:00 in Hà Nội).
    expect(awards).toEqual([[1, 'Đinh Văn Quang', VHXH, 'Cá nhân', GIAY_KHEN, '125/QĐ-UBND', day(2025, 12, 16), 'Hoàng Văn Bình – Chủ tịch UBND xã']]);
  });

  it('an empty campaign still has every sheet with its header row', async () => {
    const { name, sheets } = await workbook('ct-ubnd');
    expect(name).toBe('bao-cao-tong-hop-kim-phuong-2025-20-11-2025.xlsx');
    expect(sheets.map((s) => s.data[0])).toEqual(HEADERS);
    expect(sheets.map((s) => s.data.length - 1)).toEqual([6, 54, 6, 0, 0, 0, 0]);
    expect(sheets[1]!.data.slice(1).every((r) => r[6] === null && r[8] === 'Chưa báo cáo')).toBe(true);
    // Nobody has reported: no rank, no score, no grade — "Chưa báo cáo" for each unit.
    expect(sheets[0]!.data.slice(1).map((r) => [r[0], r[2], r[3], r[4]])).toEqual(Array(6).fill([null, null, 'Chưa báo cáo', 0]));
  });

  it('follows the language of the person asking', async () => {
    const { sheets } = await workbook('vptk-1', 'en');
    expect(sheets.map((s) => s.sheet)).toEqual(['Standings', 'Targets', 'Reporting status', 'Scores', 'Nominations', 'Council review', 'Award list']);
    expect(sheets[0]!.data[0]).toEqual(['Rank', 'Unit', 'Score (out of 100)', 'Grade', 'Criteria reported']);
  });

  it('is only for the secretariat and the leaders of the same organization', async () => {
    const build = (who: Actor) => bot.core.services.summaryReport.buildSummaryWorkbook(bot.campaignId, bot.now.value, { actor: who, t: bot.core.i18n.translator('vi') });
    await expect(build(await actor('vhxh-1'))).rejects.toMatchObject({ reason: 'xlsx-forbidden' });
    await expect(build(await actor('pct-ubnd'))).rejects.toMatchObject({ reason: 'xlsx-forbidden' });
    const admin = await actor('vptk-1');
    await expect(build({ ...admin, organizationId: admin.organizationId + 1 })).rejects.toMatchObject({ reason: 'xlsx-forbidden' });
  });
});

/** LibreOffice is a 277 MB install: CI does not have it, and the check runs where it is present. */
function onPath(command: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const path = join(dir, command);
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // not in this directory
    }
  }
  return null;
}
const soffice = onPath('soffice') ?? onPath('libreoffice');
if (!soffice) console.log('summary-report: LibreOffice (soffice or libreoffice) is not on PATH, so the headless CSV conversion check is skipped.');

describe('LibreOffice', () => {
  it.skipIf(!soffice)(
    'opens the workbook headless and converts its first sheet to UTF-8 CSV',
    async () => {
      await seedFigures();
      const { name, bytes } = await workbook();
      const dir = mkdtempSync(join(tmpdir(), 'thidua-xlsx-'));
      try {
        writeFileSync(join(dir, name), bytes);
        // soffice exits 0 even when it fails: the output file is the proof. UTF-8 needs the filter options.
        await promisify(execFile)(
          soffice!,
          [
            `-env:UserInstallation=file://${join(dir, 'profile')}`,
            '--headless',
            '--convert-to',
            'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true',
            '--outdir',
            dir,
            join(dir, name),
          ],
          { timeout: 110_000 },
        );
        const csv = join(dir, name.replace(/\.xlsx$/, '.csv'));
        expect(existsSync(csv)).toBe(true);
        const content = readFileSync(csv, 'utf8');
        expect(content).toContain('Hạng,Đơn vị,Điểm (thang 100),Xếp loại,Số tiêu chí đã báo cáo');
        expect(content).toContain(VHXH);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    120_000,
  );
});
