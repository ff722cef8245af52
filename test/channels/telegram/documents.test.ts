import { Bot } from 'grammy';
import type { InlineKeyboardMarkup, Message, Update } from 'grammy/types';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setupTelegramBot } from '../../../src/channels/telegram/bot.js';
import type { DocumentChoice } from '../../../src/services/documents/types.js';
import { startFakeBotApi, type ApiCall, type FakeBotApi } from '../../support/bot-api-server.js';
import { startTestBot, type TestBot } from '../../support/core.js';
import { docxText, NOMINEE, nominateVhxh } from '../../support/documents.js';
import { PDF } from '../../support/files.js';
import { VHXH } from '../../support/kim-phuong.js';
import { BOT_INFO, TOKEN } from './support/fake-api.js';
import { messageUpdate, QUANG, tapUpdate, textUpdate } from './support/telegram.js';

// /vanban on Telegram end to end: real grammY updates handled by the real bot, whose Bot API is a
// server on 127.0.0.1. The pick comes back as a sendDocument upload of the .docx; the signed scan
// goes back with /nophoso as a PDF and the dossier ticks.

let core: TestBot;
let api: FakeBotApi;
let bot: Bot;
beforeEach(async () => {
  core = await startTestBot({ withReports: true });
  await nominateVhxh(core);
  api = await startFakeBotApi(TOKEN, { id: BOT_INFO.id, username: BOT_INFO.username });
  bot = setupTelegramBot(new Bot(TOKEN, { botInfo: BOT_INFO, client: { apiRoot: api.url } }), {
    engine: core.core.engine,
    members: core.core.services.members,
    i18n: core.core.i18n,
    logger: pino({ level: 'silent' }),
    apiRoot: api.url,
  });
  const quang = (await core.core.services.members.membersOfOrganization(core.organizationId)).find((m) => m.code === 'vhxh-1')!;
  await core.core.services.members.linkAccount(quang.id, 'TELEGRAM', String(QUANG.id), quang.fullName);
});
afterEach(async () => {
  await api.close();
  await core.close();
});

const t = () => core.core.i18n.translator('vi');
const labelOf = (c: DocumentChoice) => (c.subject ? `${t()(`document-kind-${c.kind}`)} — ${c.subject}` : t()(`document-kind-${c.kind}`));
const toQuang = (c: ApiCall) => String(c.params.chat_id) === String(QUANG.id);

/** Handles one update; gives the Bot API calls it made. */
async function handle(update: Update): Promise<ApiCall[]> {
  const before = api.calls.length;
  await bot.handleUpdate(update);
  return api.calls.slice(before);
}

/** Taps the button with this label on the latest message with buttons sent to Quang. */
async function tap(label: string): Promise<ApiCall[]> {
  const sent = [...api.calls].reverse().find((c) => toQuang(c) && (c.params.reply_markup as InlineKeyboardMarkup | undefined)?.inline_keyboard)!;
  const markup = sent.params.reply_markup as InlineKeyboardMarkup;
  const button = markup.inline_keyboard.flat().find((b) => b.text === label);
  if (!button || !('callback_data' in button)) throw new Error(`no button "${label}" in ${JSON.stringify(markup)}`);
  const message = {
    message_id: 4242,
    date: Math.floor(Date.now() / 1000),
    chat: { id: QUANG.id, type: 'private', first_name: QUANG.first_name },
    text: String(sent.params.text),
    reply_markup: markup,
  } as Message;
  return handle(tapUpdate(QUANG, message, button.callback_data!));
}

describe('/vanban on Telegram', () => {
  it('offers the head their documents as buttons and sends the picked one as a .docx holding the unit’s name', async () => {
    const choices = await core.core.services.documents.available((await core.core.services.members.findActor('TELEGRAM', String(QUANG.id)))!, core.campaignId);
    const offered = (await handle(textUpdate(QUANG, '/vanban'))).find((c) => c.method === 'sendMessage' && c.params.reply_markup)!;
    expect(String(offered.params.text)).toContain(t()('documents-pick', { campaign: (await core.core.services.campaigns.view(core.campaignId)).title }));
    const labels = (offered.params.reply_markup as InlineKeyboardMarkup).inline_keyboard.flat().map((b) => b.text);
    expect(labels).toEqual(expect.arrayContaining(choices.map(labelOf)));

    const toTrinh = choices.find((c) => c.kind === 'to-trinh')!;
    const sent = (await tap(labelOf(toTrinh))).find((c) => c.method === 'sendDocument')!;
    expect(sent, 'a sendDocument call').toBeDefined();
    expect(String(sent.params.chat_id)).toBe(String(QUANG.id));
    expect(String(sent.params.caption)).toContain('/nophoso');
    // the upload is a Word file (a zip) whose body names the unit and its nominee
    expect(sent.upload!.subarray(0, 2).toString()).toBe('PK');
    const text = docxText(sent.upload!);
    expect(text).toContain(VHXH);
    expect(text).toContain(NOMINEE);
  });

  it('the signed scan, sent back as a PDF with /nophoso, ticks the dossier', async () => {
    await handle(textUpdate(QUANG, '/vanban'));
    await tap(
      labelOf(
        (await core.core.services.documents.available((await core.core.services.members.findActor('TELEGRAM', String(QUANG.id)))!, core.campaignId)).find(
          (c) => c.kind === 'to-trinh',
        )!,
      ),
    );
    await handle(textUpdate(QUANG, '/nophoso'));
    await tap('Tờ trình khen thưởng của cơ quan');
    api.addFile('BQACAgUAAxkBAAIB-signed-1', PDF);
    const calls = await handle(
      messageUpdate('document', QUANG, 'private', {
        document: { file_name: 'to-trinh-da-ky.pdf', mime_type: 'application/pdf', file_id: 'BQACAgUAAxkBAAIB-signed-1', file_unique_id: 'u-signed-1', file_size: PDF.byteLength },
      }),
    );
    const texts = calls.filter((c) => c.method === 'sendMessage').map((c) => String(c.params.text));
    expect(texts[0]).toBe('Đã nhận tệp to-trinh-da-ky.pdf cho mục Tờ trình khen thưởng của cơ quan.');
    expect(texts[1]).toContain('✓ Tờ trình khen thưởng của cơ quan: to-trinh-da-ky.pdf');
    const evidence = await core.core.db.evidence.findFirstOrThrow({ where: { originalName: 'to-trinh-da-ky.pdf' } });
    expect(evidence).toMatchObject({ mime: 'application/pdf', sourceChannel: 'TELEGRAM' });
  });
});
