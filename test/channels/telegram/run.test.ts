import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { telegramAnnouncer } from '../../../src/channels/telegram/client.js';
import { createTelegramRunnable, type TelegramRunnable } from '../../../src/channels/telegram/run.js';
import { GROUP_ID, QUANG, startTelegramTest, textUpdate, type TelegramTest } from './support/telegram.js';
import pino from 'pino';

// The channel as npm start runs it: long polling through grammY's runner, or a webhook server.

let tg: TelegramTest;
let runnable: TelegramRunnable | null = null;
beforeEach(async () => {
  tg = await startTelegramTest();
  await tg.link('vhxh-1', QUANG);
});
afterEach(async () => {
  await runnable?.stop();
  runnable = null;
  await tg.close();
});

const channel = (webhook: Parameters<typeof createTelegramRunnable>[0]['webhook']) =>
  createTelegramRunnable({ bot: tg.bot, engine: tg.core.core.engine, i18n: tg.core.core.i18n, logger: pino({ level: 'silent' }), webhook });

describe('long polling', () => {
  it('deletes any webhook, sets the menus, polls, and lets an update in flight finish on stop', async () => {
    runnable = channel(null);
    tg.api.queueUpdates(textUpdate(QUANG, '/tiendo'));
    tg.api.slowNext('sendMessage', 400);
    await runnable.start();
    const methods = tg.api.calls.map((c) => c.method);
    expect(methods.indexOf('deleteWebhook')).toBeGreaterThanOrEqual(0);
    expect(methods.slice(0, methods.indexOf('deleteWebhook'))).toEqual(['setMyCommands', 'setMyCommands', 'setMyCommands', 'setMyCommands']);
    // the update is being answered (slowly) when the stop comes
    while (!tg.api.callsOf('sendMessage').length) await new Promise((r) => setTimeout(r, 10));
    const sending = tg.api.callsOf('sendMessage')[0]!;
    expect(sending.doneAt).toBeUndefined();
    await runnable.stop();
    expect(sending.doneAt).toBeDefined();
    expect(String(sending.payload.text)).toContain('Tiến độ của');
    const polls = tg.api.callsOf('getUpdates');
    expect(polls[0]!.payload).toMatchObject({ allowed_updates: ['message', 'callback_query'] });
    expect(tg.api.calls.indexOf(polls[0]!)).toBeGreaterThan(methods.indexOf('deleteWebhook'));
    // nothing is fetched after the stop
    const count = tg.api.callsOf('getUpdates').length;
    await new Promise((r) => setTimeout(r, 100));
    expect(tg.api.callsOf('getUpdates').length).toBe(count);
  });
});

describe('announcements', () => {
  it('the channel’s announcer posts the campaign’s announcements to its Telegram group, in pieces', async () => {
    const announcer = telegramAnnouncer(tg.bot.api);
    expect(announcer.chatFor({ ZALO: 'zalo-group' })).toBeNull();
    const chat = announcer.chatFor({ TELEGRAM: String(GROUP_ID), ZALO: 'zalo-group' });
    expect(chat).toBe(String(GROUP_ID));
    const board = ['Bảng vàng thi đua 2025', ...Array.from({ length: 200 }, (_, i) => `${i + 1}. Tập thể tiêu biểu số ${i + 1} — Giấy khen của Chủ tịch UBND xã`)].join('\n');
    await announcer.post(chat!, board);
    const posts = tg.api.callsOf('sendMessage').filter((c) => c.payload.chat_id === String(GROUP_ID));
    expect(posts.length).toBeGreaterThan(1);
    expect(posts.map((c) => c.payload.text).join('\n')).toBe(board);
  });
});

describe('webhook', () => {
  const SECRET = 'webhook_secret_0123456789';
  const URL_PATH = '/telegram/hook-7f3a';
  const post = (port: number, body: unknown, headers: Record<string, string> = {}, path = URL_PATH) =>
    fetch(`http://127.0.0.1:${port}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  it('sets the webhook with its secret; only requests carrying the secret reach the bot', async () => {
    runnable = channel({ url: `https://bot.example.vn${URL_PATH}`, secret: SECRET, host: '127.0.0.1', port: 0 });
    await runnable.start();
    expect(tg.api.callsOf('setWebhook')[0]!.payload).toEqual({
      url: `https://bot.example.vn${URL_PATH}`,
      secret_token: SECRET,
      allowed_updates: ['message', 'callback_query'],
      drop_pending_updates: false,
    });
    expect(tg.api.callsOf('deleteWebhook')).toHaveLength(0);
    const port = runnable.address()!.port;

    expect((await post(port, textUpdate(QUANG, '/tiendo'))).status).toBe(401);
    expect((await post(port, textUpdate(QUANG, '/tiendo'), { 'X-Telegram-Bot-Api-Secret-Token': 'wrong_secret_0123456789' })).status).toBe(401);
    expect((await post(port, textUpdate(QUANG, '/tiendo'), { 'X-Telegram-Bot-Api-Secret-Token': SECRET }, '/other')).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${port}${URL_PATH}`)).status).toBe(404);
    expect(tg.api.callsOf('sendMessage')).toHaveLength(0);

    const ok = await post(port, textUpdate(QUANG, '/tiendo'), { 'X-Telegram-Bot-Api-Secret-Token': SECRET });
    expect(ok.status).toBe(200);
    expect(tg.api.textsTo(QUANG.id)[0]).toContain('Tiến độ của');
  });

  it('stop waits for an update in flight, then refuses connections', async () => {
    runnable = channel({ url: `https://bot.example.vn${URL_PATH}`, secret: SECRET, host: '127.0.0.1', port: 0 });
    await runnable.start();
    const port = runnable.address()!.port;
    tg.api.slowNext('sendMessage', 400);
    const request = post(port, textUpdate(QUANG, '/tiendo'), { 'X-Telegram-Bot-Api-Secret-Token': SECRET });
    while (!tg.api.callsOf('sendMessage').length) await new Promise((r) => setTimeout(r, 10));
    await runnable.stop();
    runnable = null;
    expect(tg.api.callsOf('sendMessage')[0]!.doneAt).toBeDefined();
    expect((await request).status).toBe(200);
    await expect(post(port, {}, { 'X-Telegram-Bot-Api-Secret-Token': SECRET })).rejects.toThrow();
  });
});
