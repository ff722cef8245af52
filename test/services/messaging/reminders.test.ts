import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCampaignFile } from '../../../src/campaign-file/parse.js';
import type { CampaignFile } from '../../../src/campaign-file/schema.js';
import { formatDate, parseDate, parseDateTime } from '../../../src/domain/dates.js';
import type { Prisma } from '../../../src/generated/prisma/client.js';
import { importCampaign } from '../../../src/services/campaigns/campaign-import.js';
import type { ReminderRun } from '../../../src/services/messaging/reminders.js';
import { loadCampaign, startTestBot, type TestBot } from '../../support/core.js';
import { actorOf, nominate } from '../../support/council.js';
import { incoming, JPEG, OTHER_PDF, PDF } from '../../support/files.js';

let bot: TestBot;
beforeEach(async () => {
  bot = await startTestBot();
});
afterEach(() => bot.close());

const HEADS = ['dcxd-1', 'mot-cua-1', 'tckt-1', 'tpht-1', 'vhxh-1', 'vptk-1'];
type Job = 'checkin' | 'deadlineNudges' | 'overdue' | 'weeklyDigest';

/** "24/11/2025 08:05" in Vietnam */
const at = (text: string): Date => parseDateTime(text)!;
const day = (text: string): Date => parseDate(text)!;

/** Runs one job with the bot's clock at `when`. */
function run(job: Job, when: string): Promise<ReminderRun> {
  bot.now.value = at(when);
  return bot.core.services.reminders[job](bot.now.value);
}

async function rows(where: Prisma.OutboxMessageWhereInput = {}) {
  const found = await bot.core.db.outboxMessage.findMany({ where, orderBy: { id: 'asc' }, include: { member: { select: { code: true } } } });
  return found.map((r) => ({ ...r, code: r.member.code!, payload: r.payload as { key: string; args: Record<string, string | number> } }));
}
const codes = (list: { code: string }[]) => list.map((r) => r.code).sort();
const memberId = async (code: string) => (await bot.core.db.member.findFirstOrThrow({ where: { code } })).id;
const render = (payload: { key: string; args: Record<string, string | number> }) => bot.core.i18n.t('vi', payload.key, payload.args);

/** Imports the Kim Phượng file again, changed: deadlines, settings, period. */
async function reimport(change: (file: CampaignFile) => void): Promise<void> {
  const file = loadCampaign();
  change(file);
  await importCampaign(bot.core.db, file);
}

async function setUnreachable(code: string) {
  await bot.core.db.channelAccount.updateMany({ where: { member: { code } }, data: { unreachable: true } });
}

/** The unit of `code` self-scores every criterion of the campaign. */
async function selfScoreAll(code: string) {
  const actor = await actorOf(bot, code);
  const campaign = await bot.core.services.campaigns.view(bot.campaignId);
  for (const c of campaign.taskAreas.flatMap((a) => a.criteria)) {
    await bot.core.services.scores.selfScore(actor, bot.campaignId, actor.unit!.id, c.id, c.maxPoints, 'Hoàn thành theo kế hoạch');
  }
}

/** Days (yyyy-mm-dd) from `from` to `to` on which the job queued something for `code`'s deadline. */
async function daysWithRows(job: Job, from: string, to: string, deadlineCode: string, time = '08:00'): Promise<string[]> {
  for (let d = day(from); d <= day(to); d = new Date(d.getTime() + 86_400_000)) await run(job, `${formatDate(d)} ${time}`);
  const found = await rows({ dedupeKey: { contains: `:${deadlineCode}:` } });
  return [...new Set(found.map((r) => r.dedupeKey.slice(-10)))].sort();
}

describe('check-in', () => {
  it('asks each reachable head once when the campaign cron fires, leaving out muted ones', async () => {
    await bot.core.db.member.updateMany({ where: { code: 'vhxh-1' }, data: { checkinMuted: true } });
    await setUnreachable('tpht-1');
    await bot.core.db.channelAccount.deleteMany({ where: { member: { code: 'mot-cua-1' } } });
    // Monday 24/11/2025, 5 minutes after the default cron "0 8 * * 1"
    expect(await run('checkin', '24/11/2025 08:05')).toEqual({ campaigns: 1, created: 3, skipped: 0 });
    const queued = await rows();
    expect(codes(queued)).toEqual(['dcxd-1', 'tckt-1', 'vptk-1']);
    const vptk = queued.find((r) => r.code === 'vptk-1')!;
    expect(vptk).toMatchObject({ kind: 'checkin', campaignId: bot.campaignId, notBefore: at('24/11/2025 08:00') });
    expect(vptk.dedupeKey).toBe(`c${bot.campaignId}:checkin:m${await memberId('vptk-1')}:2025-11-24`);
    expect(vptk.payload).toEqual({ key: 'reminder-checkin', args: { campaign: expect.stringContaining('Kim Phượng'), unit: 'Văn phòng - Thống kê', reported: 0, total: 9 } });
    expect(render(vptk.payload)).toContain('Đề nghị anh/chị cập nhật kết quả thực hiện các tiêu chí của đơn vị Văn phòng - Thống kê (đã báo cáo 0/9 tiêu chí)');
    // The job polls every 15 minutes: later runs of the same fire create nothing.
    expect(await run('checkin', '24/11/2025 08:20')).toEqual({ campaigns: 1, created: 0, skipped: 3 });
    expect(await run('checkin', '25/11/2025 07:59')).toMatchObject({ created: 0 });
  });

  it('fires only within 24 hours of the cron, in the campaign period, when enabled', async () => {
    // Monday before 08:00: the last fire (17/11) is a week old.
    expect(await run('checkin', '24/11/2025 07:59')).toMatchObject({ created: 0 });
    // Monday 05/01/2026 is after the campaign's end (31/12/2025).
    expect(await run('checkin', '05/01/2026 08:05')).toMatchObject({ created: 0 });
    await reimport((f) => (f.reminders.checkin.enabled = false));
    expect(await run('checkin', '24/11/2025 08:05')).toMatchObject({ created: 0 });
    expect(await rows()).toEqual([]);
  });

  it('waits for working hours: a cron at 06:00 goes out at 07:30', async () => {
    await reimport((f) => (f.reminders.checkin.cron = '0 6 * * 1'));
    await run('checkin', '24/11/2025 06:00');
    const queued = await rows();
    expect(codes(queued)).toEqual(HEADS);
    expect(queued.every((r) => r.notBefore.getTime() === at('24/11/2025 07:30').getTime())).toBe(true);
  });

  it('falling on Tết 2026 goes out at 07:30 on the first working day after', async () => {
    await reimport((f) => (f.campaign.period.to = day('31/12/2026')));
    // Monday 16/02/2026 is the last day of the lunar year; Tết runs to Friday 20/02.
    await run('checkin', '16/02/2026 08:15');
    const queued = await rows();
    expect(codes(queued)).toEqual(HEADS);
    expect(queued.every((r) => r.dedupeKey.endsWith(':2026-02-23'))).toBe(true);
    expect(queued.every((r) => r.notBefore.getTime() === at('23/02/2026 07:30').getTime())).toBe(true);
  });

  it('held over Tết, it is not sent again by the regular Monday fire the same morning', async () => {
    await reimport((f) => (f.campaign.period.to = day('31/12/2026')));
    expect(await run('checkin', '16/02/2026 08:15')).toMatchObject({ created: 6 });
    // Monday 23/02 is a working day: its own 08:00 fire finds each head's reminder of that day queued.
    expect(await run('checkin', '23/02/2026 08:05')).toEqual({ campaigns: 1, created: 0, skipped: 6 });
    const queued = await rows();
    expect(queued).toHaveLength(6);
    expect(new Set(queued.map((r) => r.memberId)).size).toBe(6);
  });
});

describe('deadline nudges', () => {
  it('go D-7, D-3, D-1 and D-0 to reachable heads that have not self-scored, muted or not', async () => {
    await selfScoreAll('vhxh-1');
    await setUnreachable('tckt-1');
    await bot.core.db.member.updateMany({ where: { code: 'dcxd-1' }, data: { checkinMuted: true } });
    // TU_CHAM_DIEM is due Friday 28/11/2025.
    expect(await daysWithRows('deadlineNudges', '19/11/2025', '29/11/2025', 'TU_CHAM_DIEM')).toEqual(['2025-11-21', '2025-11-25', '2025-11-27', '2025-11-28']);
    const queued = await rows({ dedupeKey: { contains: ':TU_CHAM_DIEM:' } });
    expect(queued).toHaveLength(4 * 4);
    for (const d of ['2025-11-21', '2025-11-25', '2025-11-27', '2025-11-28']) {
      expect(codes(queued.filter((r) => r.dedupeKey.endsWith(d)))).toEqual(['dcxd-1', 'mot-cua-1', 'tpht-1', 'vptk-1']);
    }
    // Days left are shown in working days: D-7 (Friday 21/11) is 5 working days before Friday 28/11.
    expect(queued.map((r) => r.payload.args.days)).toEqual([5, 5, 5, 5, 3, 3, 3, 3, 1, 1, 1, 1, 0, 0, 0, 0]);
    const last = queued.find((r) => r.code === 'dcxd-1' && r.dedupeKey.endsWith('2025-11-28'))!;
    expect(last.dedupeKey).toBe(`c${bot.campaignId}:nudge:TU_CHAM_DIEM:m${await memberId('dcxd-1')}:2025-11-28`);
    expect(last).toMatchObject({ kind: 'nudge', notBefore: at('28/11/2025 08:00') });
    expect(last.payload.args).toMatchObject({ kind: 'SELF_SCORE', due: '28/11/2025', unit: 'Địa chính - Xây dựng - Nông nghiệp - Môi trường' });
    expect(render(last.payload)).toContain('Hôm nay là ngày làm việc cuối cùng của thời hạn (28/11/2025): Các bộ phận tự chấm điểm kết quả CCHC.');
    expect(render(last.payload)).toContain('chưa tự chấm điểm đủ các tiêu chí. Gõ /chamdiem');
    const dayBefore = queued.find((r) => r.code === 'dcxd-1' && r.dedupeKey.endsWith('2025-11-27'))!;
    expect(render(dayBefore.payload)).toContain('Còn 1 ngày làm việc đến hạn');
    // A second run on the day creates nothing.
    expect(await run('deadlineNudges', '28/11/2025 10:00')).toMatchObject({ created: 0 });
  });

  it('move a nudge day that falls on a weekend back to Friday, once', async () => {
    await reimport((f) => {
      f.deadlines = [{ code: 'TU_CHAM_DIEM', title: 'Tự chấm điểm', kind: 'SELF_SCORE', due: day('01/12/2025') }];
    });
    // Due Monday 01/12: D-3 is Friday 28/11 and D-1 Sunday 30/11, moved back to the same Friday.
    expect(await daysWithRows('deadlineNudges', '22/11/2025', '01/12/2025', 'TU_CHAM_DIEM')).toEqual(['2025-11-24', '2025-11-28', '2025-12-01']);
    const friday = await rows({ dedupeKey: { endsWith: '2025-11-28' } });
    expect(codes(friday)).toEqual(HEADS);
    // Friday to Monday is 1 working day.
    expect(friday.every((r) => r.payload.args.days === 1)).toBe(true);
  });

  it('skip the days of Tết 2026 and 2027', async () => {
    await reimport((f) => {
      f.campaign.period.to = day('31/12/2027');
      f.deadlines = [
        // on mùng 1 Tết Bính Ngọ: D-0, D-1 and D-3 all fall back to Friday 13/02/2026
        { code: 'TET_2026', title: 'Tự chấm điểm', kind: 'SELF_SCORE', due: day('17/02/2026') },
        // the day after Tết Đinh Mùi (05–09/02/2027): D-1 and D-3 fall back to Thursday 04/02
        { code: 'TET_2027', title: 'Nộp hồ sơ', kind: 'DOSSIER', due: day('10/02/2027') },
      ];
    });
    expect(await daysWithRows('deadlineNudges', '09/02/2026', '17/02/2026', 'TET_2026')).toEqual(['2026-02-10', '2026-02-13']);
    const friday = await rows({ dedupeKey: { contains: ':TET_2026:', endsWith: '2026-02-13' } });
    // The deadline falls in the Tết holiday: Friday is the last working day before it.
    expect(friday.map((r) => r.payload.args.days)).toEqual(HEADS.map(() => 0));
    expect(await daysWithRows('deadlineNudges', '01/02/2027', '10/02/2027', 'TET_2027')).toEqual(['2027-02-03', '2027-02-04', '2027-02-10']);
    const tet2027 = await rows({ dedupeKey: { contains: ':TET_2027:' } });
    expect(tet2027).toHaveLength(3 * HEADS.length);
    expect(render(tet2027[0]!.payload)).toContain('Còn 2 ngày làm việc đến hạn (10/02/2027): Nộp hồ sơ.');
  });

  it('leave out units whose dossier is complete', async () => {
    const actor = await actorOf(bot, 'vhxh-1');
    const kinds = await bot.core.db.dossierDocKind.findMany({ where: { campaignId: bot.campaignId }, orderBy: { sortOrder: 'asc' } });
    const files = [PDF, OTHER_PDF, JPEG];
    for (const [i, kind] of kinds.entries()) {
      const blob = await bot.core.services.files.receive(incoming(files[i]!, i === 2 ? 'bao-cao.jpg' : `tai-lieu-${i}.pdf`), 'tai-lieu');
      await bot.core.services.dossier.submit({ actor, campaignId: bot.campaignId, unitId: actor.unit!.id, kindId: kind.id, blob, channel: 'CONSOLE' });
    }
    // NOP_HO_SO is due Friday 05/12/2025: D-7 is 28/11.
    await run('deadlineNudges', '28/11/2025 08:00');
    const queued = await rows({ dedupeKey: { contains: ':NOP_HO_SO:' } });
    expect(codes(queued)).toEqual(HEADS.filter((c) => c !== 'vhxh-1'));
    expect(render(queued[0]!.payload)).toContain('Hồ sơ đề nghị khen thưởng của đơn vị');
  });

  it('go to council members who have not voted on every nomination of the open review', async () => {
    const a = await nominate(bot, { kind: 'COLLECTIVE', unitCode: 'VHXH' });
    const b = await nominate(bot, { kind: 'INDIVIDUAL', unitCode: 'TPHT', memberCode: 'tpht-1' });
    // BINH_XET is due Monday 15/12/2025: D-7 is 08/12; no review open yet, so nobody to nudge.
    await run('deadlineNudges', '08/12/2025 08:00');
    expect(await rows({ dedupeKey: { contains: ':BINH_XET:' } })).toEqual([]);
    await bot.core.services.council.openReview(await actorOf(bot, 'vptk-1'), bot.campaignId);
    const vote = async (code: string, nominationId: number) => bot.core.services.council.vote(await actorOf(bot, code), bot.campaignId, nominationId, 'AGREE');
    await vote('ct-ubnd', a);
    await vote('ct-ubnd', b);
    await vote('pct-ubnd', a);
    // D-3 is Friday 12/12 and D-1, Sunday 14/12, moved back to it.
    await run('deadlineNudges', '12/12/2025 08:00');
    const queued = await rows({ dedupeKey: { contains: ':BINH_XET:' } });
    expect(codes(queued)).toEqual(['ct-mttq', 'pct-ubnd']);
    expect(render(queued[0]!.payload)).toContain('Còn 1 ngày làm việc đến hạn (15/12/2025)');
    expect(render(queued[0]!.payload)).toContain('Anh/chị chưa bỏ phiếu đủ các đề nghị khen thưởng trình Hội đồng Thi đua – Khen thưởng.');
  });

  it('count progress reports made since the previous report deadline', async () => {
    await reimport((f) => {
      f.deadlines = [
        { code: 'BC_KY_1', title: 'Báo cáo kết quả kỳ 1', kind: 'PROGRESS_REPORT', due: day('14/11/2025') },
        { code: 'BC_KY_2', title: 'Báo cáo kết quả kỳ 2', kind: 'PROGRESS_REPORT', due: day('28/11/2025') },
      ];
    });
    const campaign = await bot.core.services.campaigns.view(bot.campaignId);
    const report = async (code: string, when: string) => {
      bot.now.value = at(when);
      const actor = await actorOf(bot, code);
      await bot.core.services.reports.saveProgress({
        actor,
        campaignId: bot.campaignId,
        unitId: actor.unit!.id,
        criterionId: campaign.taskAreas[0]!.criteria[0]!.id,
        value: 90,
        note: null,
        channel: 'CONSOLE',
      });
    };
    await report('vhxh-1', '10/11/2025 09:00'); // counts for period 1 only
    await report('tckt-1', '14/11/2025 16:00'); // on period 1's last day
    await report('dcxd-1', '17/11/2025 09:00'); // in period 2
    await run('deadlineNudges', '21/11/2025 08:00');
    const queued = await rows({ dedupeKey: { contains: ':BC_KY_2:' } });
    expect(codes(queued)).toEqual(HEADS.filter((c) => c !== 'dcxd-1'));
    expect(render(queued[0]!.payload)).toContain('chưa gửi báo cáo kết quả kỳ này. Gõ /baocao');
  });
});

describe('overdue', () => {
  it('reminds daily on working days and escalates to the leader after 3 working days', async () => {
    await selfScoreAll('vhxh-1');
    const late = HEADS.filter((c) => c !== 'vhxh-1');
    const selfScoreRows = () => rows({ dedupeKey: { contains: ':TU_CHAM_DIEM:' } });
    // TU_CHAM_DIEM was due Friday 28/11/2025; Saturday is no working day.
    expect(await run('overdue', '29/11/2025 08:30')).toMatchObject({ created: 0 });
    await run('overdue', '01/12/2025 08:30');
    let queued = await selfScoreRows();
    expect(codes(queued)).toEqual(late);
    expect(queued[0]).toMatchObject({ kind: 'overdue', notBefore: at('01/12/2025 08:30') });
    expect(queued[0]!.payload.args).toMatchObject({ days: 1, due: '28/11/2025' });
    expect(render(queued[0]!.payload)).toContain('Đã quá hạn 1 ngày làm việc: Các bộ phận tự chấm điểm kết quả CCHC (hạn 28/11/2025).');
    await run('overdue', '02/12/2025 08:30');
    expect(await rows({ kind: 'escalation' })).toEqual([]);
    await run('overdue', '03/12/2025 08:30');
    const escalations = await rows({ kind: 'escalation' });
    expect(codes(escalations)).toEqual(['ct-ubnd']);
    expect(escalations[0]!.dedupeKey).toBe(`c${bot.campaignId}:escalate:TU_CHAM_DIEM:m${await memberId('ct-ubnd')}`);
    expect(escalations[0]!.payload.args).toMatchObject({ days: 3, count: 5 });
    const text = render(escalations[0]!.payload);
    expect(text).toContain('đã quá hạn 3 ngày làm việc. Còn 5 đơn vị chưa hoàn thành: Văn phòng - Thống kê, Địa chính');
    expect(text).not.toContain('Văn hóa - Xã hội');
    expect(await run('overdue', '03/12/2025 09:00')).toMatchObject({ created: 0 });
    await run('overdue', '04/12/2025 08:30');
    queued = await selfScoreRows();
    // one reminder a working day per late head (01, 02, 03, 04/12), one escalation in all
    expect(queued.filter((r) => r.kind === 'overdue')).toHaveLength(4 * late.length);
    expect(queued.filter((r) => r.kind === 'escalation')).toHaveLength(1);
  });

  it('counts an extra day off of the campaign, and stops after the campaign ends', async () => {
    await reimport((f) => (f.reminders.extra_days_off = [day('02/12/2025')]));
    expect(await run('overdue', '02/12/2025 08:30')).toMatchObject({ created: 0 });
    await run('overdue', '03/12/2025 08:30');
    const overdue = await rows({ dedupeKey: { contains: ':TU_CHAM_DIEM:' } });
    expect(overdue.every((r) => r.kind === 'overdue' && r.payload.args.days === 2)).toBe(true);
    await run('overdue', '04/12/2025 08:30');
    expect(codes(await rows({ kind: 'escalation', dedupeKey: { contains: ':TU_CHAM_DIEM:' } }))).toEqual(['ct-ubnd']);
    const before = (await rows()).length;
    expect(await run('overdue', '05/01/2026 08:30')).toMatchObject({ created: 0 });
    expect(await rows()).toHaveLength(before);
  });
});

describe('weekly digest', () => {
  it('tells the secretariat and the leader who is silent, who is unreachable, and how the standings moved', async () => {
    bot.now.value = at('12/11/2025 17:00');
    await bot.core.services.standings.snapshot(bot.campaignId);
    await setUnreachable('tpht-1');
    await bot.core.db.channelAccount.deleteMany({ where: { member: { code: 'mot-cua-1' } } });
    bot.now.value = at('20/11/2025 09:00');
    const actor = await actorOf(bot, 'vhxh-1');
    const criterion = (await bot.core.services.campaigns.view(bot.campaignId)).taskAreas[0]!.criteria[0]!;
    await bot.core.services.reports.saveProgress({
      actor,
      campaignId: bot.campaignId,
      unitId: actor.unit!.id,
      criterionId: criterion.id,
      value: 100,
      note: null,
      channel: 'CONSOLE',
    });

    expect(await run('weeklyDigest', '21/11/2025 16:00')).toEqual({ campaigns: 1, created: 2, skipped: 0 });
    const queued = await rows();
    expect(codes(queued)).toEqual(['ct-ubnd', 'vptk-1']);
    expect(queued[0]!.dedupeKey).toMatch(new RegExp(`^c${bot.campaignId}:digest:m\\d+:2025-W47$`));
    expect(queued[0]!.payload.args).toMatchObject({ from: '14/11/2025', to: '21/11/2025', silentCount: 5, unreachableCount: 2, compared: 'yes', moved: 1 });
    const text = render(queued[0]!.payload);
    expect(text).toContain('📊 Tổng hợp tuần 14/11/2025 – 21/11/2025');
    expect(text).toContain('• 5 đơn vị chưa báo cáo kết quả trong 7 ngày qua: Văn phòng - Thống kê, Địa chính');
    expect(text).toContain(
      '• Bot chưa liên lạc được với 2 thủ trưởng đơn vị (chưa đăng ký hoặc đã chặn bot), cần đôn đốc trực tiếp: Ma Thị Huyền (Tư pháp - Hộ tịch), Hà Văn Tuấn (Bộ phận Tiếp nhận và Trả kết quả).',
    );
    // Only units with results are ranked; the silent ones are named above instead.
    expect(text).toContain('• Bảng xếp hạng (1 đơn vị thay đổi thứ hạng so với tuần trước):\n1. Văn hóa - Xã hội');
    expect(text).not.toContain('2. ');
    expect(await run('weeklyDigest', '21/11/2025 16:30')).toMatchObject({ created: 0, skipped: 2 });
    // The next week is a new digest.
    expect(await run('weeklyDigest', '28/11/2025 16:00')).toMatchObject({ created: 2 });
  });

  it('says so when there is no earlier standings to compare with', async () => {
    await run('weeklyDigest', '21/11/2025 16:00');
    const [first] = await rows();
    expect(first!.payload.args).toMatchObject({ compared: 'no', silentCount: 6, unreachableCount: 0 });
    expect(render(first!.payload)).toContain('• Bot liên lạc được với tất cả thủ trưởng đơn vị.\n• Bảng xếp hạng hiện tại (chưa có số liệu tuần trước để so sánh):');
  });
});

describe('deadlines in working days from the campaign file', () => {
  it('are dated over the campaign working time and nudged on the day', async () => {
    const text = readFileSync('campaigns/kim-phuong-2025.yaml', 'utf8')
      .replace('period: { from: "18/02/2025", to: "31/12/2025" }', 'period: { from: "18/02/2025", to: "31/12/2026" }')
      .replace('due: "28/11/2025"', 'due_after: { day: "12/02/2026", working_days: 3 }');
    const parsed = parseCampaignFile(text, 'kim-phuong-2025.yaml');
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    await importCampaign(bot.core.db, parsed.file);
    // Friday 13/02, then Tết (16–20/02), then Monday 23/02 and Tuesday 24/02.
    const deadline = await bot.core.db.deadline.findFirstOrThrow({ where: { campaignId: bot.campaignId, code: 'TU_CHAM_DIEM' } });
    expect(formatDate(deadline.dueOn)).toBe('24/02/2026');
    await run('deadlineNudges', '24/02/2026 08:00');
    const queued = await rows({ dedupeKey: { contains: ':TU_CHAM_DIEM:' } });
    expect(codes(queued)).toEqual(HEADS);
    expect(render(queued[0]!.payload)).toContain('Hôm nay là ngày làm việc cuối cùng của thời hạn (24/02/2026)');
  });
});

describe('running every job twice', () => {
  it('creates nothing the second time', async () => {
    const runs: Array<[Job, string]> = [
      ['checkin', '24/11/2025 08:00'],
      ['deadlineNudges', '25/11/2025 08:00'],
      ['overdue', '03/12/2025 08:30'],
      ['weeklyDigest', '05/12/2025 16:00'],
    ];
    for (const [job, when] of runs) {
      const first = await run(job, when);
      expect(first.created, job).toBeGreaterThan(0);
      expect(await run(job, when), job).toEqual({ campaigns: 1, created: 0, skipped: first.created });
    }
  });
});
