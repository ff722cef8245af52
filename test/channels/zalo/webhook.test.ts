import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VHXH } from '../../support/kim-phuong.js';
import { refusal } from '../../support/zalo-api-server.js';
import { fixture, GROUP_ID, NHUNG, QUANG, startZaloTest, textUpdate, updateFrom, WEBHOOK_SECRET, WEBHOOK_URL, type ZaloTest } from './support/zalo.js';

// Webhook mode on the shared HTTP server, with PUBLIC_BASE_URL set so standings come with their
// picture, served from the same server.

let zl: ZaloTest;
beforeEach(async () => {
  zl = await startZaloTest({ mode: 'webhook', charts: true });
  await zl.link('vhxh-1', QUANG);
  await zl.link('vptk-1', NHUNG);
});
afterEach(() => zl.close());

const base = () => `http://127.0.0.1:${zl.server!.address()!.port}`;
const quiet = () => new Promise((r) => setTimeout(r, 300));
const sendsTo = (chatId: string) => zl.api.calls.filter((c) => (c.method === 'sendMessage' || c.method === 'sendPhoto') && c.params.chat_id === chatId);
/** waits until `count` messages went to the chat, and answers their texts */
async function repliesTo(chatId: string, count: number): Promise<string[]> {
  await zl.api.waitUntil(() => sendsTo(chatId).filter((c) => c.doneAt).length >= count, 10_000, `${count} messages to ${chatId}`);
  return zl.api.textsTo(chatId);
}

describe('setting up', () => {
  it('sets the webhook with its secret and never polls', async () => {
    expect(zl.api.calls.map((c) => [c.method, c.params])).toEqual([
      ['getMe', {}],
      ['setWebhook', { url: WEBHOOK_URL, secret_token: WEBHOOK_SECRET }],
    ]);
    await quiet();
    expect(zl.api.polls).toEqual([]);
  });
});

describe('requests', () => {
  it('a wrong or missing secret gets 403 and nothing is handled', async () => {
    expect(await zl.post(textUpdate(QUANG, '/tiendo'), 'wrong-secret-0123')).toBe(403);
    expect(await zl.post(textUpdate(QUANG, '/tiendo'), WEBHOOK_SECRET.slice(0, -1))).toBe(403);
    expect(await zl.post(textUpdate(QUANG, '/tiendo'), null)).toBe(403);
    await quiet();
    expect(sendsTo(QUANG.id)).toEqual([]);
  });

  it('an empty probe gets 200; other paths and methods 404; a body that is not JSON 400', async () => {
    expect(await zl.post('', null)).toBe(200);
    expect(await zl.post('', WEBHOOK_SECRET)).toBe(200);
    expect(await zl.post('{not json', WEBHOOK_SECRET)).toBe(400);
    expect((await fetch(`${base()}/zalo/other`, { method: 'POST', body: '{}' })).status).toBe(404);
    expect((await fetch(`${base()}${new URL(WEBHOOK_URL).pathname}`)).status).toBe(404);
    await quiet();
    expect(zl.api.calls.filter((c) => c.method.startsWith('send'))).toEqual([]);
  });

  it('both envelope shapes are handled', async () => {
    expect(await zl.post(textUpdate(QUANG, '/tiendo'))).toBe(200);
    expect((await repliesTo(QUANG.id, 1))[0]).toContain(`Tiến độ của ${VHXH}`);
    const wrapped = fixture<{ ok: true; result: { message: Record<string, unknown> } }>('text-wrapped');
    Object.assign(wrapped.result.message, { from: { id: QUANG.id, name: QUANG.name }, chat: { id: QUANG.id, chat_type: 'PRIVATE' }, text: '/tiendo' });
    expect(await zl.post(wrapped)).toBe(200);
    expect((await repliesTo(QUANG.id, 2))[1]).toContain(`Tiến độ của ${VHXH}`);
  });

  it('the same message_id delivered twice is handled once', async () => {
    const update = textUpdate(QUANG, '/tiendo');
    expect(await zl.post(update)).toBe(200);
    expect(await zl.post(update)).toBe(200);
    await repliesTo(QUANG.id, 1);
    await quiet();
    expect(sendsTo(QUANG.id)).toHaveLength(1);
  });

  it('answers 200 at once and handles a chat’s messages in order', async () => {
    for (const text of ['/baocao', '1', '90']) expect(await zl.post(textUpdate(QUANG, text))).toBe(200);
    const texts = await repliesTo(QUANG.id, 3);
    expect(texts[0]).toContain(`Báo cáo của ${VHXH}`);
    expect(texts[1]).toContain('Nhập kết quả cho tiêu chí');
    expect(texts[2]).toContain('Ghi chú kèm theo');
  });

  it('stop waits for the update being handled; the path then answers 404', async () => {
    zl.api.slowNext('sendMessage', 400);
    expect(await zl.post(textUpdate(QUANG, '/tiendo'))).toBe(200);
    await zl.api.waitUntil(() => sendsTo(QUANG.id).length > 0);
    await zl.channel.stop();
    expect(sendsTo(QUANG.id)[0]!.doneAt).toBeDefined();
    expect(await zl.post(textUpdate(QUANG, '/tiendo'))).toBe(404);
  });
});

describe('/xephang with PUBLIC_BASE_URL', () => {
  it('sends the chart by its address with the standings as caption; the address serves the PNG, unknown names 404', async () => {
    await zl.post(textUpdate(QUANG, '/xephang'));
    await repliesTo(QUANG.id, 1);
    const [photo] = sendsTo(QUANG.id);
    expect(photo!.method).toBe('sendPhoto');
    expect(String(photo!.params.caption)).toContain('Bảng xếp hạng —');
    const url = String(photo!.params.photo);
    expect(url).toMatch(new RegExp(`^${base()}/charts/[A-Za-z0-9_-]{22}\\.png$`));

    const served = await fetch(url);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    const bytes = Buffer.from(await served.arrayBuffer());
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect((await fetch(url, { method: 'HEAD' })).status).toBe(200);

    for (const path of ['/charts/AAAAAAAAAAAAAAAAAAAAAA.png', '/charts/', '/charts/..%2F..%2Fpackage.json', '/charts/../package.json', `${new URL(url).pathname}.png`]) {
      expect((await fetch(`${base()}${path}`)).status, path).toBe(404);
    }
    // the same standings asked again share the address
    await zl.post(textUpdate(QUANG, '/xephang'));
    await repliesTo(QUANG.id, 2);
    expect(sendsTo(QUANG.id)[1]!.params.photo).toBe(url);
  });

  it('in the group too', async () => {
    await zl.bot.core.db.campaign.updateMany({ data: { groupChats: { zalo: GROUP_ID } } });
    await zl.post(updateFrom('group-text', NHUNG, {}, true));
    await repliesTo(GROUP_ID, 1);
    expect(sendsTo(GROUP_ID)[0]!.method).toBe('sendPhoto');
  });

  it('when Zalo refuses the picture, the text still goes', async () => {
    zl.api.failNext('sendPhoto', refusal(400, 'cannot download photo'));
    await zl.post(textUpdate(QUANG, '/xephang'));
    const texts = await repliesTo(QUANG.id, 2);
    expect(sendsTo(QUANG.id).map((c) => c.method)).toEqual(['sendPhoto', 'sendMessage']);
    expect(texts[1]).toContain('Bảng xếp hạng —');
  });
});
