import type { Logger } from 'pino';
import type { PendingReplyRow, PendingReplyService } from '../../services/shared/pending-replies.js';
import { ZaloApiError, ZaloNetworkError, ZaloRateLimitError, type ZaloClient } from './client.js';
import { RATE_LIMIT_HOLD_MS } from './deliver.js';
import type { ZaloOutgoing } from './format.js';

// Replies on Zalo: sent at once, and what Zalo does not take for a passing reason (429, 5xx, no
// answer) is kept in the database and sent again with back-off, as the outbox does, instead of
// being lost. A reply that goes through at once never touches the database.

export interface ReplyBackoff {
  /** first wait; doubles with each attempt */
  baseMs: number;
  maxMs: number;
  /** at least this long after a 429 (Zalo gives no retry_after) */
  rateLimitMs: number;
}

export const DEFAULT_REPLY_BACKOFF: ReplyBackoff = { baseMs: 30_000, maxMs: 3_600_000, rateLimitMs: RATE_LIMIT_HOLD_MS };

export interface ZaloRepliesOptions {
  client: ZaloClient;
  pending: PendingReplyService;
  logger: Logger;
  backoff?: ReplyBackoff;
  /** how often kept replies are looked for */
  intervalMs?: number;
  /** real time: back-off does not follow the bot's business clock */
  now?: () => number;
}

export interface ZaloReplies {
  /** sends one reply's messages in order; throws only for a refusal a retry would not mend */
  send(chatId: string, items: readonly ZaloOutgoing[]): Promise<void>;
  /** sends the kept replies that are due; returns how many went through whole */
  retryDue(): Promise<number>;
  start(): void;
  stop(): Promise<void>;
}

/**
 * Worth another try: Zalo was busy or over quota, failed itself, or did not answer. A send that
 * timed out may have arrived: Zalo has no idempotency key, so a rare double beats a lost reply.
 */
export function isPassing(error: unknown): boolean {
  return error instanceof ZaloNetworkError || error instanceof ZaloRateLimitError || (error instanceof ZaloApiError && error.errorCode >= 500);
}

/** A claimed row stays with its retrier this long; after a crash the next one takes it. */
const LEASE_MS = 5 * 60_000;

export function zaloReplies(options: ZaloRepliesOptions): ZaloReplies {
  const { client, pending, logger } = options;
  const backoff = options.backoff ?? DEFAULT_REPLY_BACKOFF;
  const intervalMs = options.intervalMs ?? 5_000;
  const now = options.now ?? Date.now;
  let abort: AbortController | null = null;
  let loop: Promise<void> | null = null;

  const waitMs = (error: unknown, attempts: number) =>
    Math.max(Math.min(backoff.baseMs * 2 ** attempts, backoff.maxMs), error instanceof ZaloRateLimitError ? backoff.rateLimitMs : 0);
  const retryAt = (error: unknown, attempts: number) => new Date(now() + waitMs(error, attempts));
  const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

  const sendItem = async (chatId: string, item: ZaloOutgoing): Promise<void> => {
    if (item.kind === 'text') return client.sendMessage(chatId, item.text);
    try {
      await client.sendPhoto(chatId, item.url, item.caption);
    } catch (error) {
      // Zalo could not take the picture (perhaps it cannot reach PUBLIC_BASE_URL): the text still goes.
      if (!(error instanceof ZaloApiError) || isPassing(error) || error.errorCode === 401 || !item.caption) throw error;
      logger.warn({ err: error }, 'chart picture not sent; sending its text');
      await client.sendMessage(chatId, item.caption);
    }
  };

  /** Sends in order; on a failure, the error and the items from the one that failed. */
  const sendAll = async (chatId: string, items: readonly ZaloOutgoing[]): Promise<{ error: unknown; left: ZaloOutgoing[] } | null> => {
    for (let i = 0; i < items.length; i++) {
      try {
        await sendItem(chatId, items[i]!);
      } catch (error) {
        return { error, left: items.slice(i) };
      }
    }
    return null;
  };

  const retryRow = async (row: PendingReplyRow): Promise<boolean> => {
    const failure = await sendAll(row.chatId, row.items as ZaloOutgoing[]);
    if (!failure) {
      await pending.sent(row.id);
      return true;
    }
    const { error, left } = failure;
    // A refused token stops the channel (the client reports it); the row waits for the restart.
    if (error instanceof ZaloApiError && error.errorCode === 401) return false;
    const outcome = await pending.failed(row, left, reason(error), isPassing(error) ? retryAt(error, row.attempts) : null);
    if (outcome === 'dropped') logger.error({ err: error, chatId: row.chatId, attempts: row.attempts + 1 }, 'Zalo reply given up');
    return false;
  };

  const retryDue = async (): Promise<number> => {
    let sent = 0;
    for (const row of await pending.claimDue('ZALO', new Date(now()), LEASE_MS)) if (await retryRow(row)) sent += 1;
    if (sent > 0) logger.info({ sent }, 'kept Zalo replies sent');
    return sent;
  };

  /** Waits `ms`, or less when stop() comes. */
  const pause = (ms: number, signal: AbortSignal) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        resolve();
      }
      signal.addEventListener('abort', done);
    });

  return {
    async send(chatId, items) {
      const failure = await sendAll(chatId, items);
      if (!failure) return;
      if (!isPassing(failure.error)) throw failure.error;
      const retryInMs = waitMs(failure.error, 0);
      await pending.keep('ZALO', chatId, failure.left, reason(failure.error), new Date(now() + retryInMs));
      logger.warn({ err: failure.error, chatId, left: failure.left.length, retryInMs }, 'Zalo did not take a reply; kept to send again');
    },
    retryDue,
    start() {
      if (loop) return;
      const controller = new AbortController();
      abort = controller;
      loop = (async () => {
        while (!controller.signal.aborted) {
          await retryDue().catch((err: unknown) => logger.error({ err }, 'kept Zalo replies not sent'));
          await pause(intervalMs, controller.signal);
        }
      })();
    },
    async stop() {
      abort?.abort();
      await loop;
      loop = null;
      abort = null;
    },
  };
}
