import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Message } from 'grammy/types';
import { VHXH } from '../../support/kim-phuong.js';
import { buttonsOf, fixture, GROUP_ID, HOA, NHUNG, QUANG, startTelegramTest, tapUpdate, type TelegramTest } from './support/telegram.js';

let tg: TelegramTest;
beforeEach(async () => {
  tg = await startTelegramTest();
  await tg.link('vhxh-1', QUANG);
  await tg.link('vptk-1', NHUNG);
});
afterEach(() => tg.close());

const lastAnswer = () => tg.api.callsOf('answerCallbackQuery').at(-1)?.payload;
const STALE = 'Lựa chọn này đã cũ (thao tác đã chuyển sang bước khác hoặc đã kết thúc). Anh/chị chọn ở tin nhắn mới nhất, hoặc gõ lại lệnh.';

describe('buttons that no longer apply', () => {
  it('a button of an older step gets a short answer; the dialog stays where it is', async () => {
    await tg.say(QUANG, '/baocao');
    const areas = structuredClone(tg.keyboardMessage(QUANG.id)!);
    await tg.tap(QUANG, 'Cải cách thể chế');
    const before = tg.api.calls.length;
    // the same keyboard, tapped again (a second tap, or an old copy on another device)
    expect(await tg.tap(QUANG, 'Cải cách tài chính công', areas)).toEqual([]);
    expect(lastAnswer()).toMatchObject({ text: STALE, show_alert: true });
    expect(tg.api.calls.slice(before).map((c) => c.method)).toEqual(['answerCallbackQuery']);
    // still at the value step of the first choice
    expect((await tg.say(QUANG, '100'))[0]).toContain('Ghi chú kèm theo');
  });

  it('a button of a finished dialog gets a short answer and saves nothing twice', async () => {
    await tg.say(QUANG, '/baocao');
    await tg.tap(QUANG, 'Cải cách thể chế');
    await tg.say(QUANG, '90');
    await tg.tap(QUANG, 'Bỏ qua');
    await tg.tap(QUANG, 'Bỏ qua');
    const confirm = structuredClone(tg.keyboardMessage(QUANG.id)!);
    await tg.tap(QUANG, 'Lưu');
    expect(await tg.tap(QUANG, 'Lưu', confirm)).toEqual([]);
    expect(lastAnswer()).toMatchObject({ text: STALE });
    expect(await tg.core.core.db.progressReport.count({ where: { channel: 'TELEGRAM' } })).toBe(1);
  });

  it('button data that is not ours is answered and ignored', async () => {
    await tg.say(QUANG, '/baocao');
    const message = tg.keyboardMessage(QUANG.id)!;
    await tg.send(tapUpdate(QUANG, message, 'game:42'));
    expect(lastAnswer()).toEqual({ callback_query_id: expect.any(String) });
    expect(tg.api.callsOf('editMessageText')).toHaveLength(0);
  });

  it('a button from the real fixture (an area of /baocao) works as recorded', async () => {
    await tg.say(QUANG, '/baocao');
    const update = fixture<{ update_id: number; callback_query: { message: Message; data: string } }>('callback-query');
    // Telegram sends back the message as the bot sent it: take the ids from the fake's copy.
    const sent = tg.keyboardMessage(QUANG.id)!;
    update.callback_query.message = { ...update.callback_query.message, message_id: sent.message_id, reply_markup: sent.reply_markup! } as Message;
    update.callback_query.data = buttonsOf(sent)[0]!.data;
    await tg.send(update as never);
    expect(tg.api.textsTo(QUANG.id).at(-1)).toContain('Nhập kết quả cho tiêu chí: Mức độ hoàn thành nhiệm vụ cải cách thể chế');
  });
});

describe('group chats', () => {
  // The group the campaign file declares (group_chats): the only one the standings are posted in.
  beforeEach(() => tg.core.core.db.campaign.updateMany({ data: { groupChats: { telegram: String(GROUP_ID) } } }));

  it('answers /xephang in the group, quoting the command, with the chart', async () => {
    const sent = await tg.sayInGroup(QUANG, '/xephang@ThiDuaTestBot');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toContain('Bảng xếp hạng — ');
    const photo = tg.api.callsOf('sendPhoto').at(-1)!;
    expect(photo.payload.chat_id).toBe(GROUP_ID);
    expect(photo.payload.reply_parameters).toMatchObject({ message_id: expect.any(Number), allow_sending_without_reply: true });
    // plain /xephang works too
    expect(await tg.sayInGroup(NHUNG, '/xephang')).toHaveLength(1);
  });

  it('refuses /baocao in the group with the private-only text and starts no dialog', async () => {
    expect(await tg.sayInGroup(QUANG, '/baocao')).toEqual(['Lệnh /baocao chỉ dùng trong tin nhắn riêng với bot, để thông tin của anh/chị không hiện ra cho cả nhóm.']);
    expect(await tg.sayInGroup(QUANG, '/tiendo')).toEqual(['Lệnh /tiendo chỉ dùng trong tin nhắn riêng với bot, để thông tin của anh/chị không hiện ra cho cả nhóm.']);
    expect(await tg.core.core.db.dialogState.count()).toBe(0);
  });

  it('ignores plain talk, files and commands meant for other bots', async () => {
    await tg.send(fixture('group-text'));
    await tg.sayInGroup(QUANG, 'Các đồng chí nhớ báo cáo nhé');
    await tg.sayInGroup(QUANG, '1');
    await tg.sayInGroup(QUANG, '/xephang@OtherBot');
    await tg.sayInGroup(QUANG, '/khongcolenh');
    expect(tg.api.calls).toEqual([]);
  });

  it('a stranger in a group not set up for a campaign is told so', async () => {
    await tg.core.core.db.campaign.updateMany({ data: { groupChats: {} } });
    expect(await tg.sayInGroup(HOA, '/xephang')).toEqual([
      'Nhóm này chưa được gắn với phong trào thi đua nào. Bộ phận thường trực khai báo nhóm trong tệp kế hoạch (mục group_chats).',
    ]);
    await tg.core.core.db.campaign.updateMany({ data: { groupChats: { telegram: String(GROUP_ID) } } });
    expect((await tg.sayInGroup(HOA, '/xephang'))[0]).toContain('Bảng xếp hạng');
  });

  it("a button in the group pressed by someone other than who asked gets 'not yours'", async () => {
    await tg.send(fixture('group-callback-query'));
    expect(lastAnswer()).toMatchObject({ text: 'Nút này thuộc về câu hỏi của người khác.' });
    expect(tg.api.calls.map((c) => c.method)).toEqual(['answerCallbackQuery']);
  });

  it('the asker pressing it is answered quietly; nothing is posted to the group', async () => {
    const update = fixture<{ callback_query: { from: unknown } }>('group-callback-query');
    update.callback_query.from = { id: QUANG.id, is_bot: false, first_name: QUANG.first_name };
    await tg.send(update as never);
    expect(tg.api.calls.map((c) => c.method)).toEqual(['answerCallbackQuery']);
    expect(lastAnswer()).toEqual({ callback_query_id: expect.any(String) });
  });

  it('never posts a person’s data to the group: /tiendo of a unit stays private', async () => {
    await tg.sayInGroup(NHUNG, `/tiendo ${VHXH}`);
    const posted = tg.api.textsTo(GROUP_ID).join('\n');
    expect(posted).not.toContain('Tiến độ của');
    // the same person in private gets it
    expect((await tg.say(NHUNG, `/tiendo ${VHXH}`))[0]).toContain(`Tiến độ của ${VHXH}`);
  });

  it('group messages with the real fixture: the command answered, chatter not', async () => {
    await tg.send(fixture('group-command'));
    await tg.send(fixture('group-text'));
    expect(tg.api.callsOf('sendPhoto').map((c) => c.payload.chat_id)).toEqual([GROUP_ID]);
    expect(tg.api.callsOf('sendMessage')).toHaveLength(0);
  });
});
