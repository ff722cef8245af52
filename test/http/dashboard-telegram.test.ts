import { Bot } from 'grammy';
import type { InlineKeyboardMarkup } from 'grammy/types';
import pino from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { setupTelegramBot } from '../../src/channels/telegram/bot.js';
import { startFakeBotApi, type ApiCall, type FakeBotApi } from '../support/bot-api-server.js';
import { BOT_INFO, TOKEN } from '../channels/telegram/support/fake-api.js';
import { NHUNG, QUANG, textUpdate } from '../channels/telegram/support/telegram.js';
import { startDashboardBot, type DashboardBot } from './dashboard-setup.js';

// On Telegram, behind an https PUBLIC_BASE_URL: /bangdieukhien and /xephang carry the personal
// link in their text and a button opening the dashboard as a Mini App (real grammY, Bot API on 127.0.0.1).

const BASE = 'https://thidua.example.vn';
let core: DashboardBot;
let api: FakeBotApi;
let bot: Bot;
beforeAll(async () => {
  core = await startDashboardBot({ publicBaseUrl: BASE });
  api = await startFakeBotApi(TOKEN, { id: BOT_INFO.id, username: BOT_INFO.username });
  bot = setupTelegramBot(new Bot(TOKEN, { botInfo: BOT_INFO, client: { apiRoot: api.url } }), {
    engine: core.core.engine,
    members: core.core.services.members,
    i18n: core.core.i18n,
    logger: pino({ level: 'silent' }),
    apiRoot: api.url,
  });
  const members = await core.core.services.members.membersOfOrganization(core.organizationId);
  for (const [code, person] of [
    ['vptk-1', NHUNG],
    ['vhxh-1', QUANG],
  ] as const) {
    const member = members.find((m) => m.code === code)!;
    await core.core.services.members.linkAccount(member.id, 'TELEGRAM', String(person.id), member.fullName);
  }
}, 60_000);
afterAll(async () => {
  await api?.close();
  await core?.close();
});

async function say(person: typeof NHUNG, text: string): Promise<ApiCall[]> {
  const before = api.calls.length;
  await bot.handleUpdate(textUpdate(person, text));
  return api.calls.slice(before).filter((c) => c.method === 'sendMessage' || c.method === 'sendPhoto');
}
function buttonsOf(call: ApiCall) {
  // A photo goes as a multipart upload, where the keyboard travels as JSON text.
  const markup = call.params.reply_markup;
  return ((typeof markup === 'string' ? JSON.parse(markup) : markup) as InlineKeyboardMarkup | undefined)?.inline_keyboard.flat() ?? [];
}

it('answers /bangdieukhien with the link and a Mini App button', async () => {
  const [sent] = await say(NHUNG, '/bangdieukhien');
  expect(String(sent!.params.text)).toMatch(new RegExp(`^Bảng điều khiển của phong trào: .+\\n${BASE}/web/bang-tin/[\\w-]+\\.[\\w-]+$`));
  expect(buttonsOf(sent!)).toEqual([{ text: 'Mở bảng điều khiển', web_app: { url: `${BASE}/web/bang-tin/telegram?c=${core.campaignId}` } }]);

  const unit = (await core.core.services.campaigns.view(core.campaignId)).units.find((u) => u.code === 'TPHT')!;
  const [other] = await say(NHUNG, '/bangdieukhien tu phap');
  expect(buttonsOf(other!)).toEqual([{ text: 'Mở bảng điều khiển', web_app: { url: `${BASE}/web/bang-tin/telegram?c=${core.campaignId}&u=${unit.id}` } }]);
});

it('puts the button under the standings picture of /xephang, for a head their own unit', async () => {
  const [photo] = await say(QUANG, '/xephang');
  expect(photo!.method).toBe('sendPhoto');
  const head = (await core.core.services.campaigns.view(core.campaignId)).units.find((u) => u.code === 'VHXH')!;
  expect(buttonsOf(photo!)).toEqual([{ text: 'Mở bảng điều khiển', web_app: { url: `${BASE}/web/bang-tin/telegram?c=${core.campaignId}&u=${head.id}` } }]);
});
