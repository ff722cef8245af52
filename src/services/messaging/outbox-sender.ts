import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import PQueue from 'p-queue';
import type { Logger } from 'pino';
import type { Channel } from '../../generated/prisma/client.js';
import { DEFAULT_LOCALE, isLocale, type I18n } from '../../i18n/i18n.js';
import type { Runnable } from '../../lifecycle.js';
import type { Clock } from '../shared/clock.js';
import type { OutboxService } from './outbox.js';
import type { OutboxEnvelope } from './outbox-message.js';

// Deliver and DeliveryResult are declared here, not with the channels: services never import a
// channel. channels/contract.ts names them among what an adapter provides.

/**
 * What a channel answers for one message: delivered; refused for good because the member blocked
 * the bot or the chat is gone (Telegram 403); or "wait" (a 429 that auto-retry gave up on). A
 * thrown error is a failure worth retrying with back-off.
 */
export type DeliveryResult = 'sent' | 'blocked' | { retryAfterMs: number };
/** Sends `text` to one account of a channel. */
export type Deliver = (externalId: string, text: string) => Promise<DeliveryResult>;

export interface OutboxSenderOptions {
  outbox: OutboxService;
  /** one per running channel; a message goes through its member's reminder account's channel */
  deliverers: Partial<Record<Channel, Deliver>>;
  /** renders a payload in the member's language */
  i18n: Pick<I18n, 't'>;
  logger: Pick<Logger, 'info' | 'warn' | 'error'>;
  clock: Clock;
  /** messages per second over all chats (Telegram: about 30), spaced evenly */
  ratePerSecond?: number;
  /** minimum time between two messages to one member (Telegram: 1 s per chat) */
  perChatIntervalMs?: number;
  /** requests in flight at once; the rate, not this, sets the pace */
  concurrency?: number;
  /** rows claimed per drain; keep it sendable well within the outbox lease */
  batchSize?: number;
  /** first retry delay after a thrown error; doubles with each attempt */
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  /** how long start()'s loop waits when nothing is due */
  pollIntervalMs?: number;
  /** unique per process; claims are read back by this name */
  workerId?: string;
}

export interface DrainResult {
  claimed: number;
  sent: number;
  /** thrown errors: retried later, or FAILED once out of attempts */
  failed: number;
  /** the member blocked the bot, or has no account a running channel can reach */
  undeliverable: number;
  /** the platform asked to wait: back to PENDING without counting an attempt */
  deferred: number;
  /** not started when stop() came, or taken by another sender meanwhile: back untouched */
  released: number;
}

export interface OutboxSender extends Runnable {
  readonly workerId: string;
  drainOnce(): Promise<DrainResult>;
  /** stops claiming, gives back rows not yet started, and waits for the sends in flight */
  stop(): Promise<void>;
}

const emptyResult = (): DrainResult => ({ claimed: 0, sent: 0, failed: 0, undeliverable: 0, deferred: 0, released: 0 });

/**
 * Drains the outbox through the channels' deliverers, paced with p-queue: one queue for the whole
 * bot (`ratePerSecond`, evenly spaced: no bursts to trip the platform's flood control) and one per
 * member (one message per `perChatIntervalMs`), so a member with several messages never holds up
 * the others.
 *
 * Exactly once: a message is marked started just before its request leaves and marked sent right
 * after the answer. A sender that dies leaves claimed rows behind; once their lease is over, rows
 * that never started are sent by the next sender, and the at most `concurrency` rows whose request
 * had left are UNCERTAIN rather than sent twice (see OutboxService.claim).
 */
export function createOutboxSender(options: OutboxSenderOptions): OutboxSender {
  const { outbox, deliverers, i18n, logger, clock } = options;
  const rate = options.ratePerSecond ?? 30;
  const perChatMs = options.perChatIntervalMs ?? 1000;
  const batchSize = options.batchSize ?? 200;
  const backoffBaseMs = options.backoffBaseMs ?? 30_000;
  const backoffMaxMs = options.backoffMaxMs ?? 3_600_000;
  const pollIntervalMs = options.pollIntervalMs ?? 1000;
  const workerId = options.workerId ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

  const global = new PQueue({ concurrency: options.concurrency ?? 50, interval: Math.ceil(1000 / rate), intervalCap: 1, strict: true });
  const chats = new Map<number, PQueue>();
  /** when each member's last message left: the per-chat gap is kept between deliveries themselves */
  const lastDelivery = new Map<number, number>();
  const inFlight = new Set<number>();
  const drains = new Set<Promise<DrainResult>>();
  let stopping = false;
  let loop: Promise<void> | null = null;
  let wake: (() => void) | null = null;

  function chatQueue(memberId: number): PQueue {
    let queue = chats.get(memberId);
    if (!queue) {
      queue = new PQueue({ concurrency: 1, interval: perChatMs, intervalCap: 1, strict: true });
      chats.set(memberId, queue);
    }
    return queue;
  }

  /** Forgets the per-member queues with nothing queued: their member's last message left a batch ago. */
  function pruneChats(): void {
    for (const [memberId, queue] of chats) {
      if (queue.size > 0 || queue.pending > 0) continue;
      chats.delete(memberId);
      lastDelivery.delete(memberId);
    }
  }

  /**
   * Holds a member's message until `perChatMs` after their previous one left. The member's queue
   * spaces the starts, but a start then waits for the global pace and the database, so the first
   * message can leave late and the second on time: less than the gap apart without this.
   */
  async function keepChatGap(memberId: number): Promise<void> {
    const last = lastDelivery.get(memberId);
    const wait = last === undefined ? 0 : last + perChatMs - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, Math.ceil(wait)));
    lastDelivery.set(memberId, performance.now());
  }

  async function undeliverable(message: OutboxEnvelope, reason: string, result: DrainResult): Promise<void> {
    await outbox.markFailed(message.id, reason, null, workerId);
    result.undeliverable += 1;
  }

  async function sendOne(message: OutboxEnvelope, result: DrainResult): Promise<void> {
    if (stopping || !(await outbox.markStarted(message.id, workerId))) {
      if (await outbox.release(message.id, workerId)) result.released += 1;
      return;
    }
    // The preferred app first; when this instance does not run that channel, another app of theirs.
    const { accounts } = message.recipient;
    const account = accounts.find((a) => deliverers[a.channel]);
    const deliver = account && deliverers[account.channel];
    if (!account || !deliver) {
      await undeliverable(message, accounts.length > 0 ? `no running channel for ${accounts.map((a) => a.channel).join(', ')}` : 'no reachable account', result);
      return;
    }
    let outcome: DeliveryResult;
    try {
      const locale = isLocale(message.recipient.locale) ? message.recipient.locale : DEFAULT_LOCALE;
      await keepChatGap(message.memberId);
      outcome = await deliver(account.externalId, i18n.t(locale, message.payload.key, message.payload.args));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const delay = Math.min(backoffBaseMs * 2 ** message.attempts, backoffMaxMs);
      const status = await outbox.markFailed(message.id, reason, new Date(clock().getTime() + delay), workerId);
      result.failed += 1;
      if (status === 'FAILED') logger.warn({ outboxId: message.id, memberId: message.memberId, err: reason }, 'outbox message failed for good');
      return;
    }
    if (outcome === 'sent') {
      await outbox.markSent(message.id, workerId);
      result.sent += 1;
    } else if (outcome === 'blocked') {
      await undeliverable(message, 'blocked by the recipient', result);
      logger.warn({ outboxId: message.id, memberId: message.memberId, channel: account.channel }, 'member unreachable: bot blocked');
      await outbox.reportUnreachable(message.memberId, account.channel);
    } else {
      const retryAt = new Date(clock().getTime() + Math.max(0, outcome.retryAfterMs));
      await outbox.release(message.id, workerId, retryAt, `rate limited for ${outcome.retryAfterMs} ms`);
      result.deferred += 1;
    }
  }

  function drainOnce(): Promise<DrainResult> {
    const running = drain();
    drains.add(running);
    const forget = () => drains.delete(running);
    running.then(forget, forget);
    return running;
  }

  async function drain(): Promise<DrainResult> {
    const result = emptyResult();
    if (stopping) return result;
    pruneChats();
    const claimed = await outbox.claim(workerId, batchSize, clock());
    // A row this process is still sending is never started twice.
    const fresh = claimed.filter((message) => !inFlight.has(message.id));
    result.claimed = fresh.length;
    await Promise.all(
      fresh.map(async (message) => {
        inFlight.add(message.id);
        try {
          await chatQueue(message.memberId).add(() => global.add(() => sendOne(message, result)));
        } catch (error) {
          // Bookkeeping failed (database trouble): the row stays claimed and its lease brings it back.
          logger.error({ err: error, outboxId: message.id }, 'outbox bookkeeping failed');
        } finally {
          inFlight.delete(message.id);
        }
      }),
    );
    return result;
  }

  /** Waits `ms`, or less when stop() comes: the loop's idle poll, not a pacing device. */
  const idle = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        wake = null;
        resolve();
      }, ms);
      wake = () => {
        clearTimeout(timer);
        wake = null;
        resolve();
      };
    });

  return {
    name: 'outbox-sender',
    workerId,
    drainOnce,
    async start() {
      if (loop) return;
      stopping = false;
      loop = (async () => {
        while (!stopping) {
          try {
            const result = await drainOnce();
            if (result.claimed > 0) logger.info({ worker: workerId, ...result }, 'outbox drained');
            else await idle(pollIntervalMs);
          } catch (error) {
            logger.error({ err: error }, 'outbox drain failed');
            await idle(pollIntervalMs);
          }
        }
      })();
    },
    async stop() {
      stopping = true;
      wake?.();
      await loop;
      // Rows still queued see `stopping` and are given back; the ones in flight finish.
      await Promise.allSettled([...drains]);
      loop = null;
      stopping = false;
    },
  };
}
