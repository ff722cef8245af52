import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ZaloApiError, ZaloClient, ZaloNetworkError, ZaloRateLimitError } from '../../../src/channels/zalo/client.js';
import { refusal, startFakeZaloApi, ZALO_TOKEN, type FakeZaloApi } from '../../support/zalo-api-server.js';

// The request function against a Zalo Bot API on 127.0.0.1: what each kind of answer becomes, and
// that no error ever carries the token (it is in every URL).

let api: FakeZaloApi | null = null;
afterEach(async () => {
  await api?.close();
  api = null;
});

const failure = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('no error');
    },
    (e: unknown) => e as Error,
  );
const serialized = (e: Error) => JSON.stringify(e, Object.getOwnPropertyNames(e)) + String(e.stack);

describe('ZaloClient', () => {
  it('POSTs JSON to <root>/bot<token>/<method> and returns the result; counts accepted messages', async () => {
    api = await startFakeZaloApi();
    const sent: number[] = [];
    const client = new ZaloClient({ token: ZALO_TOKEN, apiRoot: api.url, onSent: (n) => sent.push(n) });
    expect(await client.getMe()).toMatchObject({ account_name: 'thidua.cchc.bot' });
    await client.sendMessage('c1', 'Xin chào');
    await client.sendPhoto('c1', 'https://bot.example.vn/charts/a.png', 'Bảng xếp hạng');
    expect(api.calls.map((c) => [c.method, c.params])).toEqual([
      ['getMe', {}],
      ['sendMessage', { chat_id: 'c1', text: 'Xin chào' }],
      ['sendPhoto', { chat_id: 'c1', photo: 'https://bot.example.vn/charts/a.png', caption: 'Bảng xếp hạng' }],
    ]);
    expect(sent).toEqual([1, 1]);
    // a refused send is not counted
    await failure(client.sendMessage('c1', ''));
    expect(sent).toEqual([1, 1]);
  });

  it('tells a refusal, a rate limit and an idle poll apart by Zalo’s error_code, whatever the HTTP status', async () => {
    api = await startFakeZaloApi();
    const client = new ZaloClient({ token: ZALO_TOKEN, apiRoot: api.url });
    api.failNext('sendMessage', refusal(400, 'chat_id is invalid', 200));
    const refused = await failure(client.sendMessage('x', 'a'));
    expect(refused).toBeInstanceOf(ZaloApiError);
    expect(refused).toMatchObject({ method: 'sendMessage', errorCode: 400, description: 'chat_id is invalid' });

    api.failNext('sendMessage', refusal(429, 'Quota exceeded'));
    const limited = await failure(client.sendMessage('x', 'a'));
    expect(limited).toBeInstanceOf(ZaloRateLimitError);
    expect(limited).toBeInstanceOf(ZaloApiError);

    const idle = await failure(client.getUpdates(1));
    expect(idle).toMatchObject({ errorCode: 408 });

    // a gateway's page is no Bot API answer: its status stands in for the code
    api.failNext('getMe', { status: 502, body: 'Bad Gateway' });
    expect(await failure(client.getMe())).toMatchObject({ name: 'ZaloApiError', errorCode: 502 });
    api.failNext('getMe', { status: 200, body: 'hello' });
    expect(await failure(client.getMe())).toBeInstanceOf(ZaloNetworkError);
  });

  it('a wrong token is a 401 refusal; no error carries the token', async () => {
    api = await startFakeZaloApi();
    const wrong = '99999999:not-the-right-token';
    const error = await failure(new ZaloClient({ token: wrong, apiRoot: api.url }).getMe());
    expect(error).toMatchObject({ errorCode: 401 });
    expect(serialized(error)).not.toContain(wrong);
  });

  it('network failures and timeouts are ZaloNetworkError, without URL or token', async () => {
    const closed = await failure(new ZaloClient({ token: ZALO_TOKEN, apiRoot: 'http://127.0.0.1:1' }).getMe());
    expect(closed).toBeInstanceOf(ZaloNetworkError);
    expect(closed.message).toBe('Zalo getMe failed: network error (ECONNREFUSED)');
    expect(closed.cause).toBeUndefined();
    expect(serialized(closed)).not.toContain(ZALO_TOKEN);

    // a server that never answers
    const silent = createServer(() => undefined);
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const root = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
    const slow = await failure(new ZaloClient({ token: ZALO_TOKEN, apiRoot: root, timeoutMs: 200 }).getMe());
    expect(slow).toMatchObject({ name: 'ZaloNetworkError', reason: 'timed out' });
    expect(serialized(slow)).not.toContain(ZALO_TOKEN);
    const abort = new AbortController();
    const pending = failure(new ZaloClient({ token: ZALO_TOKEN, apiRoot: root }).getUpdates(30, abort.signal));
    abort.abort();
    expect(await pending).toMatchObject({ reason: 'aborted' });
    silent.closeAllConnections();
    await new Promise((r) => silent.close(r));
  });
});
