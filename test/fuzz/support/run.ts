import type { ChannelFuzz } from './channel.js';
import { confirmationPrefixes, describeLine, DOWNLOAD_ERRORS, FailureLog, internalErrorTexts } from './checks.js';
import { COUNTED, databaseProblems, rowCounts, type Counted } from './database-checks.js';
import { startTelegramFuzz } from './telegram-fuzz.js';
import type { Fuzzed } from './updates.js';
import { startZaloFuzz } from './zalo-fuzz.js';

// runFuzz: a seeded stream of updates through the real Telegram and Zalo handlers, checked one by
// one (nothing thrown, no error-internal reply, no error logged, no unhandled rejection) and the
// database at the end (intact, consistent, no more reports than the replies confirmed).

export type FuzzChannel = 'telegram' | 'zalo';

export interface ChannelStats {
  channel: FuzzChannel;
  updates: number;
  kinds: Record<string, number>;
  mutations: Record<string, number>;
  expected: Record<string, number>;
  rowsAdded: Record<Counted, number>;
  elapsedMs: number;
}

export interface FuzzReport {
  seed: number;
  channels: ChannelStats[];
  failures: FailureLog;
  elapsedMs: number;
  peakRssBytes: number;
}

export interface FuzzOptions {
  seed: number;
  /** updates in all; with both channels, half each (Telegram gets the odd one) */
  count: number;
  channels?: FuzzChannel[];
  onProgress?: (channel: FuzzChannel, done: number, total: number) => void;
}

const describe = (error: unknown): string => {
  // grammY wraps what the middleware threw in a BotError: the inner error is ours.
  const inner = error instanceof Error && error.name === 'BotError' ? (error as Error & { error: unknown }).error : error;
  return inner instanceof Error ? `${inner.name}: ${inner.message} ${(inner.stack ?? '').split('\n').slice(1, 4).join(' | ')}` : String(inner);
};

const bump = (counts: Record<string, number>, key: string) => void (counts[key] = (counts[key] ?? 0) + 1);

export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const { seed, count } = options;
  const channels = options.channels ?? ['telegram', 'zalo'];
  const failures = new FailureLog();
  const started = performance.now();
  let peakRssBytes = process.memoryUsage().rss;
  let at: { channel: string; index: number | null; update?: unknown } = { channel: '-', index: null };
  const onUnhandled = (error: unknown) => failures.add({ kind: 'unhandled', channel: at.channel, index: at.index, detail: describe(error) }, at.update);
  process.on('unhandledRejection', onUnhandled);
  process.on('uncaughtException', onUnhandled);
  const stats: ChannelStats[] = [];
  try {
    for (const [c, channel] of channels.entries()) {
      const total = Math.floor(count / channels.length) + (c < count % channels.length ? 1 : 0);
      const run = channel === 'telegram' ? await startTelegramFuzz(seed) : await startZaloFuzz(seed);
      stats.push(
        await runChannel(
          channel,
          run,
          total,
          failures,
          (item) => (at = { channel, index: item.index, update: item.update }),
          options.onProgress,
          (rss) => (peakRssBytes = Math.max(peakRssBytes, rss)),
        ),
      );
    }
  } finally {
    process.off('unhandledRejection', onUnhandled);
    process.off('uncaughtException', onUnhandled);
  }
  return { seed, channels: stats, failures, elapsedMs: performance.now() - started, peakRssBytes };
}

async function runChannel(
  channel: FuzzChannel,
  run: ChannelFuzz,
  total: number,
  failures: FailureLog,
  current: (item: Fuzzed) => void,
  onProgress: FuzzOptions['onProgress'],
  sampleRss: (rss: number) => void,
): Promise<ChannelStats> {
  const started = performance.now();
  const { i18n } = run.bot.core;
  const internal = internalErrorTexts(i18n);
  const saved = confirmationPrefixes(i18n, 'report-saved', ['criterion', 'before', 'after']);
  const stats: ChannelStats = { channel, updates: 0, kinds: {}, mutations: {}, expected: {}, rowsAdded: {} as Record<Counted, number>, elapsedMs: 0 };
  let confirmedReports = 0;
  try {
    const before = await rowCounts(run.bot);
    for (let i = 0; i < total; i++) {
      const item = run.next();
      current(item);
      const fail = (kind: Parameters<FailureLog['add']>[0]['kind'], detail: string) => failures.add({ kind, channel, index: item.index, detail }, item.update);
      const outcome = await run.handle(item);

      stats.updates += 1;
      bump(stats.kinds, item.kind);
      for (const m of item.mutations) bump(stats.mutations, m);
      for (const e of outcome.expected) bump(stats.expected, e);
      if (outcome.thrown !== undefined) fail('thrown', describe(outcome.thrown));
      // A download the platform refuses ends in error-internal by design; anything else there is our code throwing.
      const downloads = outcome.coreErrors.filter((l) => DOWNLOAD_ERRORS.has(l.err?.type ?? ''));
      const others = outcome.coreErrors.filter((l) => !downloads.includes(l));
      if (outcome.texts.some((t) => internal.has(t))) {
        if (others.length > 0 || downloads.length === 0) fail('error-internal', others.map(describeLine).join(' / ') || 'error-internal without an error logged');
        else bump(stats.expected, 'download-failed');
      } else if (others.length > 0) {
        fail('error-log', `core: ${others.map(describeLine).join(' / ')}`);
      }
      for (const line of outcome.channelErrors) fail('error-log', `channel: ${describeLine(line)}`);
      confirmedReports += outcome.texts.filter((t) => saved.some((p) => t.startsWith(p))).length;

      if (i % 100 === 0) sampleRss(process.memoryUsage().rss);
      if ((i + 1) % 1000 === 0 || i + 1 === total) onProgress?.(channel, i + 1, total);
    }
    // Let anything left running settle, so a late rejection is still this channel's.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const after = await rowCounts(run.bot);
    for (const table of COUNTED) stats.rowsAdded[table] = after[table] - before[table];
    const problems = await databaseProblems(run.bot);
    if (stats.rowsAdded.progressReport !== confirmedReports) {
      problems.push(`${stats.rowsAdded.progressReport} progress reports written, ${confirmedReports} confirmed in replies`);
    }
    for (const p of problems) failures.add({ kind: 'database', channel, index: null, detail: p });
  } finally {
    await run.close();
  }
  stats.elapsedMs = performance.now() - started;
  return stats;
}
