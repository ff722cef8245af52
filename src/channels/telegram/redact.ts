import { GrammyError, HttpError } from 'grammy';
import type { Logger } from 'pino';

// The bot token is a password: it is in every Bot API URL, and network errors quote their URL.
// Everything the Telegram channel logs goes through here.

const TOKEN_PATTERN = /\d{5,}:[A-Za-z0-9_-]{20,}/g;

export function redactText(text: string, token: string): string {
  return (token ? text.split(token).join('[token]') : text).replace(TOKEN_PATTERN, '[token]');
}

/** An error as a plain object for the log: type, message, stack, API details, causes; no token. */
export function errorForLog(error: unknown, token: string, depth = 0): unknown {
  if (!(error instanceof Error)) return typeof error === 'string' ? redactText(error, token) : error;
  const out: Record<string, unknown> = {
    type: error.name,
    message: redactText(error.message, token),
    ...(error.stack ? { stack: redactText(error.stack, token) } : {}),
  };
  if (error instanceof GrammyError) {
    Object.assign(out, { method: error.method, error_code: error.error_code, description: redactText(error.description, token) });
    if (error.parameters) out.parameters = error.parameters;
  }
  const inner = error instanceof HttpError ? error.error : error.cause;
  if (inner !== undefined && depth < 3) out.cause = errorForLog(inner, token, depth + 1);
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' || typeof code === 'number') out.code = code;
  return out;
}

/** A child logger for the channel whose `err` field is always passed through errorForLog. */
export function channelLogger(logger: Logger, token: string): Logger {
  return logger.child({ channel: 'TELEGRAM' }, { serializers: { err: (e: unknown) => errorForLog(e, token) } });
}
