import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setDefaultMenus } from '../../../src/channels/telegram/menus.js';
import { HOA, NHUNG, QUANG, startTelegramTest, type TelegramTest } from './support/telegram.js';

let tg: TelegramTest;
beforeEach(async () => {
  tg = await startTelegramTest();
  await tg.link('vhxh-1', QUANG);
  await tg.link('vptk-1', NHUNG);
});
afterEach(() => tg.close());

type Menu = { commands: Array<{ command: string; description: string }>; scope: Record<string, unknown>; language_code?: string };
const menus = () => tg.api.callsOf('setMyCommands').map((c) => c.payload as unknown as Menu);
const chatMenus = (chatId: number) => menus().filter((m) => m.scope.type === 'chat' && m.scope.chat_id === chatId);
const names = (m: Menu | undefined) => m?.commands.map((c) => c.command);
/** the "/lệnh — mô tả" lines of a /trogiup answer */
const helpEntries = (help: string) =>
  help
    .split('\n')
    .map((line) => /^\/(\w+) — (.+)$/.exec(line))
    .filter((m) => m !== null)
    .map((m) => ({ command: m[1]!, description: m[2]! }));

describe('command menus', () => {
  it('for everyone: /start and /trogiup in Vietnamese and English; /xephang in groups', async () => {
    await setDefaultMenus(tg.bot.api, { engine: tg.core.core.engine, i18n: tg.core.core.i18n });
    expect(menus()).toEqual([
      {
        commands: [
          { command: 'start', description: 'Đăng ký bằng mã mời, xem thông tin tài khoản' },
          { command: 'trogiup', description: 'Xem các lệnh dùng được' },
          { command: 'lienket', description: 'Liên kết tài khoản Zalo và Telegram, chọn nơi nhận nhắc việc' },
        ],
        scope: { type: 'default' },
      },
      {
        commands: [expect.objectContaining({ command: 'start' }), expect.objectContaining({ command: 'trogiup' }), expect.objectContaining({ command: 'lienket' })],
        scope: { type: 'default' },
        language_code: 'en',
      },
      { commands: [{ command: 'xephang', description: 'Bảng xếp hạng các đơn vị' }], scope: { type: 'all_group_chats' } },
      { commands: [expect.objectContaining({ command: 'xephang' })], scope: { type: 'all_group_chats' }, language_code: 'en' },
    ]);
    expect(menus()[1]!.commands[0]!.description).not.toBe(menus()[0]!.commands[0]!.description);
  });

  it('per private chat: what the member’s roles may use, plus /huy, as /trogiup lists them; set once', async () => {
    const headHelp = (await tg.say(QUANG, '/trogiup'))[0]!;
    const adminHelp = (await tg.say(NHUNG, '/trogiup'))[0]!;
    const head = chatMenus(QUANG.id);
    expect(head).toHaveLength(1);
    expect(head[0]!.commands).toEqual(helpEntries(headHelp));
    expect(names(head[0])).toEqual(expect.arrayContaining(['start', 'trogiup', 'baocao', 'tiendo', 'nhiemvu', 'xephang', 'nophoso', 'hoso']));
    expect(names(head[0])).not.toContain('moi');
    expect(head[0]!.commands).toContainEqual({ command: 'baocao', description: 'Báo cáo tiến độ, kết quả chỉ tiêu của đơn vị' });
    expect(head[0]!.commands.at(-1)).toEqual({ command: 'huy', description: 'Hủy thao tác đang dở' });
    expect(head[0]!.language_code).toBeUndefined();
    const admin = chatMenus(NHUNG.id);
    expect(admin[0]!.commands).toEqual(helpEntries(adminHelp));
    expect(names(admin[0])).toEqual(expect.arrayContaining(['baocao', 'moi', 'chiendich', 'huy']));

    await tg.say(QUANG, '/tiendo');
    await tg.say(QUANG, '/nhiemvu');
    expect(chatMenus(QUANG.id)).toHaveLength(1);
  });

  it('recorded on the account: not set again after a restart, set again when the commands change', async () => {
    await tg.say(QUANG, '/trogiup');
    const account = () => tg.core.core.db.channelAccount.findFirstOrThrow({ where: { channel: 'TELEGRAM', externalId: String(QUANG.id) } });
    const recorded = (await account()).menu;
    expect(recorded).toMatch(/^[\w-]{16}$/);
    tg.restart();
    await tg.say(QUANG, '/tiendo');
    expect(chatMenus(QUANG.id)).toHaveLength(1);
    // An upgrade that changes the commands or their wording changes the digest.
    await tg.core.core.db.channelAccount.update({ where: { id: (await account()).id }, data: { menu: 'menu-of-before' } });
    tg.restart();
    await tg.say(QUANG, '/tiendo');
    expect(chatMenus(QUANG.id)).toHaveLength(2);
    expect(chatMenus(QUANG.id)[1]).toEqual(chatMenus(QUANG.id)[0]);
    expect((await account()).menu).toBe(recorded);
  });

  it('not recorded when Telegram refuses it: tried again on the next update', async () => {
    tg.api.failNext('setMyCommands', { error_code: 400, description: 'Bad Request: too many commands' });
    await tg.say(QUANG, '/trogiup');
    expect((await tg.core.core.db.channelAccount.findFirstOrThrow({ where: { externalId: String(QUANG.id) } })).menu).toBeNull();
    await tg.say(QUANG, '/trogiup');
    expect(chatMenus(QUANG.id).length).toBeGreaterThanOrEqual(2);
    expect((await tg.core.core.db.channelAccount.findFirstOrThrow({ where: { externalId: String(QUANG.id) } })).menu).not.toBeNull();
  });

  it('a refused change keeps the menu recorded before, and is tried again', async () => {
    await tg.say(QUANG, '/trogiup');
    const account = () => tg.core.core.db.channelAccount.findFirstOrThrow({ where: { externalId: String(QUANG.id) } });
    const before = (await account()).menu;
    const member = await tg.core.core.db.member.findFirstOrThrow({ where: { code: 'vhxh-1' } });
    await tg.core.core.db.roleGrant.create({ data: { memberId: member.id, role: 'ADMIN' } });
    tg.api.failNext('setMyCommands', { error_code: 400, description: 'Bad Request: too many commands' });
    await tg.say(QUANG, '/trogiup');
    expect((await account()).menu).toBe(before);
    await tg.say(QUANG, '/trogiup');
    expect(
      chatMenus(QUANG.id)
        .at(-1)!
        .commands.some((c) => c.command === 'moi'),
    ).toBe(true);
    expect((await account()).menu).not.toBe(before);
  });

  it('set again when the roles or the language change', async () => {
    await tg.say(QUANG, '/trogiup');
    const member = await tg.core.core.db.member.findFirstOrThrow({ where: { code: 'vhxh-1' } });
    await tg.core.core.db.roleGrant.create({ data: { memberId: member.id, role: 'ADMIN' } });
    await tg.say(QUANG, '/trogiup');
    expect(chatMenus(QUANG.id).map((m) => names(m)?.includes('moi'))).toEqual([false, true]);
    await tg.core.core.db.member.update({ where: { id: member.id }, data: { locale: 'en' } });
    await tg.say(QUANG, '/trogiup');
    const english = chatMenus(QUANG.id).at(-1)!;
    expect(english.commands.find((c) => c.command === 'huy')?.description).toBe(tg.core.core.i18n.t('en', 'cmd-huy'));
  });

  it('strangers get no chat menu; a member who is deactivated falls back to the default', async () => {
    await tg.say(HOA, '/trogiup');
    expect(chatMenus(HOA.id)).toEqual([]);
    await tg.say(QUANG, '/trogiup');
    await tg.core.core.db.member.updateMany({ where: { code: 'vhxh-1' }, data: { active: false } });
    await tg.say(QUANG, '/trogiup');
    expect(tg.api.callsOf('deleteMyCommands').map((c) => c.payload)).toEqual([{ scope: { type: 'chat', chat_id: QUANG.id } }]);
    await tg.say(QUANG, '/trogiup');
    expect(tg.api.callsOf('deleteMyCommands')).toHaveLength(1);
  });
});
