import { Bot } from 'grammy';
import { afterEach, describe, expect, it } from 'vitest';
import { autoRetry } from '@grammyjs/auto-retry';
import { telegramDeliver } from '../../../src/channels/telegram/deliver.js';
import { DEFAULT_RETRY } from '../../../src/channels/telegram/bot.js';
import { startFakeBotApi, type ApiCall, type FakeBotApi, type Respond } from '../../support/bot-api-server.js';

// Outbox delivery through grammY against a Bot API server on 127.0.0.1: what each answer of
// Telegram becomes for the outbox.

const TOKEN = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw';
let api: FakeBotApi | null = null;
afterEach(async () => {
  await api?.close();
  api = null;
});

async function deliverVia(respond?: Respond) {
  api = await startFakeBotApi(TOKEN, { id: 1, username: 'ThiDuaTestBot' }, respond);
  const bot = new Bot(TOKEN, { client: { apiRoot: api.url } });
  // the same auto-retry bounds as production (src/channels/telegram/bot.ts)
  bot.api.config.use(autoRetry(DEFAULT_RETRY));
  return telegramDeliver(bot.api, TOKEN);
}

const refusal = (status: number, description: string, retryAfter?: number) => ({
  status,
  body: { ok: false, error_code: status, description, ...(retryAfter ? { parameters: { retry_after: retryAfter } } : {}) },
});
const sent = (c: ApiCall) => c.method === 'sendMessage';

describe('telegramDeliver', () => {
  it('sends the text, split at line breaks when longer than Telegram allows', async () => {
    const deliver = await deliverVia();
    expect(await deliver('501', 'Nhắc hạn: tự chấm điểm trước 28/11/2025.')).toBe('sent');
    const long = Array.from({ length: 300 }, (_, i) => `Dòng ${i}: đơn vị chưa báo cáo kết quả thực hiện`).join('\n');
    expect(await deliver('502', long)).toBe('sent');
    const calls = api!.calls.filter(sent);
    expect(calls[0]!.params).toMatchObject({ chat_id: '501', text: 'Nhắc hạn: tự chấm điểm trước 28/11/2025.' });
    expect(calls.length).toBeGreaterThan(2);
    expect(
      calls
        .slice(1)
        .map((c) => String(c.params.text))
        .join('\n'),
    ).toBe(long);
  });

  it('calls a blocked bot, a deactivated user and a chat that is gone unreachable', async () => {
    const answers: Record<string, ReturnType<typeof refusal>> = {
      '1': refusal(403, 'Forbidden: bot was blocked by the user'),
      '2': refusal(403, 'Forbidden: user is deactivated'),
      '3': refusal(400, 'Bad Request: chat not found'),
    };
    const deliver = await deliverVia((c) => answers[String(c.params.chat_id)]);
    for (const chat of ['1', '2', '3']) expect(await deliver(chat, 'x')).toBe('blocked');
  });

  it('lets auto-retry wait out a short flood wait, and hands a long one to the outbox', async () => {
    let calls = 0;
    const deliver = await deliverVia((c) => {
      if (c.params.chat_id === '7' && ++calls === 1) return refusal(429, 'Too Many Requests: retry after 1', 1);
      if (c.params.chat_id === '8') return refusal(429, 'Too Many Requests: retry after 600', 600);
      return undefined;
    });
    expect(await deliver('7', 'x')).toBe('sent');
    expect(api!.calls.filter((c) => sent(c) && c.params.chat_id === '7')).toHaveLength(2);
    expect(await deliver('8', 'x')).toEqual({ retryAfterMs: 600_000 });
  });

  it('throws other refusals and network failures for back-off, without the token', async () => {
    const deliver = await deliverVia(() => refusal(400, 'Bad Request: message text is empty'));
    await expect(deliver('9', 'x')).rejects.toThrow(/message text is empty/);
    const url = api!.url;
    await api!.close();
    api = null;
    const bot = new Bot(TOKEN, { client: { apiRoot: url } });
    const offline = telegramDeliver(bot.api, TOKEN);
    const error = await offline('9', 'x').then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error).toBeInstanceOf(Error);
    expect(error!.message).not.toContain(TOKEN);
    expect(error!.message).not.toContain(TOKEN.split(':')[1]);
  });
});
