import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

// A Bot API stand-in on 127.0.0.1 that meters sendMessage like Telegram: at most `perSecond`
// accepted messages in any sliding second overall, and one per chat per `perChatMs`. A message
// over either limit is answered 429 with retry_after (whole seconds, at least 1) and not recorded.
// Only accepted messages count towards the windows.
//
// Run as a program (`node --import tsx bench/support/limited-bot-api.ts <token> [perSecond]`) it
// prints `{"url": …}` on its first line of standard output and serves its record at GET /__stats,
// so that the sender under test does not share its event loop: its clock is the server's own.

export interface AcceptedMessage {
  chatId: string;
  text: string;
  /** arrival, epoch milliseconds (sub-millisecond precision) */
  at: number;
}

export interface LimitedBotApiStats {
  accepted: AcceptedMessage[];
  /** 429 answers: over the overall limit, over a chat's limit */
  tooManyOverall: number;
  tooManyChat: number;
  /** the most messages accepted in any sliding second (never above perSecond) */
  busiestSecond: number;
}

export interface LimitedBotApi {
  url: string;
  stats(): LimitedBotApiStats;
  close(): Promise<void>;
}

export interface Limits {
  perSecond: number;
  perChatMs: number;
}

const WINDOW_MS = 1000;

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString();
  return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
}

export async function startLimitedBotApi(token: string, limits: Limits = { perSecond: 30, perChatMs: 1000 }): Promise<LimitedBotApi> {
  const accepted: AcceptedMessage[] = [];
  /** arrival times (performance.now()) of the accepted messages still inside the window */
  const window: number[] = [];
  let windowStart = 0;
  const lastByChat = new Map<string, number>();
  let tooManyOverall = 0;
  let tooManyChat = 0;
  let busiestSecond = 0;
  let messageId = 0;

  const stats = (): LimitedBotApiStats => ({ accepted, tooManyOverall, tooManyChat, busiestSecond });

  const server = createServer(async (req, res) => {
    const now = performance.now();
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method === 'GET' && req.url === '/__stats') return send(200, stats());
    const match = /^\/bot([^/]+)\/(\w+)$/.exec(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (!match || match[1] !== token) return send(401, { ok: false, error_code: 401, description: 'Unauthorized' });
    const params = await readBody(req);
    if (match[2] === 'getMe') {
      return send(200, {
        ok: true,
        result: {
          id: 424242,
          is_bot: true,
          first_name: 'Thi đua CCHC',
          username: 'ThiDuaBenchBot',
          can_join_groups: true,
          can_read_all_group_messages: false,
          supports_inline_queries: false,
        },
      });
    }
    if (match[2] !== 'sendMessage') return send(404, { ok: false, error_code: 404, description: 'Not Found: method not found' });

    const chatId = String(params.chat_id);
    const text = String(params.text ?? '');
    while (windowStart < window.length && window[windowStart]! <= now - WINDOW_MS) windowStart++;
    if (windowStart > 1000) {
      window.splice(0, windowStart);
      windowStart = 0;
    }
    const last = lastByChat.get(chatId);
    let waitMs = 0;
    if (window.length - windowStart >= limits.perSecond) {
      tooManyOverall++;
      waitMs = window[windowStart]! + WINDOW_MS - now;
    } else if (last !== undefined && now - last < limits.perChatMs) {
      tooManyChat++;
      waitMs = last + limits.perChatMs - now;
    }
    if (waitMs > 0) {
      const retryAfter = Math.max(1, Math.ceil(waitMs / 1000));
      return send(429, { ok: false, error_code: 429, description: `Too Many Requests: retry after ${retryAfter}`, parameters: { retry_after: retryAfter } });
    }
    window.push(now);
    lastByChat.set(chatId, now);
    busiestSecond = Math.max(busiestSecond, window.length - windowStart);
    accepted.push({ chatId, text, at: performance.timeOrigin + now });
    const chat = { id: Number(chatId), type: 'private', first_name: 'Cán bộ' };
    return send(200, { ok: true, result: { message_id: ++messageId, date: Math.floor(Date.now() / 1000), chat, text } });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stats,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [token, perSecond] = process.argv.slice(2);
  if (!token) throw new Error('usage: limited-bot-api.ts <token> [perSecond]');
  const api = await startLimitedBotApi(token, { perSecond: Number(perSecond ?? 30), perChatMs: 1000 });
  process.stdout.write(`${JSON.stringify({ url: api.url })}\n`);
  const stop = () => void api.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
