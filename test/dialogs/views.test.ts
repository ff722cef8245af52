import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../support/core.js';
import { vi } from '../support/locale.js';

let bot: TestBot;
beforeEach(async () => {
  bot = await startTestBot();
});
afterEach(() => bot.close());

async function report(memberCode: string, area: string, value: string): Promise<void> {
  bot.as(memberCode);
  await bot.say('/baocao');
  await bot.say(area);
  await bot.say(value);
  await bot.say('1');
  await bot.say('1');
  expect(await bot.say('1')).toContain('Đã lưu báo cáo.');
}

describe('/xephang', () => {
  it('ties share a rank, listed by name; the trend shows moves since the previous standings', async () => {
    bot.as('vhxh-1');
    // Nobody has reported: nobody is ranked or graded, each is "chưa báo cáo".
    const first = await bot.say('/xephang');
    expect(first).toContain(`${vi('standings-unreported-title', { count: 6 })}\n• Bộ phận Tiếp nhận và Trả kết quả\n`);
    expect(first).not.toMatch(/^\d+\. /mu);
    expect(first).not.toContain('Yếu');
    await report('tpht-1', '1', '100');
    await report('vhxh-1', '1', '100');
    const tied = await bot.say('/xephang');
    const lines = tied.split('\n').filter((l) => /^\d+\. /.test(l));
    // Each saved report that changes the standings is a new snapshot: moves are against the last one.
    expect(lines).toEqual([
      '1. Tư pháp - Hộ tịch — 12,5 điểm — Yếu — = — đã báo cáo 1/9 tiêu chí',
      `1. Văn hóa - Xã hội — 12,5 điểm — Yếu — ${vi('standings-change-new')} — đã báo cáo 1/9 tiêu chí`,
    ]);
    expect(tied).toContain(`${vi('standings-unreported-title', { count: 4 })}\n• Bộ phận Tiếp nhận và Trả kết quả\n`);
    // Asking again changes nothing: the comparison stays with the previous different standings.
    expect(await bot.say('/xephang')).toBe(tied);
    await report('vhxh-1', '4', '100');
    const after = await bot.say('/xephang');
    expect(after).toContain('1. Văn hóa - Xã hội — 25 điểm — Yếu — = —');
    expect(after).toContain('2. Tư pháp - Hộ tịch — 12,5 điểm — Yếu — ▼1 —');
  });
});

describe('/tiendo and /nhiemvu', () => {
  it('shows values against targets, what is missing, and days left', async () => {
    await report('vhxh-1', '1', '80,5');
    const progress = await bot.say('/tiendo');
    expect(progress).toContain('Tiến độ của Văn hóa - Xã hội');
    expect(progress).toContain('• Mức độ hoàn thành nhiệm vụ cải cách thể chế: 80,5% / chỉ tiêu 100% — 10,06/12,5 điểm (báo cáo ngày 20/11/2025)');
    expect(progress).toContain('• Mức độ hoàn thành nhiệm vụ cải cách TTHC: chưa báo cáo (chỉ tiêu 100%)');
    expect(progress).toContain('Còn 8/9 tiêu chí chưa báo cáo. Gõ /baocao để báo cáo.');
    expect(progress).toContain('• Nộp hồ sơ xét khen thưởng về UBND xã: 05/12/2025 (còn 11 ngày làm việc)');
    bot.now.value = new Date('2025-12-05T09:00:00Z');
    expect(await bot.say('/tiendo')).toContain('05/12/2025 (hạn cuối là hôm nay)');
    bot.now.value = new Date('2025-12-08T01:00:00Z');
    expect(await bot.say('/tiendo')).toContain('05/12/2025 (đã quá hạn 1 ngày làm việc)');
  });

  it('the leader looks at any unit; /nhiemvu lists areas, targets and points', async () => {
    bot.as('ct-ubnd');
    expect(await bot.say('/tiendo dia chinh')).toContain('Tiến độ của Địa chính - Xây dựng - Nông nghiệp - Môi trường');
    expect(await bot.say('/tiendo')).toBe('Tài khoản của anh/chị chưa gắn với đơn vị nào. Gõ /tiendo <tên đơn vị> để xem một đơn vị.');
    bot.as('vhxh-1');
    const tasks = await bot.say('/nhiemvu');
    expect(tasks).toContain('2. Cải cách TTHC và thực hiện cơ chế một cửa, một cửa liên thông\n• Mức độ hoàn thành nhiệm vụ cải cách TTHC — chỉ tiêu 100%, tối đa 6,25 điểm');
    expect(tasks).toContain('8. Kiểm tra Cải cách hành chính');
  });

  it('shows each target as the plan words it: "từ 80% trở lên", "không quá 5", or the bare end of the range', async () => {
    const campaign = await bot.core.services.campaigns.view(bot.campaignId);
    const [theChe, tthc] = campaign.taskAreas.flatMap((a) => a.criteria);
    await bot.core.db.criterion.update({ where: { id: theChe!.id }, data: { target: 80 } });
    await bot.core.db.criterion.update({ where: { id: tthc!.id }, data: { target: 5, unitOfMeasure: 'vụ', direction: 'LOWER_IS_BETTER', maxValue: null } });
    await bot.core.db.campaign.update({ where: { id: bot.campaignId }, data: { revision: { increment: 1 } } });
    bot.as('vhxh-1');
    const tasks = await bot.say('/nhiemvu');
    expect(tasks).toContain(`• ${theChe!.title} — chỉ tiêu từ 80% trở lên, tối đa 12,5 điểm`);
    expect(tasks).toContain(`• ${tthc!.title} — chỉ tiêu không quá 5 vụ, tối đa 6,25 điểm`);
    expect(tasks).toContain('— chỉ tiêu 100%, tối đa 6,25 điểm');
    expect(await bot.say('/tiendo')).toContain(`• ${theChe!.title}: chưa báo cáo (chỉ tiêu từ 80% trở lên)`);
  });
});

describe('/chiendich and /trogiup', () => {
  it('summarises the campaign for the secretariat', async () => {
    await report('vhxh-1', '1', '100');
    bot.as('vptk-1');
    const summary = await bot.say('/chiendich');
    expect(summary).toContain('Căn cứ: Kế hoạch số 03/KH-UBND ngày 07/01/2025');
    expect(summary).toContain('Thời gian: từ 18/02/2025 đến 31/12/2025');
    expect(summary).toContain('6 đơn vị, 8 nhiệm vụ, 9 tiêu chí');
    expect(summary).toContain('Báo cáo: 1 lượt, 1/6 đơn vị đã báo cáo');
    expect(summary).toContain('• Tập thể: Giấy khen của Chủ tịch UBND xã — tối đa 1');
    expect(summary).toContain('• Cá nhân: Giấy khen của Chủ tịch UBND xã — tối đa 1');
    expect(summary).toContain('• Báo cáo thành tích tập thể, cá nhân');
  });

  it('lists only the commands open to my roles', async () => {
    bot.as('vptk-1');
    const admin = await bot.say('/trogiup');
    expect(admin).toContain('/moi — Tạo mã mời cho một đơn vị và vai trò');
    expect(admin).toContain('/baocao — ');
    bot.as('pct-ubnd');
    const council = await bot.say('/trogiup');
    expect(council).not.toContain('/moi');
    expect(council).not.toContain('/baocao');
    expect(council).toContain('/xephang — Bảng xếp hạng các đơn vị');
  });

  it('speaks English to a member whose language is English', async () => {
    await bot.core.db.member.updateMany({ where: { code: 'vhxh-1' }, data: { locale: 'en' } });
    bot.as('vhxh-1');
    expect(await bot.say('/xephang')).toContain('Standings — ');
    expect(await bot.say('/tiendo')).toContain('(11 working days left)');
  });
});
