import { accessSync, constants, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import pino, { type Logger } from 'pino';
import { I18n, type MessageArgs } from './i18n/i18n.js';
import { StartupError } from './startup-error.js';

// What every entry point (npm start, npm run demo, the command-line tools) does when it cannot
// start: one message in Vietnamese and English naming what to fix, the full error in the log at
// debug level, and an exit code other than 0.

export { StartupError } from './startup-error.js';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
const LOG_LEVELS: readonly string[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export function createLogger(level: LogLevel): Logger {
  // Logs go to standard error: standard output belongs to the console channel.
  return pino({ level, redact: ['token', '*.token', 'config.telegramToken'] }, pino.destination(2));
}

/** A start-up failure told with a message of the locales, in both languages. */
export function startupError(key: string, args: MessageArgs = {}, cause?: unknown): StartupError {
  return new StartupError(I18n.shared().both(key, args), cause === undefined ? undefined : { cause });
}

/**
 * Shows why the program stopped and sets the exit code. A StartupError is shown as it is; anything
 * else by its first line only. Either way the whole error, stack included, goes to the log at
 * debug level (LOG_LEVEL=debug), for whoever needs to look further.
 */
export function reportStartupFailure(error: unknown, logger?: Logger, exitCode = 1): void {
  const log = logger ?? createLogger(logLevelFromEnv());
  log.debug({ err: error instanceof StartupError && error.cause !== undefined ? error.cause : error }, 'start-up failed');
  if (error instanceof StartupError) console.error(error.message);
  else {
    const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
    try {
      console.error(I18n.shared().both('startup-failed', { detail }));
    } catch (localesMissing) {
      console.error(localesMissing instanceof StartupError ? localesMissing.message : detail);
    }
  }
  process.exitCode = exitCode;
}

/** The level LOG_LEVEL asks for, before (or without) a valid configuration. */
function logLevelFromEnv(): LogLevel {
  const level = process.env.LOG_LEVEL ?? '';
  return (LOG_LEVELS.includes(level) ? level : 'info') as LogLevel;
}

/**
 * Creates a data folder (readable by the bot's user only) when missing and checks the bot can write
 * there, so that a wrong FILE_STORE_DIR or DATABASE_URL shows at start, not at the first upload.
 */
export function ensureWritableFolder(dir: string, variable: string): void {
  const path = resolve(dir);
  try {
    mkdirSync(path, { recursive: true, mode: 0o700 });
    accessSync(path, constants.W_OK);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw startupError('startup-folder-unwritable', { folder: path, variable, reason }, error);
  }
}

/** A database URL fit to show: the password replaced by ***. */
export function safeDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');
  }
}
