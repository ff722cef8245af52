import { InputFile } from 'grammy';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CAMPAIGN, VHXH } from '../../support/kim-phuong.js';
import { buttonsOf, HOA, messageUpdate, NHUNG, QUANG, startTelegramTest, type TelegramTest } from './support/telegram.js';

// Every dialog of the campaign core, driven through the real grammY bot with real update JSON.

let tg: TelegramTest;
beforeEach(async () => {
  tg = await startTelegramTest();
  await tg.link('vhxh-1', QUANG);
  await tg.link('vptk-1', NHUNG);
});
afterEach(() => tg.close());

const reports = () => tg.core.core.db.progressReport.findMany({ where: { channel: 'TELEGRAM' } });

describe('/start with a deep link', () => {
  it('registers a stranger with the invite ADMIN made by /moi, whose answer carries the t.me link', async () => {
    expect(await tg.say(NHUNG, '/moi')).toEqual(['Tạo mã mời cho đơn vị nào?']);
    await tg.tap(NHUNG, VHXH);
    const question = tg.api.messages.get(NHUNG.id)!.find((m) => m.text?.startsWith('Tạo mã mời'))!;
    expect(question.text).toBe(`Tạo mã mời cho đơn vị nào?\n\n✔ ${VHXH}`);
    expect(question.reply_markup).toBeUndefined();
    const created = await tg.tap(NHUNG, 'Cán bộ, công chức, viên chức');
    const code = /Mã mời: ([A-Z0-9]+)/.exec(created[0]!)![1]!;
    expect(created[0]).toContain(`Cán bộ, công chức, viên chức, ${VHXH}`);
    expect(created).toContain(`Người được mời gõ /start ${code} trong cuộc trò chuyện với bot.`);
    expect(created).toContain(`Hoặc bấm liên kết: https://t.me/ThiDuaTestBot?start=${code}`);

    // Opening the link sends "/start CODE" from the new person's private chat.
    const invited = await tg.say(HOA, `/start ${code}`);
    expect(invited).toEqual([`Mã mời hợp lệ: UBND xã Kim Phượng — ${VHXH}.`, 'Xin cho biết họ và tên đầy đủ của anh/chị (có dấu), ví dụ: Nguyễn Thị Hoa.']);
    // Telegram's profile name is offered as a button.
    expect(buttonsOf(tg.keyboardMessage(HOA.id)).map((b) => b.text)).toEqual(['Hoa Nguyễn Thị']);
    const welcome = await tg.say(HOA, 'Nguyễn Thị Hoa');
    expect(welcome[0]).toBe('Đăng ký thành công. Chào mừng Nguyễn Thị Hoa!');
    expect(welcome[1]).toContain('Vai trò: Cán bộ, công chức, viên chức');

    const member = await tg.core.core.services.members.findActor('TELEGRAM', String(HOA.id));
    expect(member).toMatchObject({ fullName: 'Nguyễn Thị Hoa', roles: ['MEMBER'], unit: { name: VHXH } });
    const account = await tg.core.core.db.channelAccount.findFirst({ where: { channel: 'TELEGRAM', externalId: String(HOA.id) } });
    expect(account?.displayName).toBe('Hoa Nguyễn Thị');
    // Her command menu is set for her chat once she is registered.
    const menu = tg.api.callsOf('setMyCommands').find((c) => (c.payload.scope as { chat_id?: number }).chat_id === HOA.id);
    const commands = (menu?.payload.commands as Array<{ command: string }>).map((c) => c.command);
    expect(commands).toEqual(expect.arrayContaining(['start', 'trogiup', 'tiendo', 'nhiemvu', 'xephang', 'huy']));
    expect(commands).not.toContain('baocao');
  });

  it('taps the profile-name button to register with that name', async () => {
    const [created] = await tg.say(NHUNG, '/moi van hoa can bo');
    const code = /Mã mời: ([A-Z0-9]+)/.exec(created!)![1]!;
    await tg.say(HOA, `/start ${code}`);
    const welcome = await tg.tap(HOA, 'Hoa Nguyễn Thị');
    expect(welcome[0]).toBe('Đăng ký thành công. Chào mừng Hoa Nguyễn Thị!');
    expect(tg.api.lastMessage(HOA.id)?.text).toContain('Gõ /trogiup');
  });

  it('greets a stranger without a code and tells a wrong code apart', async () => {
    expect((await tg.say(HOA, '/start'))[0]).toContain('Để sử dụng, anh/chị cần mã mời');
    expect(await tg.say(HOA, '/start SAIMA123')).toEqual(['Mã mời SAIMA123 không đúng. Vui lòng kiểm tra lại từng ký tự, hoặc xin mã mới từ bộ phận thường trực.']);
  });
});

describe('/baocao on buttons', () => {
  it('edits each answered question, then saves the report', async () => {
    const [areas] = await tg.say(QUANG, '/baocao');
    expect(areas).toBe(`Báo cáo của ${VHXH}. Chọn nhiệm vụ (lĩnh vực):`);
    const keyboard = tg.keyboardMessage(QUANG.id)!;
    expect(buttonsOf(keyboard)).toHaveLength(8);
    expect(buttonsOf(keyboard)[0]).toEqual({ text: 'Cải cách thể chế', data: expect.stringMatching(/^c:\d+:\d+$/) });
    // one button per row
    expect((keyboard.reply_markup?.inline_keyboard ?? []).every((row) => row.length === 1)).toBe(true);

    const ask = await tg.tap(QUANG, 'Cải cách thể chế');
    expect(ask[0]).toContain('Nhập kết quả cho tiêu chí: Mức độ hoàn thành nhiệm vụ cải cách thể chế');
    const answered = tg.api.messages.get(QUANG.id)!.find((m) => m.message_id === keyboard.message_id)!;
    expect(answered.text).toBe(`Báo cáo của ${VHXH}. Chọn nhiệm vụ (lĩnh vực):\n\n✔ Cải cách thể chế`);
    expect(answered.reply_markup).toBeUndefined();
    expect(tg.api.callsOf('answerCallbackQuery')).toHaveLength(1);

    expect((await tg.say(QUANG, '98,5'))[0]).toContain('Ghi chú kèm theo');
    await tg.say(QUANG, 'Số liệu quý III');
    expect((await tg.tap(QUANG, 'Bỏ qua'))[0]).toContain('• Kết quả: 98,5%');
    const saved = await tg.tap(QUANG, 'Lưu');
    expect(saved[0]).toContain('Đã lưu báo cáo. Mức độ hoàn thành nhiệm vụ cải cách thể chế: 87% → 98,5%.');
    expect(tg.api.lastMessage(QUANG.id)?.reply_markup).toBeUndefined();

    const rows = await reports();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ value: 98.5, note: 'Số liệu quý III', channel: 'TELEGRAM' });
    expect(tg.api.callsOf('answerCallbackQuery')).toHaveLength(3);
  });

  it('ADMIN reports for another unit; choosing Hủy saves nothing', async () => {
    expect(await tg.say(NHUNG, '/baocao van hoa')).toEqual([`Báo cáo của ${VHXH}. Chọn nhiệm vụ (lĩnh vực):`]);
    await tg.tap(NHUNG, 'Cải cách chế độ công vụ');
    await tg.say(NHUNG, '100');
    await tg.tap(NHUNG, 'Bỏ qua');
    await tg.tap(NHUNG, 'Bỏ qua');
    expect(await tg.tap(NHUNG, 'Hủy')).toEqual(['Đã hủy, chưa lưu báo cáo.']);
    expect(await reports()).toHaveLength(0);
  });
});

describe('the other commands', () => {
  it('/tiendo, /nhiemvu and /trogiup answer in text', async () => {
    const progress = await tg.say(QUANG, '/tiendo');
    expect(progress[0]).toContain(`Tiến độ của ${VHXH} — ${CAMPAIGN}`);
    const tasks = await tg.say(QUANG, '/nhiemvu');
    expect(tasks[0]).toContain(`Nhiệm vụ của ${VHXH}`);
    const help = await tg.say(QUANG, '/trogiup');
    expect(help[0]).toContain('Các lệnh anh/chị dùng được:\n/start');
    expect(help[0]).toContain('/baocao — Báo cáo tiến độ');
    expect(help[0]).not.toContain('/moi');
    // /baocao@ThiDuaTestBot is the same command
    expect((await tg.say(QUANG, '/tiendo@ThiDuaTestBot'))[0]).toContain(`Tiến độ của ${VHXH}`);
  });

  it('/xephang sends the chart as a photo with the table as caption, uploading the chart once', async () => {
    await tg.say(QUANG, '/xephang');
    const [first] = tg.api.callsOf('sendPhoto');
    expect(first!.payload.photo).toBeInstanceOf(InputFile);
    expect((first!.payload.photo as InputFile).filename).toBe('xephang.png');
    expect(String(first!.payload.caption)).toContain(`Bảng xếp hạng — ${CAMPAIGN}`);
    expect(String(first!.payload.caption)).toContain('Văn hóa - Xã hội — 72,77 điểm — Khá');

    await tg.say(NHUNG, '/xephang');
    const second = tg.api.callsOf('sendPhoto')[1]!;
    expect(second.payload.chat_id).toBe(NHUNG.id);
    expect(typeof second.payload.photo).toBe('string'); // Telegram's file_id of the first upload
    expect(second.payload.caption).toBe(first!.payload.caption);
  });

  it('/chiendich for ADMIN; refused for a HEAD', async () => {
    expect((await tg.say(NHUNG, '/chiendich'))[0]).toContain(`${CAMPAIGN} — UBND xã Kim Phượng`);
    expect(await tg.say(QUANG, '/chiendich')).toEqual(['Lệnh /chiendich không dành cho vai trò của anh/chị. Gõ /trogiup để xem các lệnh anh/chị dùng được.']);
  });

  it('/huy ends a dialog; its buttons then get a short answer and change nothing', async () => {
    await tg.say(QUANG, '/baocao');
    // as the phone still shows it: a tap can cross the bot's clean-up
    const keyboard = structuredClone(tg.keyboardMessage(QUANG.id)!);
    expect(await tg.say(QUANG, '/huy')).toEqual(['Đã hủy thao tác đang dở. Chưa có gì được lưu.']);
    // the dead question loses its buttons
    expect(tg.api.callsOf('editMessageReplyMarkup').at(-1)?.payload).toEqual({ chat_id: QUANG.id, message_id: keyboard.message_id });
    expect(tg.keyboardMessage(QUANG.id)).toBeUndefined();
    expect(await tg.tap(QUANG, 'Cải cách thể chế', keyboard)).toEqual([]);
    const answer = tg.api.callsOf('answerCallbackQuery').at(-1)!;
    expect(answer.payload).toMatchObject({ text: expect.stringContaining('Lựa chọn này đã cũ'), show_alert: true });
    expect(tg.api.callsOf('editMessageText')).toHaveLength(0);
  });

  it('answers a sticker in a private chat with what the bot reads', async () => {
    const update = messageUpdate('private-text', QUANG, 'private', {
      sticker: { file_id: 'x', file_unique_id: 'y', type: 'regular', width: 512, height: 512, is_animated: false, is_video: false },
    });
    delete (update.message as unknown as Record<string, unknown>).text;
    await tg.send(update);
    expect(tg.api.textsTo(QUANG.id)).toEqual(['Bot chỉ đọc được tin nhắn chữ, lệnh, nút bấm, tệp tài liệu và ảnh. Gõ /trogiup để xem các lệnh.']);
  });

  it('speaks English to an English member', async () => {
    await tg.core.core.db.member.updateMany({ where: { code: 'vhxh-1' }, data: { locale: 'en' } });
    const [areas] = await tg.say(QUANG, '/baocao');
    expect(areas).toMatch(/^Report for Văn hóa - Xã hội/);
    await tg.tap(QUANG, 'Cải cách thể chế');
    const question = tg.api.messages.get(QUANG.id)!.find((m) => m.text?.startsWith('Report for'))!;
    expect(question.text).toMatch(/\n\n✔ Cải cách thể chế$/);
  });
});
