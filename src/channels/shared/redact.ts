import type { Logger } from 'pino';
import type { Channel } from '../../generated/prisma/client.js';

// A bot token is a password: it is in every API URL, and network errors quote their URL.
// Everything a channel logs goes through here.

/** Telegram's and Zalo's bot tokens alike: digits, a colon, the secret. */
const TOKEN_PATTERN = /\d{5,}:[A-Za-z0-9_-]{20,}/g;

export function redactText(text: string, token: string): string {
  return (token ? text.split(token).join('[token]') : text).replace(TOKEN_PATTERN, '[token]');
}

/** What a platform's own error classes add to the log: their API fields, and the error they wrap. */
export type ErrorDetails = (error: Error, redact: (text: string) => string) => { fields?: Record<string, unknown>; inner?: unknown } | null;

/** An error as a plain object for the log: type, message, stack, the platform's details, causes; no token. */
export function errorForLog(error: unknown, token: string, details: ErrorDetails = () => null, depth = 0): unknown {
  if (!(error instanceof Error)) return typeof error === 'string' ? redactText(error, token) : error;
  const out: Record<string, unknown> = {
    type: error.name,
    message: redactText(error.message, token),
    ...(error.stack ? { stack: redactText(error.stack, token) } : {}),
  };
  const own = details(error, (text) => redactText(text, token));
  if (own?.fields) Object.assign(out, own.fields);
  const inner = own && 'inner' in own ? own.inner : error.cause;
  if (inner !== undefined && depth < 3) out.cause = errorForLog(inner, token, details, depth + 1);
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' || typeof code === 'number') out.code = code;
  return out;
}

/** A child logger for a channel whose `err` field is always passed through errorForLog. */
export function channelLogger(logger: Logger, channel: Channel, token: string, details?: ErrorDetails): Logger {
  return logger.child({ channel }, { serializers: { err: (e: unknown) => errorForLog(e, token, details) } });
}
