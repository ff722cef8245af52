import { Bot } from 'grammy';
import type { InlineKeyboardMarkup, Message, Update } from 'grammy/types';
import pino from 'pino';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { setupTelegramBot } from '../../../src/channels/telegram/bot.js';
import { telegramDeliver } from '../../../src/channels/telegram/deliver.js';
import { createOutboxSender } from '../../../src/services/messaging/outbox-sender.js';
import { startFakeBotApi, type ApiCall, type FakeBotApi } from '../../support/bot-api-server.js';
import { startTestBot, type TestBot } from '../../support/core.js';
import { BOT_INFO, TOKEN } from './support/fake-api.js';
import { NHUNG, tapUpdate, textUpdate } from './support/telegram.js';

// /suakehoach on Telegram end to end: real grammY updates handled by the real bot, whose Bot API
// is a server on 127.0.0.1. The secretariat moves a deadline with the buttons; the outbox sender
// then delivers the notice to each affected head's Telegram chat through the same server.

/** The heads of the other units, each with a Telegram chat of their own. */
const HEADS: Record<string, number> = { 'vhxh-1': 8001, 'dcxd-1': 8002, 'tckt-1': 8003, 'tpht-1': 8004, 'mot-cua-1': 8005 };
const NOTICE = 'Thường trực phong trào đã đổi hạn "Nộp hồ sơ xét khen thưởng về UBND xã" từ ngày 05/12/2025 sang ngày 03/12/2025.';

let core: TestBot;
let api: FakeBotApi;
let bot: Bot;
beforeEach(async () => {
  core = await startTestBot();
  api = await startFakeBotApi(TOKEN, { id: BOT_INFO.id, username: BOT_INFO.username });
  bot = setupTelegramBot(new Bot(TOKEN, { botInfo: BOT_INFO, client: { apiRoot: api.url } }), {
    engine: core.core.engine,
    members: core.core.services.members,
    i18n: core.core.i18n,
    logger: pino({ level: 'silent' }),
    apiRoot: api.url,
  });
  const members = await core.core.services.members.membersOfOrganization(core.organizationId);
  const link = async (code: string, telegramId: number) => {
    const member = members.find((m) => m.code === code)!;
    await core.core.services.members.linkAccount(member.id, 'TELEGRAM', String(telegramId), member.fullName);
    // Telegram is where they read their messages now
    await core.core.db.channelAccount.updateMany({ where: { memberId: member.id, channel: 'CONSOLE' }, data: { preferred: false } });
  };
  await link('vptk-1', NHUNG.id);
  for (const [code, id] of Object.entries(HEADS)) await link(code, id);
});
afterEach(async () => {
  await api.close();
  await core.close();
});

const toNhung = (c: ApiCall) => String(c.params.chat_id) === String(NHUNG.id);
const texts = (calls: ApiCall[]) => calls.filter((c) => c.method === 'sendMessage' && toNhung(c)).map((c) => String(c.params.text));

async function handle(update: Update): Promise<ApiCall[]> {
  const before = api.calls.length;
  await bot.handleUpdate(update);
  return api.calls.slice(before);
}

/** Taps the button with this label on the latest message with buttons sent to Nhung. */
async function tap(label: string): Promise<ApiCall[]> {
  const sent = [...api.calls].reverse().find((c) => toNhung(c) && (c.params.reply_markup as InlineKeyboardMarkup | undefined)?.inline_keyboard)!;
  const markup = sent.params.reply_markup as InlineKeyboardMarkup;
  const button = markup.inline_keyboard.flat().find((b) => b.text === label);
  if (!button || !('callback_data' in button)) throw new Error(`no button "${label}" in ${JSON.stringify(markup)}`);
  const message = {
    message_id: 4242,
    date: Math.floor(Date.now() / 1000),
    chat: { id: NHUNG.id, type: 'private', first_name: NHUNG.first_name },
    text: String(sent.params.text),
    reply_markup: markup,
  } as Message;
  return handle(tapUpdate(NHUNG, message, button.callback_data!));
}

it('moves a deadline with buttons, previews who is told, and the heads’ Telegram chats get the notice', async () => {
  const asked = (await handle(textUpdate(NHUNG, '/suakehoach'))).find((c) => c.method === 'sendMessage' && c.params.reply_markup)!;
  expect((asked.params.reply_markup as InlineKeyboardMarkup).inline_keyboard.flat().map((b) => b.text)).toContain('Dời thời hạn');
  await tap('Dời thời hạn');
  expect(texts(await tap('Nộp hồ sơ xét khen thưởng về UBND xã (05/12/2025)')).join('\n')).toContain('Nhập ngày mới');
  const preview = texts(await handle(textUpdate(NHUNG, '03/12/2025'))).join('\n');
  expect(preview).toContain('• Hạn "Nộp hồ sơ xét khen thưởng về UBND xã": 05/12/2025 → 03/12/2025');
  expect(preview).toContain('Sẽ báo cho 5 thủ trưởng (trong giờ hành chính): Đinh Văn Quang, Lương Văn Hùng, Nguyễn Thị Thu Hà, Ma Thị Huyền, Hà Văn Tuấn.');
  expect(texts(await tap('Xác nhận')).join('\n')).toContain('Đang báo cho 5 thủ trưởng');
  expect((await core.core.db.deadline.findFirstOrThrow({ where: { code: 'NOP_HO_SO' } })).dueOn.toISOString()).toBe('2025-12-02T17:00:00.000Z');

  // Nothing reaches the heads until the outbox sender runs.
  const before = api.calls.length;
  const sender = createOutboxSender({
    outbox: core.core.services.outbox,
    deliverers: { TELEGRAM: telegramDeliver(bot.api, TOKEN) },
    i18n: core.core.i18n,
    logger: pino({ level: 'silent' }),
    clock: () => core.now.value,
  });
  expect(await sender.drainOnce()).toMatchObject({ claimed: 5, sent: 5 });
  const delivered = api.calls.slice(before).filter((c) => c.method === 'sendMessage');
  expect(delivered.map((c) => Number(c.params.chat_id)).sort()).toEqual(Object.values(HEADS));
  for (const call of delivered) expect(call.params.text).toBe(NOTICE);
  expect(delivered.some(toNhung)).toBe(false);
});
