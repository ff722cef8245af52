import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { HttpServer } from '../../http/server.js';
import type { ZaloHandler } from './handler.js';
import { unwrapUpdate } from './parse.js';

// Zalo's webhook on the shared HTTP server: the secret header checked in constant time, the answer
// given at once (Zalo's retry policy is undocumented: a slow answer might bring the event again),
// then the update handled, in order within its chat.

/** an update is a few hundred bytes; anything far bigger is not from Zalo */
const MAX_BODY_BYTES = 1024 * 1024;
export const SECRET_HEADER = 'x-bot-api-secret-token';

export interface ZaloWebhookOptions {
  server: HttpServer;
  /** the public https URL Zalo calls; its path is where the server listens */
  url: string;
  secret: string;
  handle: ZaloHandler;
  logger: Logger;
}

/** Compares digests, so neither the content nor the length of the secret shows in the timing. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

async function readBody(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of req) {
    total += (chunk as Buffer).byteLength;
    if (total > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export function zaloWebhook(options: ZaloWebhookOptions): { listen(): void; close(): Promise<void> } {
  const { handle, logger } = options;
  const path = new URL(options.url).pathname;
  /** the last task of each chat: the next one waits for it */
  const chains = new Map<string, Promise<void>>();
  let unroute: (() => void) | null = null;

  const enqueue = (chatId: string, task: () => Promise<void>) => {
    const next: Promise<void> = (chains.get(chatId) ?? Promise.resolve())
      .then(task)
      .catch((err: unknown) => logger.error({ err }, 'update failed'))
      .finally(() => {
        if (chains.get(chatId) === next) chains.delete(chatId);
      });
    chains.set(chatId, next);
  };

  const onRequest = async (req: IncomingMessage, res: ServerResponse) => {
    const body = await readBody(req);
    if (body === null) return void res.writeHead(413).end();
    // Zalo checks the address with an empty POST, whose headers are undocumented: nothing to handle.
    if (body.toString('utf8').trim() === '') return void res.writeHead(200).end();
    const given = req.headers[SECRET_HEADER];
    if (typeof given !== 'string' || !sameSecret(given, options.secret)) {
      logger.warn({ ip: req.socket.remoteAddress }, 'Zalo webhook called without the right secret');
      return void res.writeHead(403).end();
    }
    let json: unknown;
    try {
      json = JSON.parse(body.toString('utf8'));
    } catch {
      return void res.writeHead(400).end();
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    const update = unwrapUpdate(json);
    if (!update) return void logger.warn('Zalo webhook body is not an update');
    enqueue(update.message?.chat.id ?? '', () => handle(update));
  };

  return {
    listen() {
      unroute = options.server.route('POST', path, onRequest);
    },
    /** takes no more requests and waits for the updates being handled */
    async close() {
      unroute?.();
      unroute = null;
      while (chains.size > 0) await Promise.all(chains.values());
    },
  };
}
