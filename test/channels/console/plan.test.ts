import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../src/app.js';
import { ConsoleChannel } from '../../../src/channels/console/console.js';
import { loadConfig } from '../../../src/config.js';
import { demoAccountId } from '../../../src/demo/seed.js';
import { startTestBot, type TestBot } from '../../support/core.js';
import { writePlanDocx } from '../../support/plan-chat.js';

// /kehoach typed at the console, as the secretariat of Kim Phượng (vptk-1, ADMIN): the plan is sent
// with `:tep`, checked, corrected, completed and published against a real SQLite file.

let bot: TestBot;
const extra: Core[] = [];
beforeEach(async () => {
  bot = await startTestBot();
  bot.as('vptk-1');
});
afterEach(async () => {
  for (const core of extra.splice(0)) await core.close();
  await bot.close();
});

/** A second bot process on the same database file, as after a restart: nothing kept in memory. */
async function restarted(): Promise<(line: string) => Promise<string>> {
  const config = loadConfig({ DATABASE_URL: bot.url, LOG_LEVEL: 'silent', FILE_STORE_DIR: join(bot.dir, 'files') });
  const core = await createCore(config, { clock: () => bot.now.value, logger: pino({ level: 'silent' }) });
  extra.push(core);
  const channel = new ConsoleChannel({
    engine: core.engine,
    members: core.services.members,
    i18n: core.i18n,
    organizationId: bot.organizationId,
    userId: demoAccountId('vptk-1'),
    input: new PassThrough(),
    output: new PassThrough(),
    interactive: false,
    documentsDir: join(bot.dir, 'documents'),
  });
  return (line) => channel.handleLine(line);
}

describe('/kehoach on the console', () => {
  it('sends the plan, corrects two items, adds units, publishes and hands out the invite codes', async () => {
    const path = await writePlanDocx(bot.dir);
    expect(await bot.say('/kehoach')).toContain('Anh/chị gửi tệp Kế hoạch phát động phong trào thi đua');
    const draft = await bot.say(`:tep ${path}`);
    expect(draft).toContain('Bot đã đọc kế hoạch "ke-hoach-thi-dua.docx" và soạn phong trào gồm 16 mục.');
    expect(draft).toContain('11. Chỉ tiêu — Tỷ lệ hồ sơ giải quyết đúng hạn: từ 95% trở lên\n    «Tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 95% trở lên» (đoạn 12)');
    expect(draft).toContain('13. Chỉ tiêu — Số vụ khiếu nại vượt cấp: không quá 3 vụ');
    expect(draft).toContain(
      '9. Nội dung thi đua: Cải cách thủ tục hành chính\n    «- Cải cách thủ tục hành chính» (đoạn 9)\n    mặc định: chấm theo tiêu chí "Mức độ hoàn thành nhiệm vụ cải cách thủ tục hành chính", chỉ tiêu 100%',
    );
    expect(draft).toContain('4. Mã phong trào (dùng trong bot): kim-phuong-2026\n    mặc định: bot đề xuất từ mã xã, phường và năm thực hiện');
    expect(draft).toContain('▸ HÌNH THỨC VÀ SỐ LƯỢNG KHEN THƯỞNG\n14. Tập thể — Giấy khen của Chủ tịch UBND xã, số lượng tối đa: 01');
    expect(draft).toContain('Kế hoạch chưa nêu (cần bổ sung trước khi đăng nếu là mục bắt buộc):\n- tiêu chuẩn khen thưởng');

    // item by item: the number first, then the value; a wrong value keeps the question
    await bot.say('1');
    expect(await bot.say('11')).toContain('11. Chỉ tiêu — Tỷ lệ hồ sơ giải quyết đúng hạn: từ 95% trở lên');
    expect(await bot.say('chín mươi bảy')).toContain('"chín mươi bảy" không phải chỉ tiêu bằng số.');
    expect(await bot.say('97%')).toContain('Đã sửa:\n11. Chỉ tiêu — Tỷ lệ hồ sơ giải quyết đúng hạn: từ 97% trở lên\n    đã sửa trong chat');
    // or both at once from the menu
    expect(await bot.say('16 15/12/2026')).toContain('16. Thời gian tiếp nhận hồ sơ đề nghị khen thưởng: 15/12/2026');
    expect(await bot.say('6 01/02/2026 - 31/01/2026')).toContain('Ngày bắt đầu 01/02/2026 sau ngày kết thúc 31/01/2026.');

    await bot.say('/kehoach');
    await bot.say('2');
    const units = await bot.say('Bộ phận Tư pháp - Hộ tịch\n2. Bộ phận Địa chính - Xây dựng\nvan phong HDND va UBND xa\nBộ phận Tư pháp – Hộ tịch');
    expect(units).toContain('Đã thêm 2 đơn vị: Bộ phận Tư pháp - Hộ tịch; Bộ phận Địa chính - Xây dựng.');
    expect(units).toContain('Đã có trong bản soạn nên bỏ qua: van phong HDND va UBND xa; Bộ phận Tư pháp – Hộ tịch.');

    await bot.say('4');
    const published = await bot.say('1');
    expect(published).toContain(
      'Đã đăng phong trào "Phát động phong trào thi đua cải cách hành chính năm 2026" (mã kim-phuong-2026), thực hiện từ 01/01/2026 đến 31/12/2026: 3 đơn vị, 5 tiêu chí.',
    );
    expect(published).toContain('Mã mời cho thủ trưởng các đơn vị (mỗi mã dùng một lần, hạn đến 27/11/2025)');
    const codes = [...published.matchAll(/^- (.+): ([A-Z0-9]{8})$/gm)].map((m) => [m[1], m[2]]);
    expect(codes.map(([unit]) => unit)).toEqual(['Văn phòng HĐND và UBND xã', 'Bộ phận Tư pháp - Hộ tịch', 'Bộ phận Địa chính - Xây dựng']);

    const db = bot.core.db;
    const campaign = await db.campaign.findUniqueOrThrow({
      where: { code: 'kim-phuong-2026' },
      include: { taskAreas: { include: { criteria: { orderBy: { sortOrder: 'asc' } } } }, deadlines: true, awardQuotas: true },
    });
    expect(campaign).toMatchObject({
      title: 'Phát động phong trào thi đua cải cách hành chính năm 2026',
      organizationId: bot.organizationId,
      leadOffice: 'Văn phòng HĐND và UBND xã',
    });
    // the two task areas without a target each get the proposed "Mức độ hoàn thành nhiệm vụ …" (100%)
    const criteria = campaign.taskAreas.sort((a, b) => a.sortOrder - b.sortOrder).flatMap((a) => a.criteria);
    expect(criteria.map((c) => [c.title, c.target])).toEqual([
      ['Mức độ hoàn thành nhiệm vụ cải cách thủ tục hành chính', 100],
      ['Mức độ hoàn thành nhiệm vụ xây dựng chính quyền số', 100],
      ['Tỷ lệ hồ sơ giải quyết đúng hạn', 97],
      ['Tỷ lệ hồ sơ được tiếp nhận trực tuyến', 80],
      ['Số vụ khiếu nại vượt cấp', 3],
    ]);
    expect(campaign.deadlines.map((d) => d.dueOn.toISOString())).toEqual(['2026-12-14T17:00:00.000Z']);
    expect(campaign.awardQuotas.map((q) => [q.nomineeKind, q.maxCount]).sort()).toEqual([
      ['COLLECTIVE', 1],
      ['INDIVIDUAL', 2],
    ]);
    const invites = await db.invite.findMany({ where: { code: { in: codes.map(([, code]) => code!) } }, include: { unit: true } });
    expect(invites.map((i) => [i.unit!.name, i.role]).sort()).toEqual(codes.map(([unit]) => [unit, 'HEAD']).sort());
    expect(await db.planDraft.findFirstOrThrow()).toMatchObject({ status: 'PUBLISHED', campaignId: campaign.id });

    // an invite code from the list registers the head of that unit
    bot.console.become('new-head');
    expect(await bot.say(`/start ${codes[1]![1]}`)).toContain('Bộ phận Tư pháp - Hộ tịch');
  });

  it('continues after a restart, from the dialog and from /kehoach', async () => {
    const path = await writePlanDocx(bot.dir);
    await bot.say(`:tep ${path}`);
    await bot.say('1');
    const say = await restarted();
    expect(await say('3')).toContain('3. Ngày ban hành: 05/01/2026');
    expect(await say('06/01/2026')).toContain('3. Ngày ban hành: 06/01/2026\n    đã sửa trong chat');

    const again = await restarted();
    const resumed = await again('/kehoach');
    expect(resumed).toContain('Anh/chị đang soạn dở phong trào từ kế hoạch "ke-hoach-thi-dua.docx" (16 mục):');
    expect(resumed).toContain('3. Ngày ban hành: 06/01/2026');
  });

  it('cancels: the draft is kept as cancelled and no campaign is made', async () => {
    await bot.say(`:tep ${await writePlanDocx(bot.dir)}`);
    expect(await bot.say('5')).toContain('Đã hủy bản soạn phong trào. Bản soạn vẫn được lưu lại');
    expect(await bot.core.db.planDraft.findFirstOrThrow()).toMatchObject({ status: 'CANCELLED', campaignId: null });
    expect(await bot.core.db.campaign.count()).toBe(1);
    expect(await bot.say('/kehoach')).toContain('Anh/chị gửi tệp Kế hoạch');
  });
});
