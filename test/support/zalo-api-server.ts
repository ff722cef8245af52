import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// A stand-in Zalo Bot API on 127.0.0.1 (ZALO_API_ROOT): POST JSON to /bot<token>/<method>, one
// update per getUpdates, an idle poll answered 408, text limited to 2,000 characters as Zalo does,
// and a "CDN" serving the bytes of photos people send at temporary addresses.

export const ZALO_TOKEN = '12345689:zalo-test-token_AbCdEfGh';

export interface ZaloCall {
  method: string;
  params: Record<string, unknown>;
  at: number;
  /** when the answer was given */
  doneAt?: number;
  /** getUpdates: the update it handed out */
  delivered?: unknown;
  /** the Zalo error_code it was refused with */
  refused?: number;
}

export interface ZaloAnswer {
  status: number;
  body: unknown;
}

export interface FakeZaloApi {
  url: string;
  /** every call but getUpdates, in order */
  calls: ZaloCall[];
  /** getUpdates calls, with their times */
  polls: ZaloCall[];
  /** queues a raw update (either envelope shape) for the next getUpdates */
  push(update: unknown): void;
  /** the next call of `method` gets this answer instead (once per call to failNext) */
  failNext(method: string, answer: ZaloAnswer): void;
  /** the next call of `method` is answered after `ms` */
  slowNext(method: string, ms: number): void;
  /** from now on every call is refused with 401, as after the token is reset in Zalo Bot Manager */
  revokeToken(): void;
  /** serves bytes at a temporary address and returns it */
  addPhoto(bytes: Uint8Array): string;
  /** paths requested from the photo "CDN" */
  photoRequests: string[];
  /** texts sent to a chat: sendMessage texts and sendPhoto captions */
  textsTo(chatId: string): string[];
  /** resolves with the first answered call (after `from`) that matches */
  waitFor(match: (c: ZaloCall) => boolean, from?: number, timeoutMs?: number): Promise<ZaloCall>;
  /** resolves once `condition` holds (checked whenever a call comes or is answered) */
  waitUntil(condition: () => boolean, timeoutMs?: number, what?: string): Promise<void>;
  close(): Promise<void>;
}

export const refusal = (errorCode: number, description: string, status = errorCode): ZaloAnswer => ({ status, body: { ok: false, error_code: errorCode, description } });

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString();
  return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
}

export async function startFakeZaloApi(options: { token?: string; idleMs?: number } = {}): Promise<FakeZaloApi> {
  const token = options.token ?? ZALO_TOKEN;
  const idleMs = options.idleMs ?? 150;
  const calls: ZaloCall[] = [];
  const polls: ZaloCall[] = [];
  const queue: unknown[] = [];
  const failures: Array<{ method: string; answer: ZaloAnswer }> = [];
  const delays: Array<{ method: string; ms: number }> = [];
  const photos = new Map<string, Uint8Array>();
  const photoRequests: string[] = [];
  const waiters = new Set<() => void>();
  let messageId = 1;
  let revoked = false;
  const wake = () => [...waiters].forEach((w) => w());

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const send = (answer: ZaloAnswer) => {
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(answer.body));
    };
    if (req.method === 'GET' && url.pathname.startsWith('/cdn/')) {
      photoRequests.push(url.pathname);
      const bytes = photos.get(url.pathname);
      if (!bytes) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': bytes.byteLength });
      return void res.end(bytes);
    }
    const m = /^\/bot(.+)\/(\w+)$/.exec(url.pathname);
    if (req.method !== 'POST' || !m) return send(refusal(404, 'Not Found'));
    const params = await readJson(req);
    const call: ZaloCall = { method: m[2]!, params, at: Date.now() };
    const method = call.method;
    (method === 'getUpdates' ? polls : calls).push(call);
    wake();
    const answer = async (a: ZaloAnswer) => {
      const delay = delays.findIndex((d) => d.method === method);
      if (delay >= 0) await new Promise((r) => setTimeout(r, delays.splice(delay, 1)[0]!.ms));
      call.doneAt = Date.now();
      const code = (a.body as { error_code?: unknown } | null)?.error_code;
      if (typeof code === 'number') call.refused = code;
      if (!res.destroyed) send(a);
      wake();
    };
    const failure = failures.findIndex((f) => f.method === method);
    if (failure >= 0) return answer(failures.splice(failure, 1)[0]!.answer);
    if (m[1] !== token || revoked) return answer(refusal(401, 'Unauthorized'));
    const ok = (result: unknown) => answer({ status: 200, body: { ok: true, result } });
    const sent = () => ok({ message_id: `${(messageId++).toString(16).padStart(20, '0')}`, date: Date.now() });
    switch (method) {
      case 'getMe':
        return ok({ id: 'b0b0b0b0b0b0b0b0b0b0', account_name: 'thidua.cchc.bot', account_type: 'BASIC', can_join_groups: true });
      case 'getUpdates': {
        if (queue.length === 0) {
          // Long poll, briefly: answer when an update arrives or after a short wait.
          await new Promise<void>((resolve) => {
            const done = () => {
              clearTimeout(timer);
              waiters.delete(arrived);
              resolve();
            };
            const arrived = () => queue.length > 0 && done();
            const timer = setTimeout(done, idleMs);
            waiters.add(arrived);
          });
        }
        if (res.destroyed) return;
        const update = queue.shift();
        if (update === undefined) return answer(refusal(408, 'Request timeout'));
        call.delivered = update;
        return ok(update);
      }
      case 'sendMessage': {
        const text = params.text;
        if (typeof text !== 'string' || text.length < 1 || text.length > 2000) return answer(refusal(400, 'text must be 1 to 2000 characters'));
        return sent();
      }
      case 'sendPhoto':
        if (typeof params.photo !== 'string') return answer(refusal(400, 'photo must be a URL'));
        return sent();
      case 'setWebhook':
      case 'deleteWebhook':
        return ok({ url: String(params.url ?? ''), updated_at: Date.now() });
      default:
        return answer(refusal(404, `method ${method} not found`));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let photoNo = 0;
  const waitUntil = (condition: () => boolean, timeoutMs = 10_000, what = 'condition'): Promise<void> =>
    new Promise((resolve, reject) => {
      const check = () => {
        if (!condition()) return;
        clearTimeout(deadline);
        waiters.delete(check);
        resolve();
      };
      const deadline = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`timed out waiting for ${what}; calls: ${calls.map((c) => c.method).join(', ')}`));
      }, timeoutMs);
      waiters.add(check);
      check();
    });

  return {
    url: base,
    calls,
    polls,
    push(update) {
      queue.push(update);
      wake();
    },
    failNext(method, answer) {
      failures.push({ method, answer });
    },
    slowNext(method, ms) {
      delays.push({ method, ms });
    },
    revokeToken() {
      revoked = true;
      wake();
    },
    addPhoto(bytes) {
      const path = `/cdn/${++photoNo}-${Math.random().toString(36).slice(2)}.jpg`;
      photos.set(path, bytes);
      return `${base}${path}?sig=temporary`;
    },
    photoRequests,
    textsTo: (chatId) =>
      calls.filter((c) => (c.method === 'sendMessage' || c.method === 'sendPhoto') && c.params.chat_id === chatId).map((c) => String(c.params.text ?? c.params.caption ?? '')),
    waitUntil,
    async waitFor(match, from = 0, timeoutMs = 10_000) {
      const find = () => calls.slice(from).find((c) => match(c) && c.doneAt !== undefined);
      await waitUntil(() => find() !== undefined, timeoutMs, 'a matching Zalo call');
      return find()!;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
