import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../support/core.js';

let bot: TestBot;
beforeEach(async () => {
  bot = await startTestBot();
});
afterEach(() => bot.close());

/** As the secretariat, creates an invite and returns its code. */
async function invite(args: string): Promise<string> {
  bot.as('vptk-1');
  const answer = await bot.say(`/moi ${args}`);
  const code = /Mã mời: ([A-Z0-9]{8})/.exec(answer)?.[1];
  if (!code) throw new Error(`no code in: ${answer}`);
  return code;
}

describe('/start', () => {
  it('explains to a stranger how to get a code, and refuses member commands', async () => {
    bot.console.become('visitor-1');
    expect(await bot.say('/start')).toContain('anh/chị cần mã mời do bộ phận thường trực phong trào');
    expect(await bot.say('/xephang')).toContain('Anh/chị chưa đăng ký nên chưa dùng được lệnh này.');
    expect(await bot.say('xin chào')).toContain('Anh/chị chưa đăng ký sử dụng. Hãy gõ /start kèm mã mời');
    expect(await bot.say('/trogiup')).toBe(
      'Anh/chị chưa đăng ký. Các lệnh dùng được:\n/start — Đăng ký bằng mã mời, xem thông tin tài khoản\n/trogiup — Xem các lệnh dùng được\n/lienket — Liên kết tài khoản Zalo và Telegram, chọn nơi nhận nhắc việc\n/huy — Hủy thao tác đang dở',
    );
  });

  it('registers with a code, asks the name, and shows who I am afterwards', async () => {
    const code = await invite('tu phap can bo');
    bot.console.become('visitor-2');
    const ask = await bot.say(`/start ${code.toLowerCase().slice(0, 4)}-${code.toLowerCase().slice(4)}`);
    expect(ask).toContain('Mã mời hợp lệ: UBND xã Kim Phượng — Tư pháp - Hộ tịch.');
    expect(ask).toContain('Xin cho biết họ và tên đầy đủ');
    expect(await bot.say('x')).toContain('Họ tên chưa hợp lệ.');
    const done = await bot.say('  Lò   Thị  Mai ');
    expect(done).toContain('Đăng ký thành công. Chào mừng Lò Thị Mai!');
    expect(done).toContain('Đơn vị: Tư pháp - Hộ tịch\nVai trò: Cán bộ, công chức, viên chức');
    expect(await bot.say('/start')).toBe('Họ tên: Lò Thị Mai\nĐơn vị: Tư pháp - Hộ tịch\nVai trò: Cán bộ, công chức, viên chức');
    expect(await bot.say(`/start ${code}`)).toContain('Tài khoản này đã đăng ký rồi');
    const member = await bot.core.db.member.findFirstOrThrow({ where: { fullName: 'Lò Thị Mai' }, include: { roles: true, accounts: true } });
    expect(member.roles.map((r) => r.role)).toEqual(['MEMBER']);
    expect(member.accounts.map((a) => [a.channel, a.externalId])).toEqual([['CONSOLE', 'visitor-2']]);
    expect(member.searchKey).toBe('lo thi mai');
  });

  it('refuses a wrong, used or expired code with what to do next', async () => {
    bot.console.become('visitor-3');
    expect(await bot.say('/start ZZZZZZZZ')).toBe('Mã mời ZZZZZZZZ không đúng. Vui lòng kiểm tra lại từng ký tự, hoặc xin mã mới từ bộ phận thường trực.');
    const used = await invite('van hoa thu truong');
    bot.console.become('visitor-4');
    await bot.say(`/start ${used}`);
    await bot.say('Phạm Văn Bình');
    bot.console.become('visitor-5');
    expect(await bot.say(`/start ${used}`)).toContain(`Mã mời ${used} đã được sử dụng hết.`);
    const old = await invite('van hoa can bo');
    bot.now.value = new Date(bot.now.value.getTime() + 8 * 24 * 3600_000);
    bot.console.become('visitor-6');
    expect(await bot.say(`/start ${old}`)).toContain(`Mã mời ${old} đã hết hạn.`);
    expect(await bot.core.db.member.count({ where: { fullName: { not: 'Phạm Văn Bình' }, code: null } })).toBe(0);
  });

  it('an invite used up while the name was being asked is refused at the end', async () => {
    const code = await invite('tai chinh can bo');
    bot.console.become('visitor-7');
    await bot.say(`/start ${code}`);
    bot.console.become('visitor-8');
    await bot.say(`/start ${code}`);
    expect(await bot.say('Trần Văn An')).toContain('Đăng ký thành công');
    bot.console.become('visitor-7');
    expect(await bot.say('Lê Thị Bích')).toContain(`Mã mời ${code} đã được sử dụng hết.`);
    expect(await bot.core.db.member.count({ where: { fullName: 'Lê Thị Bích' } })).toBe(0);
  });
});

describe('/moi', () => {
  it('asks unit then role step by step and creates a single-use code valid 7 days', async () => {
    bot.as('vptk-1');
    expect(await bot.say('/moi')).toContain('Tạo mã mời cho đơn vị nào?\n  1. Văn phòng - Thống kê');
    expect(await bot.say('7')).toContain('Vai trò của người được mời?\n  1. Thường trực phong trào\n  2. Lãnh đạo UBND\n  3. Thành viên Hội đồng Thi đua – Khen thưởng');
    const created = await bot.say('hoi dong');
    expect(created).toMatch(/Mã mời: [A-Z0-9]{8} — Thành viên Hội đồng Thi đua – Khen thưởng, \(chưa thuộc đơn vị nào\)\. Dùng được 1 lần, hết hạn ngày 27\/11\/2025\./);
    const invite = await bot.core.db.invite.findFirstOrThrow({ orderBy: { id: 'desc' } });
    expect(invite).toMatchObject({ role: 'COUNCIL', unitId: null, usesLeft: 1 });
  });

  it('reads unit and role from one line, without diacritics', async () => {
    bot.as('vptk-1');
    expect(await bot.say('/moi dia chinh thu truong')).toMatch(/Mã mời: [A-Z0-9]{8} — Thủ trưởng đơn vị, Địa chính - Xây dựng - Nông nghiệp - Môi trường\./);
    expect(await bot.say('/moi khong co don vi nay head')).toContain('Không tìm thấy đơn vị "khong co don vi nay"');
    expect(await bot.say('/moi van phong phi cong')).toContain('Cách dùng: /moi <tên đơn vị> <vai trò>');
  });
});
