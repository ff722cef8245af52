import type { Logger } from 'pino';
import { ZaloApiError, ZaloRateLimitError, type ZaloClient } from './client.js';
import type { ZaloHandler } from './handler.js';
import { unwrapUpdate } from './parse.js';

// Long polling: one sequential loop (Zalo hands out one update per call, with no offset to share
// between pollers). An idle poll is a 408 refusal, not an error; other failures back off, 401 ends
// the loop.

export interface PollingOptions {
  client: ZaloClient;
  handle: ZaloHandler;
  logger: Logger;
  /** how long Zalo holds a poll open, in seconds */
  pollTimeoutSeconds?: number;
  /** waits after failures: doubling from baseMs up to maxMs; at least rateLimitMs after a 429 */
  backoff?: { baseMs: number; maxMs: number; rateLimitMs: number };
}

export const DEFAULT_BACKOFF = { baseMs: 1_000, maxMs: 60_000, rateLimitMs: 60_000 };

export interface PollingLoop {
  /** resolves when the loop ends: stop(), or a 401 */
  done: Promise<void>;
  /** ends the poll under way and waits for the update being handled */
  stop(): Promise<void>;
}

export function startPolling(options: PollingOptions): PollingLoop {
  const { client, handle, logger } = options;
  const timeout = options.pollTimeoutSeconds ?? 30;
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const abort = new AbortController();

  /** Waits `ms`, or less when stop() comes. */
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        abort.signal.removeEventListener('abort', done);
        resolve();
      }
      abort.signal.addEventListener('abort', done);
    });

  const loop = async () => {
    let failures = 0;
    while (!abort.signal.aborted) {
      let result: unknown;
      try {
        // stop() aborts a poll that is waiting: an update Zalo hands out at that very moment is lost
        // (there is no ack), which beats holding the shutdown for up to a poll timeout.
        result = await client.getUpdates(timeout, abort.signal);
      } catch (error) {
        if (abort.signal.aborted) break;
        if (error instanceof ZaloApiError && error.errorCode === 408) {
          failures = 0;
          continue;
        }
        // The client reports the refused token to the channel, which ends the run.
        if (error instanceof ZaloApiError && error.errorCode === 401) break;
        failures += 1;
        const delay = Math.max(Math.min(backoff.baseMs * 2 ** (failures - 1), backoff.maxMs), error instanceof ZaloRateLimitError ? backoff.rateLimitMs : 0);
        logger.warn({ err: error, failures, retryInMs: delay }, 'Zalo getUpdates failed; retrying');
        await pause(delay);
        continue;
      }
      failures = 0;
      if (result === null || result === undefined) continue;
      // One update per call says the docs; some client code reads an array: take both.
      for (const body of Array.isArray(result) ? result : [result]) {
        const update = unwrapUpdate(body);
        if (!update) {
          logger.warn('Zalo getUpdates returned something that is not an update');
          continue;
        }
        // Not aborted by stop(): the update in hand is finished first.
        await handle(update).catch((err: unknown) => logger.error({ err, event: update.event_name }, 'update failed'));
      }
    }
  };

  const done = loop();
  return {
    done,
    async stop() {
      abort.abort();
      await done;
    },
  };
}
