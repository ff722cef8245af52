import { Bot } from 'grammy';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setupTelegramBot } from '../../../src/channels/telegram/bot.js';
import { telegramDeliver } from '../../../src/channels/telegram/deliver.js';
import { createOutboxSender } from '../../../src/services/messaging/outbox-sender.js';
import { BOT_INFO, FakeBotApi, TOKEN } from '../telegram/support/fake-api.js';
import { buttonsOf, textUpdate, type Person as TelegramPerson } from '../telegram/support/telegram.js';
import { NAM, QUANG, startZaloTest, type ZaloTest } from './support/zalo.js';

// One person, two apps: the real Telegram channel (grammY, its Bot API answered in memory) and the
// real Zalo channel (a fake Zalo Bot API on 127.0.0.1) on one core. A code from /lienket in one
// app links the other; the reminders then reach the app chosen.

const TG_QUANG: TelegramPerson = { id: 7001, first_name: 'Quang', last_name: 'Đinh Văn', language_code: 'vi' };
const TG_STRANGER: TelegramPerson = { id: 7099, first_name: 'Lạ', language_code: 'vi' };
const CODE = /Mã liên kết của anh\/chị: ([A-Z0-9]{8})/;

let z: ZaloTest;
let tgApi: FakeBotApi;
let tg: Bot;
const logger = pino({ level: 'silent' });

beforeEach(async () => {
  z = await startZaloTest();
  tgApi = new FakeBotApi();
  tg = new Bot(TOKEN, { botInfo: BOT_INFO });
  tg.api.config.use(tgApi.transformer);
  const { engine, services, i18n } = z.bot.core;
  setupTelegramBot(tg, { engine, members: services.members, i18n, logger, apiRoot: 'http://127.0.0.1:9' });
});
afterEach(() => z.close());

async function tgSay(person: TelegramPerson, text: string): Promise<string[]> {
  const before = tgApi.textsTo(person.id).length;
  await tg.handleUpdate(textUpdate(person, text));
  return tgApi.textsTo(person.id).slice(before);
}

const memberOf = async (channel: 'TELEGRAM' | 'ZALO', externalId: string) =>
  (await z.bot.core.db.channelAccount.findUnique({ where: { channel_externalId: { channel, externalId } } }))?.memberId ?? null;

/** Queues one announcement to Quang from the secretariat and drains it through both apps. */
async function remindQuang(): Promise<{ telegram: string[]; zalo: string[] }> {
  const quang = (await z.bot.core.db.member.findFirstOrThrow({ where: { code: 'vhxh-1' } })).id;
  await z.bot.core.services.outbox.enqueue([
    {
      dedupeKey: `test:${Date.now()}:${Math.random()}`,
      memberId: quang,
      kind: 'broadcast',
      payload: { key: 'broadcast-message', args: { sender: 'Văn phòng', text: 'Họp giao ban 14:00.' } },
    },
  ]);
  const tgBefore = tgApi.textsTo(TG_QUANG.id).length;
  const zaloBefore = z.api.textsTo(QUANG.id).length;
  const sender = createOutboxSender({
    outbox: z.bot.core.services.outbox,
    deliverers: { TELEGRAM: telegramDeliver(tg.api, TOKEN), ZALO: z.channel.deliver },
    i18n: z.bot.core.i18n,
    logger,
    clock: () => z.bot.now.value,
  });
  expect(await sender.drainOnce()).toMatchObject({ sent: 1 });
  return { telegram: tgApi.textsTo(TG_QUANG.id).slice(tgBefore), zalo: z.api.textsTo(QUANG.id).slice(zaloBefore) };
}

describe('/lienket', () => {
  it('links Zalo to a Telegram member, and reminders go to Zalo once chosen', async () => {
    await z.bot.core.services.members.linkAccount((await z.bot.core.db.member.findFirstOrThrow({ where: { code: 'vhxh-1' } })).id, 'TELEGRAM', String(TG_QUANG.id));
    // the console account the test core gives every declared member is not wanted here
    await z.bot.core.db.channelAccount.deleteMany({ where: { channel: 'CONSOLE' } });

    const [codeText, status] = await tgSay(TG_QUANG, '/lienket');
    const code = CODE.exec(codeText!)![1]!;
    expect(codeText).toMatch(/hết hạn lúc \d\d\/\d\d\/\d{4} \d\d:\d\d, dùng được 1 lần\)\.\nMở bot trên Zalo, gõ: \/lienket [A-Z0-9]{8}$/);
    expect(status).toBe('Tài khoản đã liên kết: Telegram. Nhắc việc, thông báo gửi qua: Telegram.');

    // Before choosing, reminders stay on the first app.
    const replies = await z.say(QUANG, `/lienket ${code.toLowerCase()}`);
    expect(replies[0]).toBe('Đã liên kết tài khoản Zalo này với hồ sơ của Đinh Văn Quang (Văn hóa - Xã hội).');
    expect(replies.join('\n')).toContain('Tài khoản đã liên kết: Telegram, Zalo. Nhắc việc, thông báo gửi qua: Telegram.');
    expect(replies.join('\n')).toContain('1. Nhận nhắc việc qua Zalo');
    expect(await memberOf('ZALO', QUANG.id)).toBe(await memberOf('TELEGRAM', String(TG_QUANG.id)));
    expect(await remindQuang()).toEqual({ telegram: ['📢 Thông báo của Văn phòng:\nHọp giao ban 14:00.'], zalo: [] });

    // Answered with the option's number, on Zalo.
    expect(await z.say(QUANG, '1')).toEqual(['Đã xong. Từ nay nhắc việc, thông báo sẽ gửi qua Zalo.']);
    expect(await remindQuang()).toEqual({ telegram: [], zalo: ['📢 Thông báo của Văn phòng:\nHọp giao ban 14:00.'] });

    // The same code again: already linked; another Zalo account cannot use a used code.
    expect((await z.say(QUANG, `/lienket ${code}`))[0]).toBe('Tài khoản này đã liên kết với hồ sơ của Đinh Văn Quang (Văn hóa - Xã hội) rồi.');
    expect(await z.say(NAM, `/lienket ${code}`)).toEqual([`Mã liên kết ${code} đã được dùng. Gõ /lienket ở ứng dụng đã đăng ký để lấy mã mới.`]);
    expect(await memberOf('ZALO', NAM.id)).toBeNull();

    // Back to Telegram from /nhacnho on Telegram.
    const overview = (await tgSay(TG_QUANG, '/nhacnho')).join('\n');
    expect(overview).toContain('Nhắc việc, thông báo gửi qua: Zalo (gõ /lienket để liên kết thêm ứng dụng).');
    // Telegram shows the choices as buttons; a typed number answers as well.
    expect(buttonsOf(tgApi.lastMessage(TG_QUANG.id)).map((b) => b.text)).toEqual(['Tắt nhắc cập nhật tiến độ định kỳ', 'Nhận nhắc việc qua Telegram']);
    expect(await tgSay(TG_QUANG, '2')).toEqual(['Đã xong. Từ nay nhắc việc, thông báo sẽ gửi qua Telegram.']);
    expect((await remindQuang()).telegram).toHaveLength(1);
  });

  it('links Telegram to a Zalo member the other way round', async () => {
    await z.link('vhxh-1', QUANG);
    const [codeText] = await z.say(QUANG, '/lienket');
    expect(codeText).toContain('Mở bot trên Telegram, gõ: /lienket');
    const code = CODE.exec(codeText!)![1]!;
    const replies = await tgSay(TG_QUANG, `/lienket ${code}`);
    expect(replies[0]).toBe('Đã liên kết tài khoản Telegram này với hồ sơ của Đinh Văn Quang (Văn hóa - Xã hội).');
    expect(await memberOf('TELEGRAM', String(TG_QUANG.id))).toBe(await memberOf('ZALO', QUANG.id));
    // The Telegram account is a registered member now: its commands work.
    expect((await tgSay(TG_QUANG, '/start'))[0]).toContain('Đinh Văn Quang');
  });

  it('refuses a wrong, expired or foreign code in Vietnamese, linking nothing', async () => {
    await z.link('vhxh-1', QUANG);
    expect(await tgSay(TG_STRANGER, '/lienket')).toEqual([
      'Để liên kết, mở bot trên ứng dụng anh/chị đã đăng ký (Telegram hoặc Zalo), gõ /lienket để nhận mã, rồi gõ ở đây: /lienket <mã>. Nếu chưa đăng ký ở đâu, hãy gõ /start <mã mời> do bộ phận thường trực cấp.',
    ]);
    expect(await tgSay(TG_STRANGER, '/lienket ZZZZ2222')).toEqual([
      'Mã liên kết ZZZZ2222 không đúng. Vui lòng kiểm tra lại từng ký tự, hoặc gõ /lienket ở ứng dụng đã đăng ký để lấy mã mới.',
    ]);
    const code = CODE.exec((await z.say(QUANG, '/lienket'))[0]!)![1]!;
    // an account registered to someone else is not moved to Quang
    await z.bot.core.services.members.linkAccount((await z.bot.core.db.member.findFirstOrThrow({ where: { code: 'tpht-1' } })).id, 'TELEGRAM', String(TG_STRANGER.id));
    expect(await tgSay(TG_STRANGER, `/lienket ${code}`)).toEqual([
      'Tài khoản này đã đăng ký cho một người khác nên không liên kết được. Nếu có nhầm lẫn, vui lòng liên hệ bộ phận thường trực.',
    ]);
    // ten minutes later the code is gone
    z.bot.now.value = new Date(z.bot.now.value.getTime() + 10 * 60_000);
    expect(await tgSay(TG_QUANG, `/lienket ${code}`)).toEqual([
      `Mã liên kết ${code} đã hết hạn (mã chỉ dùng được trong 10 phút). Gõ /lienket ở ứng dụng đã đăng ký để lấy mã mới.`,
    ]);
    expect(await memberOf('TELEGRAM', String(TG_QUANG.id))).toBeNull();
  });
});
