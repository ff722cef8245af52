import type { Update } from 'grammy/types';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixture, GROUP_ID, HOA, NHUNG, QUANG, startTelegramTest, type TelegramTest } from './support/telegram.js';

// /xephang is answered in a group only when the campaign file declares that group (group_chats):
// a member who adds the bot to a group of their own choosing cannot post the standings there.

const NOT_LINKED = 'Nhóm này chưa được gắn với phong trào thi đua nào. Bộ phận thường trực khai báo nhóm trong tệp kế hoạch (mục group_chats).';
const OTHER_GROUP = -1009876543210;

let tg: TelegramTest;
beforeEach(async () => {
  tg = await startTelegramTest();
  await tg.link('vhxh-1', QUANG);
  await tg.link('vptk-1', NHUNG);
});
afterEach(() => tg.close());

const declare = (groupChats: Record<string, string>) => tg.core.core.db.campaign.updateMany({ data: { groupChats } });

let updateNo = 0;
/** The recorded group command, said by `from` in the group `chatId`. */
function groupCommand(chatId: number, from: typeof QUANG, text = '/xephang@ThiDuaTestBot'): Update {
  const update = fixture<Update & { message: Record<string, unknown> }>('group-command');
  update.update_id += ++updateNo;
  update.message.chat = { id: chatId, title: 'Nhóm bạn bè', type: 'supergroup' };
  update.message.from = { id: from.id, is_bot: false, first_name: from.first_name };
  update.message.text = text;
  (update.message.entities as Array<{ length: number }>)[0]!.length = text.length;
  return update;
}

async function sendTo(chatId: number, update: Update) {
  const before = tg.api.calls.length;
  await tg.send(update);
  return tg.api.calls.slice(before).filter((c) => c.payload.chat_id === chatId);
}

describe('/xephang in a group', () => {
  it('a member in a group the campaign does not declare gets "not linked": no standings, no chart', async () => {
    await declare({ telegram: String(GROUP_ID) });
    for (const person of [QUANG, NHUNG, HOA]) {
      const calls = await sendTo(OTHER_GROUP, groupCommand(OTHER_GROUP, person));
      expect(calls.map((c) => [c.method, c.payload.text])).toEqual([['sendMessage', NOT_LINKED]]);
    }
    expect(tg.api.callsOf('sendPhoto')).toEqual([]);
  });

  it('with no group declared at all, a member is told the same', async () => {
    const calls = await sendTo(GROUP_ID, groupCommand(GROUP_ID, NHUNG, '/xephang'));
    expect(calls.map((c) => [c.method, c.payload.text])).toEqual([['sendMessage', NOT_LINKED]]);
  });

  it('a group declared for Zalo only does not open the Telegram group of the same id', async () => {
    await declare({ zalo: String(GROUP_ID) });
    const calls = await sendTo(GROUP_ID, groupCommand(GROUP_ID, QUANG));
    expect(calls.map((c) => c.payload.text)).toEqual([NOT_LINKED]);
  });

  it('the declared group gets the standings with the chart, for a member and for anyone in it', async () => {
    await declare({ telegram: String(GROUP_ID) });
    for (const person of [QUANG, HOA]) {
      const calls = await sendTo(GROUP_ID, groupCommand(GROUP_ID, person));
      expect(calls.map((c) => c.method)).toEqual(['sendPhoto']);
      expect(String(calls[0]!.payload.caption)).toContain('Bảng xếp hạng — ');
    }
  });

  it('in private the member still gets the standings of their own campaign', async () => {
    expect((await tg.say(QUANG, '/xephang'))[0]).toContain('Bảng xếp hạng — ');
  });
});
