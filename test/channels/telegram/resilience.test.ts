import { afterEach, describe, expect, it } from 'vitest';
import { TOKEN } from './support/fake-api.js';
import { QUANG, startTelegramTest, tapUpdate, textUpdate, type TelegramTest } from './support/telegram.js';

let tg: TelegramTest;
afterEach(() => tg.close());

const parsed = () => tg.logs.map((l) => JSON.parse(l) as Record<string, unknown>);

describe('rate limit', () => {
  it('a flooding person gets one Vietnamese warning, then silence until the window passes', async () => {
    tg = await startTelegramTest({ deps: { rateLimit: { timeFrameMs: 60_000, limit: 3 } } });
    await tg.link('vhxh-1', QUANG);
    for (let i = 0; i < 7; i += 1) await tg.send(textUpdate(QUANG, '/tiendo'));
    const texts = tg.api.textsTo(QUANG.id);
    expect(texts).toHaveLength(4);
    expect(texts.slice(0, 3).every((t) => t.startsWith('Tiến độ của'))).toBe(true);
    expect(texts[3]).toBe('Anh/chị đang gửi quá nhanh. Vui lòng chờ khoảng 10 giây rồi gửi tiếp; các tin nhắn gửi trong lúc này sẽ không được xử lý.');
    // a tap meanwhile is not handled either (and not warned about twice)
    await tg.send(tapUpdate(QUANG, tg.api.lastMessage(QUANG.id)!, 'c:1:1'));
    expect(tg.api.callsOf('answerCallbackQuery')).toHaveLength(0);
    expect(parsed().filter((l) => l.msg === 'rate limit reached')).toHaveLength(1);
  });

  it('group chatter the bot does not read does not count', async () => {
    tg = await startTelegramTest({ deps: { rateLimit: { timeFrameMs: 60_000, limit: 2 } } });
    await tg.link('vhxh-1', QUANG);
    for (let i = 0; i < 5; i += 1) await tg.sayInGroup(QUANG, 'tin nhắn trong nhóm');
    expect((await tg.say(QUANG, '/tiendo'))[0]).toContain('Tiến độ của');
  });
});

describe('auto-retry', () => {
  it('a 429 with retry_after 1 is waited out and the message goes through', async () => {
    tg = await startTelegramTest();
    await tg.link('vhxh-1', QUANG);
    tg.api.failNext('sendMessage', { error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } });
    const sent = await tg.say(QUANG, '/nhiemvu');
    const attempts = tg.api.callsOf('sendMessage');
    expect(attempts).toHaveLength(2);
    expect(attempts[1]!.payload).toEqual(attempts[0]!.payload);
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(950);
    expect(sent.at(-1)).toContain('Nhiệm vụ của');
    expect(parsed().find((l) => l.msg === 'Bot API asked to retry')).toMatchObject({ method: 'sendMessage', error_code: 429, retry_after: 1 });
  });

  it('a 502 from the server is retried too', async () => {
    tg = await startTelegramTest({ deps: { retry: { maxRetryAttempts: 2, maxDelaySeconds: 5 } } });
    await tg.link('vhxh-1', QUANG);
    tg.api.failNext('sendMessage', { error_code: 502, description: 'Bad Gateway' });
    await tg.say(QUANG, '/nhiemvu');
    expect(tg.api.callsOf('sendMessage')).toHaveLength(2);
  }, 15_000);
});

describe('error boundary and logs', () => {
  it('an update whose handling throws is logged with its update_id, and the next one is handled', async () => {
    tg = await startTelegramTest();
    await tg.link('vhxh-1', QUANG);
    tg.api.failNext('sendMessage', { error_code: 400, description: 'Bad Request: chat not found' });
    const failing = textUpdate(QUANG, '/tiendo');
    await expect(tg.send(failing)).resolves.toBeUndefined();
    const line = parsed().find((l) => l.msg === 'update failed');
    expect(line).toMatchObject({ level: 50, update_id: failing.update_id, channel: 'TELEGRAM', err: { type: 'GrammyError', method: 'sendMessage', error_code: 400 } });
    expect((await tg.say(QUANG, '/tiendo'))[0]).toContain('Tiến độ của');
  });

  it('a tap whose handling throws is still answered', async () => {
    tg = await startTelegramTest();
    await tg.link('vhxh-1', QUANG);
    await tg.say(QUANG, '/baocao');
    tg.api.failNext('editMessageText', { error_code: 403, description: 'Forbidden: bot was blocked by the user' });
    tg.api.failNext('sendMessage', { error_code: 403, description: 'Forbidden: bot was blocked by the user' });
    await tg.tap(QUANG, 'Cải cách thể chế');
    expect(tg.api.callsOf('answerCallbackQuery')).toHaveLength(1);
    expect(parsed().filter((l) => l.msg === 'update failed')).toHaveLength(1);
  });

  it('the token never appears in any log line, even when a network error quotes the URL', async () => {
    tg = await startTelegramTest();
    await tg.link('vhxh-1', QUANG);
    tg.api.breakNext('sendMessage', `request to ${tg.files.url}/bot${TOKEN}/sendMessage failed, reason: socket hang up`);
    tg.api.failNext('sendMessage', { error_code: 400, description: 'Bad Request: message text is empty' });
    await tg.say(QUANG, '/nhiemvu'); // network error → retried after 3 s → refused → logged
    await tg.say(QUANG, '/nhiemvu');
    const network = parsed().find((l) => l.msg === 'Bot API request failed') as { err: { cause: { message: string } } } | undefined;
    expect(network?.err.cause.message).toBe(`request to ${tg.files.url}/bot[token]/sendMessage failed, reason: socket hang up`);
    expect(parsed().some((l) => l.msg === 'update failed')).toBe(true);
    expect(tg.logs.length).toBeGreaterThan(1);
    for (const line of tg.logs) {
      expect(line).not.toContain(TOKEN);
      expect(line).not.toContain(TOKEN.split(':')[1]);
    }
  }, 15_000);
});
