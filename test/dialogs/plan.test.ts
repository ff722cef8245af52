import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planDocx, pngImage, scannedPdf } from '../../scripts/plan-files.js';
import { CHANNEL_CAPABILITIES } from '../../src/domain/channels.js';
import { demoAccountId } from '../../src/demo/seed.js';
import { draftMessages } from '../../src/dialogs/commands/plan-format.js';
import { actor } from '../support/awards.js';
import { startTestBot, type TestBot } from '../support/core.js';
import { incoming } from '../support/files.js';
import { NOT_A_PLAN, PLAN_TEXT, writePlanDocx } from '../support/plan-chat.js';

// /kehoach through the dialog engine: refusals write nothing, a document sent by the secretariat
// outside any dialog starts the review, publishing refuses while a required value is missing, and
// the draft is split to the channel's message length.

let bot: TestBot;
beforeEach(async () => {
  bot = await startTestBot();
  bot.as('vptk-1');
});
afterEach(() => bot.close());

const rows = async () => ({ drafts: await bot.core.db.planDraft.count(), campaigns: await bot.core.db.campaign.count(), units: await bot.core.db.unit.count() });

function write(name: string, bytes: Uint8Array | string): string {
  const path = join(bot.dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe('plans refused: nothing is written', () => {
  it.each([
    ['a scanned PDF', 'ke-hoach-scan.pdf', async () => scannedPdf(), 'Tệp PDF "ke-hoach-scan.pdf" là bản quét (chỉ có hình ảnh, không có chữ) nên bot không đọc được nội dung.'],
    ['a picture', 'ke-hoach.png', async () => pngImage(40, 40), 'Bot chưa đọc được tệp "ke-hoach.png". Vui lòng gửi kế hoạch dạng Word (.docx), PDF có chữ'],
    ['a letter, not a plan', 'cong-van.txt', async () => NOT_A_PLAN, 'Bot không nhận ra cấu trúc kế hoạch thi đua trong tệp này'],
  ])('%s', async (_what, name, bytes, said) => {
    const before = await rows();
    await bot.say('/kehoach');
    const answer = await bot.say(`:tep ${write(name, await bytes())}`);
    expect(answer).toContain(said);
    // what to send instead, and the bot waits for it
    expect(answer).toContain('Anh/chị gửi tệp Kế hoạch phát động phong trào thi đua');
    expect(await rows()).toEqual(before);
    expect(await bot.say(`:tep ${await writePlanDocx(bot.dir)}`)).toContain('soạn phong trào gồm 16 mục');
    expect((await rows()).drafts).toBe(before.drafts + 1);
  });
});

describe('a document sent outside any dialog', () => {
  it("is the secretariat's plan: the review starts without /kehoach, and the caption /kehoach is no different", async () => {
    const answer = await bot.say(`:tep ${await writePlanDocx(bot.dir)}`);
    expect(answer).toContain('Bot đã đọc kế hoạch "ke-hoach-thi-dua.docx" và soạn phong trào gồm 16 mục.');
    expect(answer).toContain('1. Sửa một mục');

    // a second plan replaces the open draft, which is kept as cancelled
    const id = demoAccountId('vptk-1');
    const bytes = await planDocx(PLAN_TEXT);
    const replies = await bot.core.engine.handle({
      channel: 'CONSOLE',
      chatId: id,
      userId: id,
      incoming: { kind: 'file', file: { ...incoming(bytes, 'ban-sua.docx'), caption: '/kehoach' } },
    });
    expect(replies[0]!.text).toContain('Bot đã đọc kế hoạch "ban-sua.docx"');
    expect((await bot.core.db.planDraft.findMany({ orderBy: { id: 'asc' } })).map((d) => d.status)).toEqual(['CANCELLED', 'OPEN']);
  });

  it("is not a plan from a unit's head: they are told what files are for, and /kehoach is the secretariat's", async () => {
    bot.as('vhxh-1');
    expect(await bot.say(`:tep ${await writePlanDocx(bot.dir)}`)).toBe(
      'Bot chưa biết tệp này dùng cho việc gì. Gõ /nophoso để nộp hồ sơ khen thưởng, hoặc /baocao để báo cáo kèm tài liệu kiểm chứng.',
    );
    expect(await bot.say('/kehoach')).toBe('Lệnh /kehoach không dành cho vai trò của anh/chị. Gõ /trogiup để xem các lệnh anh/chị dùng được.');
    expect(await bot.core.db.planDraft.count()).toBe(0);
  });
});

describe('publishing', () => {
  it('refuses while required values are missing, names them, and publishes once they are filled in', async () => {
    const plan = PLAN_TEXT.replace(/^Giao Văn phòng.*\n/m, '');
    const draft = await bot.say(`:tep ${write('ke-hoach.txt', plan)}`);
    expect(draft).toContain('7. Cơ quan thường trực: (chưa có)\n    THIẾU: kế hoạch không nêu, cần điền');
    await bot.say('4');
    const refused = await bot.say('1');
    expect(refused).toContain('Chưa đăng được vì còn thiếu các mục bắt buộc sau.');
    expect(refused).toContain('- cơ quan thường trực, tham mưu theo dõi phong trào');
    expect(refused).toContain('- danh sách các phòng, đơn vị thi đua');
    expect(refused).toContain('1. Sửa một mục');
    expect(await bot.core.db.campaign.count()).toBe(1);

    // a code another campaign has is refused before publishing
    expect(await bot.say('4 kim-phuong-2025')).toContain('Mã phong trào "kim-phuong-2025" đã có phong trào khác dùng.');
    expect(await bot.say('7 Văn phòng HĐND và UBND xã')).toContain('Đã sửa:\n7. Cơ quan thường trực: Văn phòng HĐND và UBND xã');
    await bot.say('/kehoach');
    await bot.say('2');
    await bot.say('Văn phòng HĐND và UBND xã');
    await bot.say('4');
    expect(await bot.say('1')).toContain('Đã đăng phong trào "Phát động phong trào thi đua cải cách hành chính năm 2026" (mã kim-phuong-2026)');
    expect(await bot.core.db.campaign.findUniqueOrThrow({ where: { code: 'kim-phuong-2026' } })).toMatchObject({ leadOffice: 'Văn phòng HĐND và UBND xã' });
  });

  it('keeps the units the organization already has under their codes, the organization as the bot knows it; deadlines may be left out', async () => {
    await bot.say(`:tep ${write('ke-hoach.txt', PLAN_TEXT.replace(/^Thời gian tiếp nhận.*\n/m, ''))}`);
    await bot.say('2');
    await bot.say('Bộ phận Văn hóa - Xã hội');
    await bot.say('4');
    await bot.say('1');
    const units = await bot.core.db.unit.findMany({ where: { organizationId: bot.organizationId, active: true }, orderBy: { sortOrder: 'asc' } });
    expect(units.map((u) => u.code)).toEqual(['VPHUX', 'VHXH']);
    expect(await bot.core.db.organization.findUniqueOrThrow({ where: { id: bot.organizationId } })).toMatchObject({
      code: 'kim-phuong',
      name: expect.stringContaining('Kim Phượng'),
    });
    const campaign = await bot.core.db.campaign.findUniqueOrThrow({ where: { code: 'kim-phuong-2026' }, include: { deadlines: true } });
    expect(campaign.deadlines).toEqual([]);
  });
});

describe('the draft in messages', () => {
  it('on Zalo: no document can come, so it says where to send the plan; a draft under way is shown in messages of 2,000 characters at most', async () => {
    const nhung = await bot.core.db.member.findFirstOrThrow({ where: { code: 'vptk-1' } });
    await bot.core.services.members.linkAccount(nhung.id, 'ZALO', 'zalo-nhung', nhung.fullName);
    const zalo = async (text: string) => bot.core.engine.handle({ channel: 'ZALO', chatId: 'zalo-nhung', userId: 'zalo-nhung', incoming: { kind: 'text', text } });
    expect((await zalo('/kehoach')).map((r) => r.text)).toEqual([expect.stringContaining('Zalo không gửi được tệp Word, PDF cho bot.')]);

    await bot.say(`:tep ${write('kim-phuong.txt', readPlan001())}`);
    const replies = await zalo('/kehoach');
    expect(replies.length).toBeGreaterThan(1);
    for (const r of replies) expect(r.text.length).toBeLessThanOrEqual(2000);
    expect(replies[0]!.text).toContain('Anh/chị đang soạn dở phong trào từ kế hoạch "kim-phuong.txt"');
    expect(replies.at(-1)!.options?.map((o) => o.label)).toEqual(['Sửa một mục', 'Thêm đơn vị', 'Xem lại bản soạn', 'Đăng phong trào', 'Hủy bản soạn']);
  });

  it('is split to the channel: no Zalo message over 2,000 characters, every item in one of them', async () => {
    const view = await bot.core.services.planDrafts.create(await actor(bot, 'vptk-1'), incoming(Buffer.from(readPlan001()), 'kim-phuong.txt'));
    const t = bot.core.i18n.translator('vi');
    const messages = draftMessages({ t }, view, 'intro', CHANNEL_CAPABILITIES.ZALO.messageMax);
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) expect(m.length).toBeLessThanOrEqual(2000);
    const all = messages.join('\n');
    view.items.forEach((_item, i) => expect(all).toContain(`\n${i + 1}. `));
    expect(all).toContain('▸ TIÊU CHUẨN KHEN THƯỞNG');
  });
});

describe('award standards in the draft', () => {
  it("lists every standard, the 'one of' ones after their lead-in, names the award each is for, and says when the law's general rules apply", async () => {
    const view = await bot.core.services.planDrafts.create(await actor(bot, 'vptk-1'), incoming(readFileSync('test/fixtures/plans/004_9679a0255810a205.txt'), 'an-hai.txt'));
    const all = draftMessages({ t: bot.core.i18n.translator('vi') }, view, 'intro', 100_000).join('\n');
    // III.3.1: the city's Bằng khen "thực hiện theo quy định của pháp luật về thi đua, khen thưởng"
    expect(all).toContain('Tiêu chuẩn tập thể (xét Bằng khen của Chủ tịch UBND thành phố): theo quy định chung');
    expect(all).toContain(
      'Tiêu chuẩn cá nhân (xét Giấy khen của Chủ tịch UBND phường): Thực hiện nghiêm kỷ luật, kỷ cương hành chính Nhà nước; Đạt một trong các tiêu chuẩn sau: Có thành tích xuất sắc',
    );
    expect(all).toContain('Cán bộ, công chức trực tiếp tham mưu, chỉ đạo, thực hiện công tác cải cách hành chính tại phường');
  });
});

function readPlan001(): string {
  return readFileSync('test/fixtures/plans/001_c50c492b8126b696.txt', 'utf8');
}
