import { GrammyError, HttpError } from 'grammy';
import type { Logger } from 'pino';
import { channelLogger as sharedChannelLogger, errorForLog as sharedErrorForLog, type ErrorDetails } from '../shared/redact.js';

// grammY's errors in the log: the Bot API's answer, and the network error an HttpError wraps.

export { redactText } from '../shared/redact.js';

const grammyDetails: ErrorDetails = (error, redact) => {
  if (error instanceof GrammyError) {
    const fields: Record<string, unknown> = { method: error.method, error_code: error.error_code, description: redact(error.description) };
    if (error.parameters) fields.parameters = error.parameters;
    return { fields };
  }
  return error instanceof HttpError ? { inner: error.error } : null;
};

/** An error as a plain object for the log: type, message, stack, API details, causes; no token. */
export function errorForLog(error: unknown, token: string): unknown {
  return sharedErrorForLog(error, token, grammyDetails);
}

/** A child logger for the channel whose `err` field is always passed through errorForLog. */
export function channelLogger(logger: Logger, token: string): Logger {
  return sharedChannelLogger(logger, 'TELEGRAM', token, grammyDetails);
}
