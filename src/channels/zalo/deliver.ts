import { splitText } from '../../domain/messages.js';
import type { Announcer, Deliver } from '../contract.js';
import { groupAnnouncer } from '../shared/announcer.js';
import { ZaloRateLimitError, type ZaloClient } from './client.js';
import { TEXT_MAX } from './format.js';

/**
 * How long Zalo sends wait after a 429. Zalo gives no retry_after and its 429 may mean the plan's
 * quota is used up, so the wait is long, and every send holds back meanwhile instead of asking again.
 */
export const RATE_LIMIT_HOLD_MS = 5 * 60_000;

/** A text as Zalo messages of at most 2,000 characters, split at line breaks. */
export async function sendText(client: ZaloClient, chatId: string, text: string): Promise<void> {
  for (const chunk of splitText(text, TEXT_MAX)) await client.sendMessage(chatId, chunk);
}

/**
 * Outbox messages → sendMessage. A 429 asks the outbox to hold the row back. Zalo has no documented
 * refusal meaning "this person cannot be messaged" (a bot cannot write to someone who never wrote
 * to it, but with which error is unknown), so every other failure is thrown for the outbox's
 * back-off; the client's errors carry no token.
 */
export function zaloDeliver(client: ZaloClient, options: { holdMs?: number; now?: () => number } = {}): Deliver {
  const holdMs = options.holdMs ?? RATE_LIMIT_HOLD_MS;
  const now = options.now ?? Date.now;
  let holdUntil = 0;
  return async (chatId, text) => {
    const wait = holdUntil - now();
    if (wait > 0) return { retryAfterMs: wait };
    try {
      await sendText(client, chatId, text);
      return 'sent';
    } catch (error) {
      if (!(error instanceof ZaloRateLimitError)) throw error;
      holdUntil = now() + holdMs;
      return { retryAfterMs: holdMs };
    }
  };
}

/** Posts to the campaign's Zalo group (the honour board, announcements). */
export function zaloAnnouncer(client: ZaloClient): Announcer {
  return groupAnnouncer('ZALO', (chatId, text) => sendText(client, chatId, text));
}
