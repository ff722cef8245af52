import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { createCore } from '../src/app.js';
import { createTelegramBot } from '../src/channels/telegram/bot.js';
import { telegramDeliver } from '../src/channels/telegram/deliver.js';
import { loadConfig } from '../src/config.js';
import { createOutboxSender } from '../src/services/messaging/outbox-sender.js';
import type { OutboxItem } from '../src/services/messaging/outbox-message.js';
import type { LimitedBotApiStats } from './support/limited-bot-api.js';
import { BOT_INFO, TOKEN } from './support/bench-bot.js';

// npm run bench:fanout -- [--members 18000] [--rate 30]
//
// One announcement to every member of a commune, through the production path: the outbox on a
// fresh SQLite file, the outbox sender (p-queue pacing) and grammY with auto-retry, against a Bot
// API server on 127.0.0.1 (its own process) that answers 429 like Telegram when more than 30
// messages arrive in a second, or more than one per chat. Prints the rate achieved as a share of
// Telegram's 30 messages a second, and the members who got nothing or got it twice.

const TELEGRAM_LIMIT = 30;
const FIRST_CHAT = 700_000_000;
const SEED_CHUNK = 1000;
const UNITS = [
  ['VP', 'Văn phòng HĐND và UBND', 'van phong hdnd va ubnd'],
  ['KT', 'Phòng Kinh tế', 'phong kinh te'],
  ['VHXH', 'Phòng Văn hóa - Xã hội', 'phong van hoa - xa hoi'],
  ['HCC', 'Trung tâm Phục vụ hành chính công', 'trung tam phuc vu hanh chinh cong'],
] as const;

const { values: opts } = parseArgs({ options: { members: { type: 'string', default: '18000' }, rate: { type: 'string', default: '30' } } });
const members = Number(opts.members);
const rate = Number(opts.rate);
if (!Number.isInteger(members) || members < 1 || !(rate > 0)) throw new Error('usage: npm run bench:fanout -- [--members N] [--rate R]');

const silent = pino({ level: 'silent' });
const seconds = (ms: number) => Number((ms / 1000).toFixed(2));

/** The limited Bot API in a child process, so that its clock does not stall with ours. */
async function startServer() {
  const script = fileURLToPath(new URL('./support/limited-bot-api.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script, TOKEN, String(TELEGRAM_LIMIT)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  const first = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`limited Bot API exited with ${code}`)));
  });
  const { url } = JSON.parse(first) as { url: string };
  return {
    url,
    stats: async () => (await (await fetch(`${url}/__stats`)).json()) as LimitedBotApiStats,
    stop: () => {
      lines.close();
      child.kill('SIGTERM');
    },
  };
}

const dir = mkdtempSync(join(tmpdir(), 'thidua-fanout-'));
/** peak RSS over the whole run, and while sending */
const peak = { rss: process.memoryUsage().rss, sending: 0 };
const sampler = setInterval(() => {
  const { rss } = process.memoryUsage();
  peak.rss = Math.max(peak.rss, rss);
  peak.sending = Math.max(peak.sending, rss);
}, 200);
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
let server: Awaited<ReturnType<typeof startServer>> | null = null;
let exitCode = 0;

try {
  const config = loadConfig({ DATABASE_URL: `file:${join(dir, 'bench.db')}`, FILE_STORE_DIR: join(dir, 'files'), LOG_LEVEL: 'silent' });
  const core = await createCore(config, { logger: silent });
  const { db } = core;
  const outbox = core.services.outbox;

  // Seed: one commune, N members each with a Telegram account.
  const seedStart = performance.now();
  const org = await db.organization.create({ data: { code: 'XA-TAI', name: 'UBND xã Thử Tải' } });
  const units = [];
  for (const [i, [code, name, searchKey]] of UNITS.entries()) {
    units.push(await db.unit.create({ data: { organizationId: org.id, code, name, searchKey, sortOrder: i } }));
  }
  for (let from = 0; from < members; from += SEED_CHUNK) {
    const data = [];
    for (let i = from; i < Math.min(from + SEED_CHUNK, members); i++) {
      data.push({ organizationId: org.id, unitId: units[i % units.length]!.id, fullName: `Cán bộ ${i + 1}`, searchKey: `can bo ${i + 1}` });
    }
    await db.member.createMany({ data });
  }
  const people = await db.member.findMany({ where: { organizationId: org.id }, orderBy: { id: 'asc' }, select: { id: true, fullName: true, unitId: true } });
  const chatOf = new Map(people.map((m, i) => [m.id, String(FIRST_CHAT + i)]));
  for (let from = 0; from < people.length; from += SEED_CHUNK) {
    const data = people.slice(from, from + SEED_CHUNK).map((m) => ({ memberId: m.id, channel: 'TELEGRAM' as const, externalId: chatOf.get(m.id)! }));
    await db.channelAccount.createMany({ data });
  }
  const seedMs = performance.now() - seedStart;

  // One announcement each, through the outbox.
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const items: OutboxItem[] = people.map((m) => ({
    dedupeKey: `bench:fanout:m${m.id}`,
    memberId: m.id,
    kind: 'broadcast',
    payload: { key: 'outbox-member-unreachable', args: { name: m.fullName, unit: unitName.get(m.unitId!) ?? '-', channel: 'TELEGRAM' } },
  }));
  const enqueueStart = performance.now();
  const { created } = await outbox.enqueue(items);
  const enqueueMs = performance.now() - enqueueStart;
  if (created !== members) throw new Error(`enqueued ${created} of ${members}`);

  // Production's sending stack: grammY + auto-retry → telegramDeliver → the outbox sender.
  server = await startServer();
  const bot = createTelegramBot({ token: TOKEN, apiRoot: server.url, botInfo: BOT_INFO, engine: core.engine, members: core.services.members, i18n: core.i18n, logger: silent });
  const sender = createOutboxSender({
    outbox,
    deliverers: { TELEGRAM: telegramDeliver(bot.api, TOKEN) },
    i18n: core.i18n,
    logger: silent,
    clock: core.clock,
    ratePerSecond: rate,
  });

  // The loop of sender.start(): drain again at once while there was work; when nothing was due
  // (rows held back by a 429's retry_after) look again shortly — the idle poll, not pacing.
  const deadline = performance.now() + (members / Math.min(rate, TELEGRAM_LIMIT)) * 3000 + 120_000;
  /** when each drain began (epoch ms, as the server stamps arrivals): gaps across one are batch boundaries */
  const drainStarts: number[] = [];
  const loadBefore = loadavg()[0]!;
  const cpuBefore = process.cpuUsage();
  peak.sending = 0;
  loopDelay.enable();
  const sendStart = performance.now();
  for (;;) {
    drainStarts.push(performance.timeOrigin + performance.now());
    const result = await sender.drainOnce();
    if (result.claimed > 0) continue;
    const left = await core.services.outboxViews.summary();
    if (left.PENDING + left.SENDING === 0) break;
    if (performance.now() > deadline) {
      console.error(`gave up: ${left.PENDING} PENDING and ${left.SENDING} SENDING rows left`);
      break;
    }
    await delay(250);
  }
  const sendMs = performance.now() - sendStart;
  loopDelay.disable();
  const cpu = process.cpuUsage(cpuBefore);
  const loadAfter = loadavg()[0]!;

  const stats = await server.stats();
  const summary = await core.services.outboxViews.summary();
  await core.close();

  const perChat = new Map<string, number>();
  for (const m of stats.accepted) perChat.set(m.chatId, (perChat.get(m.chatId) ?? 0) + 1);
  const lost = [...chatOf.values()].filter((chat) => !perChat.has(chat)).length;
  const doubled = [...perChat.values()].filter((n) => n > 1).length;
  const first = stats.accepted[0]?.at ?? 0;
  const last = stats.accepted.at(-1)?.at ?? 0;
  const achieved = stats.accepted.length > 1 ? (stats.accepted.length - 1) / ((last - first) / 1000) : 0;
  // Time lost against even spacing at the lower of the sender's rate and the limit, split into gaps
  // across the start of a drain (batch boundaries: the sender waits for a batch, then claims the
  // next) and all others (late timers, event-loop stalls, 429 retries).
  const step = 1000 / Math.min(rate, TELEGRAM_LIMIT);
  const lostTime = { boundaries: 0, rest: 0 };
  let longestGap = 0;
  let d = 0;
  for (let i = 1; i < stats.accepted.length; i++) {
    const [prev, next] = [stats.accepted[i - 1]!.at, stats.accepted[i]!.at];
    longestGap = Math.max(longestGap, next - prev);
    while (d < drainStarts.length && drainStarts[d]! <= prev) d++;
    lostTime[d < drainStarts.length && drainStarts[d]! < next ? 'boundaries' : 'rest'] += Math.max(0, next - prev - step);
  }

  console.table({
    members: members,
    'sender rate setting (msgs/s)': rate,
    'seed members + accounts (s)': seconds(seedMs),
    'enqueue N rows (s)': seconds(enqueueMs),
    'elapsed sending (s)': seconds(sendMs),
    'accepted messages': stats.accepted.length,
    'achieved (msgs/s)': Number(achieved.toFixed(2)),
    'ratio to 30 msgs/s': Number((achieved / TELEGRAM_LIMIT).toFixed(3)),
    '429 answers (overall / per chat)': `${stats.tooManyOverall + stats.tooManyChat} (${stats.tooManyOverall} / ${stats.tooManyChat})`,
    'busiest second (msgs)': stats.busiestSecond,
    'longest gap between messages (ms)': Math.round(longestGap),
    'time over even spacing: boundaries / rest (s)': `${seconds(lostTime.boundaries)} / ${seconds(lostTime.rest)}`,
    lost: lost,
    doubled: doubled,
    'outbox SENT / FAILED / UNCERTAIN': `${summary.SENT} / ${summary.FAILED} / ${summary.UNCERTAIN}`,
    drains: drainStarts.length,
    'event-loop delay p99 / max (ms)': `${(loopDelay.percentile(99) / 1e6).toFixed(1)} / ${(loopDelay.max / 1e6).toFixed(1)}`,
    'sender CPU while sending (s)': seconds((cpu.user + cpu.system) / 1000),
    'load average 1 min (start / end)': `${loadBefore.toFixed(2)} / ${loadAfter.toFixed(2)}`,
    'peak RSS: run / while sending (MB)': `${Math.round(peak.rss / 2 ** 20)} / ${Math.round(peak.sending / 2 ** 20)}`,
  });
  if (lost > 0 || doubled > 0) exitCode = 1;
} finally {
  clearInterval(sampler);
  server?.stop();
  rmSync(dir, { recursive: true, force: true });
}
process.exitCode = exitCode;
