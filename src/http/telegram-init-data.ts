import { validate } from '@telegram-apps/init-data-node';
import { z } from 'zod';

// A Telegram Mini App's initData (https://core.telegram.org/bots/webapps#validating-data-received-via-the-mini-app):
// the data-check-string is every field but `hash`, as sorted `key=value` lines; its HMAC-SHA-256
// under the key HMAC-SHA-256("WebAppData", bot token) must be `hash`. The maintained
// @telegram-apps/init-data-node does exactly that; the age is checked here, against the bot's clock.

/** How long an opened Mini App's initData is taken: reopening the dashboard gives a fresh one. */
export const INIT_DATA_MAX_AGE_MS = 60 * 60 * 1000;
/** Clocks differ a little; an auth_date further ahead than this was not made by Telegram. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;
/** Far more than Telegram sends; a longer body is not initData. */
const MAX_LENGTH = 8_192;

export type InitDataCheck = { ok: true; telegramUserId: string; authDate: Date } | { ok: false; reason: 'missing' | 'forged' | 'expired' };

const user = z.object({ id: z.number().int().positive() });

export function verifyInitData(raw: string | null | undefined, botToken: string, now: Date): InitDataCheck {
  if (!raw || raw.length > MAX_LENGTH) return { ok: false, reason: 'missing' };
  const params = new URLSearchParams(raw);
  if (!params.get('hash')) return { ok: false, reason: 'missing' };
  try {
    // expiresIn 0: no check against the machine's clock; the age is measured below on `now`.
    validate(params, botToken, { expiresIn: 0 });
  } catch {
    return { ok: false, reason: 'forged' };
  }
  const authDate = new Date(Number(params.get('auth_date')) * 1000);
  const age = now.getTime() - authDate.getTime();
  if (age < -CLOCK_SKEW_MS) return { ok: false, reason: 'forged' };
  if (age > INIT_DATA_MAX_AGE_MS) return { ok: false, reason: 'expired' };
  const parsed = user.safeParse(parseJson(params.get('user')));
  // Signed by Telegram but about no user (a chat's launch): nobody to map to a member.
  if (!parsed.success) return { ok: false, reason: 'missing' };
  return { ok: true, telegramUserId: String(parsed.data.id), authDate };
}

function parseJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
