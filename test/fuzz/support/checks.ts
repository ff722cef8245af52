import { Writable } from 'node:stream';
import pino, { type Logger } from 'pino';
import { LOCALES, type I18n } from '../../../src/i18n/i18n.js';

// What the fuzzer watches while updates go through: failures of each kind, by update, and the
// core's error log lines (a failed download is expected to end in error-internal; anything else
// there is our code throwing).

export type FailureKind = 'thrown' | 'unhandled' | 'error-internal' | 'error-log' | 'database';
export const FAILURE_KINDS: FailureKind[] = ['thrown', 'unhandled', 'error-internal', 'error-log', 'database'];

export interface Failure {
  kind: FailureKind;
  channel: string;
  /** the update's index in its channel's stream; null for checks at the end */
  index: number | null;
  detail: string;
  /** the update as JSON, cut short */
  update?: string;
}

export interface LogLine {
  level: number;
  msg?: string;
  err?: { type?: string; message?: string; stack?: string };
  [key: string]: unknown;
}

/** Downloads that fail (a file id or a picture address the platform does not serve) */
export const DOWNLOAD_ERRORS = new Set(['TelegramDownloadError', 'ZaloDownloadError']);

/** A logger whose error lines (level ≥ 50) are kept until taken; the rest is only counted. */
export function errorCapture(): { logger: Logger; take(): LogLine[] } {
  let lines: LogLine[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const raw of chunk.toString('utf8').split('\n')) {
        if (!raw) continue;
        const line = JSON.parse(raw) as LogLine;
        if (line.level >= 50) lines.push(line);
      }
      done();
    },
  });
  return {
    logger: pino({ level: 'warn' }, stream),
    take() {
      const taken = lines;
      lines = [];
      return taken;
    },
  };
}

/** The channel's own log lines at error level or above, from pino JSON lines. */
export function errorLines(lines: readonly string[]): LogLine[] {
  return lines.map((l) => JSON.parse(l) as LogLine).filter((l) => l.level >= 50);
}

export const describeLine = (l: LogLine) => `${l.msg ?? ''}: ${l.err?.type ?? ''} ${l.err?.message ?? ''} ${(l.err?.stack ?? '').split('\n').slice(1, 4).join(' | ')}`.trim();

/** The texts the engine answers with when our code threw, in every language. */
export function internalErrorTexts(i18n: I18n): Set<string> {
  return new Set(LOCALES.map((l) => i18n.t(l, 'error-internal')));
}

/** The start of a confirmation, in every language: counted to compare with the rows written. */
export function confirmationPrefixes(i18n: I18n, key: string, argNames: readonly string[]): string[] {
  const MARK = '\u0001';
  const args = Object.fromEntries(argNames.map((n) => [n, MARK]));
  return LOCALES.map((l) => i18n.t(l, key, args).split(MARK)[0]!);
}

export class FailureLog {
  readonly counts = Object.fromEntries(FAILURE_KINDS.map((k) => [k, 0])) as Record<FailureKind, number>;
  readonly kept: Failure[] = [];

  constructor(private readonly keepPerKind = 10) {}

  add(failure: Omit<Failure, 'update'>, update?: unknown): void {
    this.counts[failure.kind] += 1;
    if (this.kept.filter((f) => f.kind === failure.kind).length >= this.keepPerKind) return;
    this.kept.push({ ...failure, ...(update === undefined ? {} : { update: JSON.stringify(update)?.slice(0, 1500) }) });
  }

  get total(): number {
    return Object.values(this.counts).reduce((a, b) => a + b, 0);
  }
}
