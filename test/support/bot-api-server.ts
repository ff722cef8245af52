import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// A stand-in Bot API server on 127.0.0.1: enough of Telegram's HTTP API for a bot to run by long
// polling against it (TELEGRAM_API_ROOT), with a queue of updates the test pushes and a record of
// every call the bot makes.

export interface ApiCall {
  method: string;
  /** JSON body, or the text fields of a multipart upload */
  params: Record<string, unknown>;
  /** bytes of an uploaded file (sendPhoto, sendDocument) */
  upload?: Buffer;
}

export interface FakeBotApi {
  url: string;
  calls: ApiCall[];
  /** queues an update for the next getUpdates */
  push(update: Record<string, unknown>): void;
  /** serves bytes at getFile(file_id) and its download path */
  addFile(fileId: string, bytes: Buffer): void;
  /** resolves with the first call (after `from`) that matches */
  waitFor(match: (c: ApiCall) => boolean, from?: number, timeoutMs?: number): Promise<ApiCall>;
  close(): Promise<void>;
}

async function body(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Text fields and the first file part of a multipart/form-data body. */
function multipart(raw: Buffer, contentType: string): { params: Record<string, unknown>; upload?: Buffer } {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  const marker = Buffer.from(`--${boundary?.[1] ?? boundary?.[2]}`);
  const params: Record<string, unknown> = {};
  let upload: Buffer | undefined;
  let at = raw.indexOf(marker);
  while (at >= 0) {
    const next = raw.indexOf(marker, at + marker.length);
    if (next < 0) break;
    const part = raw.subarray(at + marker.length + 2, next - 2);
    const split = part.indexOf('\r\n\r\n');
    const head = part.subarray(0, split).toString();
    const content = part.subarray(split + 4);
    const name = /name="([^"]+)"/.exec(head)?.[1];
    if (/filename=/.test(head)) upload ??= Buffer.from(content);
    else if (name) params[name] = content.toString();
    at = next;
  }
  return { params, upload };
}

/**
 * Answers a call differently from the default: a Bot API answer with its HTTP status, or a promise
 * that never settles to hold the answer back (the caller's request stays in flight).
 */
export type Respond = (call: ApiCall) => { status: number; body: unknown } | Promise<never> | undefined;

export async function startFakeBotApi(token: string, botInfo: { id: number; username: string }, respond?: Respond): Promise<FakeBotApi> {
  const calls: ApiCall[] = [];
  const queue: Record<string, unknown>[] = [];
  const files = new Map<string, Buffer>();
  const waiters: Array<() => void> = [];
  let updateId = 1000;
  let messageId = 1;
  const wake = () => waiters.splice(0).forEach((w) => w());

  const server: Server = createServer(async (req, res) => {
    const raw = await body(req);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const send = (status: number, payload: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(payload));
    };
    const fileMatch = url.pathname.match(/^\/file\/bot([^/]+)\/(.+)$/);
    if (fileMatch) {
      const bytes = fileMatch[1] === token ? files.get(decodeURIComponent(fileMatch[2]!).replace(/^documents\//, '')) : undefined;
      if (!bytes) return send(404, { ok: false, error_code: 404, description: 'Not Found' });
      res.writeHead(200, { 'content-length': bytes.length });
      return res.end(bytes);
    }
    const m = url.pathname.match(/^\/bot([^/]+)\/(\w+)$/);
    if (!m || m[1] !== token) return send(401, { ok: false, error_code: 401, description: 'Unauthorized' });
    const method = m[2]!;
    const type = req.headers['content-type'] ?? '';
    const parsed = type.startsWith('multipart/') ? multipart(raw, type) : { params: raw.length ? (JSON.parse(raw.toString()) as Record<string, unknown>) : {}, upload: undefined };
    const call: ApiCall = { method, params: parsed.params, ...(parsed.upload ? { upload: parsed.upload } : {}) };
    if (method !== 'getUpdates') {
      calls.push(call);
      wake();
    }
    const custom = respond?.(call);
    if (custom) {
      const answer = await custom;
      return send(answer.status, answer.body);
    }
    const chat = { id: Number(parsed.params.chat_id ?? 0), type: 'private' };
    const message = (extra: Record<string, unknown> = {}) => ({ message_id: messageId++, date: Math.floor(Date.now() / 1000), chat, ...extra });
    switch (method) {
      case 'getMe':
        return send(200, {
          ok: true,
          result: {
            id: botInfo.id,
            is_bot: true,
            first_name: 'Thi đua CCHC',
            username: botInfo.username,
            can_join_groups: true,
            can_read_all_group_messages: false,
            supports_inline_queries: false,
          },
        });
      case 'getUpdates': {
        const offset = Number(parsed.params.offset ?? 0);
        while (queue.length && Number(queue[0]!.update_id) < offset) queue.shift();
        if (queue.length === 0) {
          // Long poll, briefly: answer when an update arrives or after a short wait.
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, 300);
            waiters.push(() => {
              clearTimeout(timer);
              resolve();
            });
          });
        }
        // As Telegram: at most `limit` updates (1–100, 100 by default) a call.
        const limit = Math.min(100, Math.max(1, Number(parsed.params.limit ?? 100) || 100));
        return send(200, { ok: true, result: queue.filter((u) => Number(u.update_id) >= offset).slice(0, limit) });
      }
      case 'getFile': {
        const id = String(parsed.params.file_id);
        return send(200, { ok: true, result: { file_id: id, file_unique_id: `u-${id}`, file_size: files.get(id)?.length, file_path: `documents/${id}` } });
      }
      case 'sendMessage':
        return send(200, { ok: true, result: message({ text: parsed.params.text, reply_markup: parsed.params.reply_markup }) });
      case 'sendPhoto':
        return send(200, {
          ok: true,
          result: message({ photo: [{ file_id: `photo-${messageId}`, file_unique_id: `p${messageId}`, width: 1000, height: 500 }], caption: parsed.params.caption }),
        });
      case 'sendDocument':
        return send(200, { ok: true, result: message({ document: { file_id: `doc-${messageId}`, file_unique_id: `d${messageId}` } }) });
      case 'editMessageText':
        return send(200, { ok: true, result: message({ text: parsed.params.text }) });
      default:
        // deleteWebhook, setMyCommands, answerCallbackQuery, editMessageReplyMarkup, sendChatAction…
        return send(200, { ok: true, result: true });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    push(update) {
      queue.push({ update_id: updateId++, ...update });
      wake();
    },
    addFile(fileId, bytes) {
      files.set(fileId, bytes);
    },
    waitFor(match, from = 0, timeoutMs = 20_000) {
      return new Promise((resolve, reject) => {
        const deadline = setTimeout(
          () =>
            reject(
              new Error(
                `no matching Bot API call; calls: ${calls
                  .slice(from)
                  .map((c) => c.method)
                  .join(', ')}`,
              ),
            ),
          timeoutMs,
        );
        const check = () => {
          const found = calls.slice(from).find(match);
          if (found) {
            clearTimeout(deadline);
            resolve(found);
          } else waiters.push(check);
        };
        check();
      });
    },
    close: () =>
      new Promise((resolve) => {
        wake();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
