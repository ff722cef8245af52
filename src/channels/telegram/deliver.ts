import { GrammyError, type Api } from 'grammy';
import type { Deliver } from '../contract.js';
import { splitText } from './format.js';
import { redactText } from './redact.js';

/** Bot API refusals that mean the chat cannot be written to until its person writes again. */
const GONE = /bot was blocked|user is deactivated|chat not found|bot can't initiate|bot was kicked/i;

/**
 * Outbox messages → sendMessage. A 403, or a 400 saying the chat is gone, means the member cannot
 * be reached; a 429 that auto-retry passed on asks the outbox to hold the row back. Other errors
 * are thrown for the outbox's back-off, their text cleared of the token (it is stored as lastError).
 */
export function telegramDeliver(api: Api, token: string): Deliver {
  return async (chatId, text) => {
    try {
      for (const chunk of splitText(text)) await api.sendMessage(chatId, chunk, { link_preview_options: { is_disabled: true } });
      return 'sent';
    } catch (error) {
      if (error instanceof GrammyError) {
        if (error.error_code === 403 || (error.error_code === 400 && GONE.test(error.description))) return 'blocked';
        if (error.error_code === 429) return { retryAfterMs: (error.parameters.retry_after ?? 1) * 1000 };
      }
      throw new Error(redactText(error instanceof Error ? error.message : String(error), token));
    }
  };
}
