import { execFileSync, fork, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { constants, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Bot } from 'grammy';
import type { Update } from 'grammy/types';
import pg from 'pg';
import pino from 'pino';
import { createCore } from '../src/app.js';
import { createTelegramBot } from '../src/channels/telegram/bot.js';
import { RENDERER_IDLE_MS } from '../src/charts/chart-renderer.js';
import { loadConfig } from '../src/config.js';
import { textUpdate } from '../test/channels/telegram/support/telegram.js';
import { startCommand } from '../test/support/start-command.js';
import type { SeededCity } from './support/city-seed.js';
import { BOT_INFO, TOKEN } from './support/bench-bot.js';
import { countQueries, perUpdate, type QueryCount } from '../test/support/query-counter.js';
import { cpuReading, describeCpu } from './support/cpu-time.js';

// npm run bench:city -- [--organizations 120] [--units 15] [--members 10] [--reports 360000] [--updates 1500]
//                        [--database sqlite|postgresql|both] [--instances 1]
// BENCH_NODE_FLAGS="--no-liftoff-only …" adds node flags to npm start's own, to weigh one.
//
// A synthetic city (docs/benchmarks.md) on a fresh SQLite file, or a fresh database on a throw-away
// PostgreSQL server of its own (--database postgresql), seeded by a process of its own, then:
//  1. updates through bot.handleUpdate — the production bot (createTelegramBot: auto-retry, rate
//     limiter, per-chat sequencing, the dialog engine on the database) against a bare grammY bot
//     that echoes every text, both answering a stand-in Bot API on 127.0.0.1 in a child process,
//     on the same updates in the same run: per-update latency p50/p99 and throughput;
//  2. /xephang for one commune (first after a change, which draws the chart, and again) and for
//     the city's ADMIN, who ranks the 120 communes;
//  3. `npm start` as its own process on the seeded database (the program built to JavaScript, run
//     with package.json's own node flags): cold start to the first reply, then three bursts of
//     updates by long polling (the first and the third reported: a fresh process is still being
//     compiled by V8), and the process's peak RSS (VmHWM) and what it was made of; with
//     --instances N, then N such processes on the one database, each with its own bot token and
//     stand-in Bot API, sharing bursts of the same size; and the most the machine's cores allow,
//     from the CPU every process spent on one instance's burst.
// Parts 1–2 also count the SQL statements, database round trips and Bot API calls of each kind of
// update (test/support/query-counter.ts). They run under npm start's WebAssembly flag
// (--liftoff-only), so resvg's chart and Prisma's query compiler run here as they do in production:
// without it, the second chart of a run was timed while V8 optimised resvg in the background, which
// the program never does.

const { values: opts } = parseArgs({
  options: {
    organizations: { type: 'string', default: '120' },
    units: { type: 'string', default: '15' },
    members: { type: 'string', default: '10' },
    reports: { type: 'string', default: '360000' },
    updates: { type: 'string', default: '1500' },
    database: { type: 'string', default: 'sqlite' },
    instances: { type: 'string', default: '1' },
  },
});
const codeFlags = startCommand().nodeFlags.filter((flag) => /^--(no-)?liftoff/.test(flag));
if (codeFlags.some((flag) => !process.execArgv.includes(flag))) {
  const run = spawnSync(process.execPath, [...codeFlags, '--import', 'tsx', fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(run.status ?? 1);
}
const usage = 'usage: npm run bench:city -- [--organizations N] [--units N] [--members N≥2] [--reports N] [--updates N] [--database sqlite|postgresql|both] [--instances N]';
const database = opts.database;
if (database !== 'sqlite' && database !== 'postgresql' && database !== 'both') throw new Error(usage);

// Both databases one after the other, in one run: each run writes its table to a file, and the two
// are printed side by side.
if (database === 'both') {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-bench-both-'));
  const tables: Record<string, Record<string, unknown>> = {};
  try {
    for (const kind of ['sqlite', 'postgresql']) {
      const args = process.argv.slice(2).map((a, i, all) => (all[i - 1] === '--database' ? kind : a.startsWith('--database=') ? `--database=${kind}` : a));
      const out = join(dir, `${kind}.json`);
      const code = await new Promise<number>((resolve) => {
        const run = spawn(process.execPath, [...codeFlags, '--import', 'tsx', fileURLToPath(import.meta.url), ...args], {
          stdio: 'inherit',
          env: { ...process.env, BENCH_CITY_TABLE: out },
        });
        for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => run.kill(signal));
        run.once('exit', (c) => resolve(c ?? 1));
      });
      // A run that failed before its table leaves an empty column.
      tables[kind] = existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>) : {};
      if (code !== 0) process.exitCode = code;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const rows = [...new Set([...Object.keys(tables.sqlite!), ...Object.keys(tables.postgresql!)])].map((key) => [
    key,
    { SQLite: tables.sqlite![key], PostgreSQL: tables.postgresql![key] },
  ]);
  console.log('\nSQLite and PostgreSQL, one run:');
  console.table(Object.fromEntries(rows));
  process.exit();
}
const instances = Number(opts.instances);

// On PostgreSQL the benchmark runs again beside a server of its own, started by the tests' wrapper
// (scripts/with-postgres.sh: a fresh data folder, fsync off, a free port on 127.0.0.1; stopped and
// deleted when the command ends, however it ends). The wrapper gets a process group of its own so
// that Ctrl-C, passed on here, reaches the wrapper as well as the benchmark under it.
if (database === 'postgresql' && !process.env.BENCH_CITY_POSTGRES) {
  const wrapper = fileURLToPath(new URL('../scripts/with-postgres.sh', import.meta.url));
  const inner = spawn(wrapper, [process.execPath, '--import', 'tsx', fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
    detached: true,
    env: { ...process.env, BENCH_CITY_POSTGRES: '1' },
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.kill(-inner.pid!, signal));
  process.exit(await new Promise<number>((resolve) => inner.once('exit', (code) => resolve(code ?? 1))));
}

const shape = { organizations: Number(opts.organizations), unitsPerOrganization: Number(opts.units), membersPerUnit: Number(opts.members), reports: Number(opts.reports) };
const updatesPerKind = Number(opts.updates);
if (![...Object.values(shape), updatesPerKind, instances].every((n) => Number.isInteger(n) && n > 0) || shape.membersPerUnit < 2) {
  throw new Error(usage);
}

const silent = pino({ level: 'silent' });
const CPU_LABEL = (n: number) => `npm start × ${n}: CPU during the burst, core-seconds: bots / PostgreSQL server / stand-in Bot APIs / benchmark; of elapsed × cores`;
const ms = (x: number) => Number(x.toFixed(2));
const mb = (bytes: number) => Math.round(bytes / 2 ** 20);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? NaN;
}

interface Timing {
  p50: number;
  p95: number;
  p99: number;
  /** updates a second, one after another */
  perSecond: number;
}

function summarise(latencies: number[]): Timing {
  const sorted = [...latencies].sort((a, b) => a - b);
  const total = latencies.reduce((s, x) => s + x, 0);
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), p99: percentile(sorted, 0.99), perSecond: (latencies.length / total) * 1000 };
}

/** Each update handled after the previous one finished; returns each one's milliseconds. */
async function oneByOne(bot: Bot, updates: Update[]): Promise<number[]> {
  const latencies: number[] = [];
  for (const update of updates) {
    const start = performance.now();
    await bot.handleUpdate(structuredClone(update));
    latencies.push(performance.now() - start);
  }
  return latencies;
}

/** Updates per turn in inTurns: long enough that each bot's leftovers (its garbage) stay its own. */
const TURN = 50;

/**
 * The bare bot and ours on their own updates, in turns of TURN updates each (which goes first
 * alternates): both meet the machine as it is at that moment, so a busy spell on this shared
 * machine weighs on both sides of the ratio alike. Returns each one's milliseconds.
 */
async function inTurns(bare: Bot, bareUpdates: Update[], ours: Bot, ourUpdates: Update[]): Promise<{ bare: number[]; ours: number[] }> {
  const times = { bare: [] as number[], ours: [] as number[] };
  for (let from = 0, turn = 0; from < Math.min(bareUpdates.length, ourUpdates.length); from += TURN, turn++) {
    const runBare = async () => times.bare.push(...(await oneByOne(bare, bareUpdates.slice(from, from + TURN))));
    const runOurs = async () => times.ours.push(...(await oneByOne(ours, ourUpdates.slice(from, from + TURN))));
    if (turn % 2 === 0) await runBare().then(runOurs);
    else await runOurs().then(runBare);
  }
  return times;
}

/** The updates handled `inFlight` at a time, as the runner does; returns updates a second. */
async function concurrently(bot: Bot, updates: Update[], inFlight: number): Promise<number> {
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < updates.length) await bot.handleUpdate(structuredClone(updates[next++]!));
    }),
  );
  return (updates.length / (performance.now() - start)) * 1000;
}

interface StubStats {
  calls: number;
  byMethod: Record<string, number>;
  answers: Record<string, number>;
}

interface Stub {
  url: string;
  child: ChildProcess;
  push(updates: Update[]): void;
  /** calls made since the previous stats, by method; and messages and photos, by chat */
  stats(): Promise<StubStats>;
  stop(): void;
}

async function startStub(token = TOKEN): Promise<Stub> {
  const script = fileURLToPath(new URL('./support/bot-api-stub.ts', import.meta.url));
  const child = fork(script, [token, String(BOT_INFO.id), BOT_INFO.username], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const { url } = await new Promise<{ url: string }>((resolve, reject) => {
    child.once('message', (m) => resolve(m as { url: string }));
    child.once('exit', (code) => reject(new Error(`Bot API stub exited with ${code}`)));
  });
  return {
    url,
    child,
    push: (updates) => child.send({ push: updates.map(({ update_id: _, ...rest }) => rest) }),
    stats: () =>
      new Promise((resolve) => {
        child.once('message', (m) => resolve(m as StubStats));
        child.send({ stats: true });
      }),
    stop: () => child.disconnect(),
  };
}

/** A deterministic walk over the members, so that no one is asked twice in a row (rate limiter). */
function* people(city: SeededCity, which: 'all' | 'heads'): Generator<{ communeIndex: number; telegramId: number }> {
  const lists = city.communes.map((c) => c.members.filter((m) => which === 'all' || m.head));
  for (let round = 0; ; round++) {
    for (const [communeIndex, list] of lists.entries()) {
      const m = list[(round * 7 + communeIndex) % list.length]!;
      yield { communeIndex, telegramId: m.telegramId };
    }
  }
}

const person = (telegramId: number) => ({ id: telegramId, first_name: 'Cán bộ', language_code: 'vi' });
const updatesFrom = (walk: Generator<{ telegramId: number }>, count: number, text: string) =>
  Array.from({ length: count }, () => textUpdate(person(walk.next().value!.telegramId), text));

/** A fresh database: a SQLite file in `dir`, or a new database on the server the wrapper started. */
async function freshDatabase(dir: string): Promise<{ url: string; label: string }> {
  if (database === 'sqlite') return { url: `file:${join(dir, 'city.db')}`, label: 'SQLite file (WAL)' };
  const server = process.env.TEST_POSTGRES_URL!;
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    await client.query('CREATE DATABASE city');
    const { rows } = await client.query<{ server_version: string }>('SHOW server_version');
    const url = new URL(server);
    url.pathname = '/city';
    return { url: url.toString(), label: `PostgreSQL ${rows[0]!.server_version} on 127.0.0.1 (throw-away server, fsync off)` };
  } finally {
    await client.end();
  }
}

/** "statements + transaction control / round trips / Bot API calls", each per update. */
function costs(queries: QueryCount, apiCalls: number, updates: number): string {
  const n = (x: number) => String(Number(x.toFixed(2)));
  const opened = queries.connections > 0 ? ` (+${n(queries.connections)} connections opened)` : '';
  return `${n(queries.statements)} + ${n(queries.transactionControl)} / ${n(queries.roundTrips)}${opened} / ${n(apiCalls / updates)}`;
}

const dir = mkdtempSync(join(tmpdir(), 'thidua-city-'));
// Ctrl-C stops the children too (same process group); the seeded city goes with this folder.
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    rmSync(dir, { recursive: true, force: true });
    process.exit(128 + constants.signals[signal]);
  });
const fileStoreDir = join(dir, 'files');
let stub: Stub | null = null;
let bareStub: Stub | null = null;
const extraStubs: Stub[] = [];
const table: Record<string, string | number> = {};
try {
  table['machine'] = `${cpus().length} × ${cpus()[0]?.model ?? '?'}, Node ${process.version}, load ${loadavg()[0]!.toFixed(2)} at start`;
  table['parts 1–2: node flags of this process, as npm start'] = codeFlags.join(' ') || '(none)';
  const { url: databaseUrl, label: databaseLabel } = await freshDatabase(dir);
  table['database'] = databaseLabel;
  const seedStart = performance.now();
  const seeded = join(dir, 'city.json');
  const seeder = fileURLToPath(new URL('./support/seed-city-process.ts', import.meta.url));
  execFileSync(process.execPath, ['--import', 'tsx', seeder, databaseUrl, fileStoreDir, JSON.stringify(shape), seeded], { stdio: 'inherit' });
  const city = JSON.parse(readFileSync(seeded, 'utf8')) as SeededCity;
  const config = loadConfig({ DATABASE_URL: databaseUrl, FILE_STORE_DIR: fileStoreDir, LOG_LEVEL: 'silent' });
  const core = await createCore(config, { logger: silent });
  const counts = { members: await core.db.member.count(), reports: await core.db.progressReport.count() };
  table['city: organizations × units × members'] = `${shape.organizations} × ${shape.unitsPerOrganization} × ${shape.membersPerUnit} (${counts.members} members)`;
  table['city: progress reports'] = counts.reports;
  table['seed (s)'] = ms((performance.now() - seedStart) / 1000);

  stub = await startStub();
  // The bare bot answers a stand-in of its own, so that ours' Bot API calls are counted alone.
  bareStub = await startStub();
  const bare = new Bot(TOKEN, { botInfo: BOT_INFO, client: { apiRoot: bareStub.url } });
  bare.on('message:text', (ctx) => ctx.reply(ctx.message.text));
  const ourBot = () =>
    createTelegramBot({ token: TOKEN, apiRoot: stub!.url, botInfo: BOT_INFO, engine: core.engine, members: core.services.members, i18n: core.i18n, logger: silent });
  const ours = ourBot();
  const queriesSoFar = countQueries(database);
  // Bot API calls of parts 1–2, gathered from the stub's stats, which forget what they return.
  const sent: StubStats = { calls: 0, byMethod: {}, answers: {} };
  const apiCalls = async () => {
    const since = await stub!.stats();
    sent.calls += since.calls;
    for (const [m, k] of Object.entries(since.byMethod)) sent.byMethod[m] = (sent.byMethod[m] ?? 0) + k;
    return since.calls;
  };
  /** Runs ours on updates, and tables what each update cost in queries and Bot API calls. */
  const counted = async <T>(label: string, updates: number, run: () => Promise<T>): Promise<T> => {
    await apiCalls();
    const before = queriesSoFar();
    const result = await run();
    table[`${label}: per update, queries + transaction control / DB round trips / Bot API calls`] = costs(perUpdate(before, queriesSoFar(), updates), await apiCalls(), updates);
    return result;
  };

  // 1. The same updates through both bots, from a pool of members. A member's first update is
  // measured on its own: ours sets that chat's command menu then, and records it on the account;
  // a bot started again on the same database (a restart) does not set it again.
  const walk = people(city, 'all');
  const pool = Array.from({ length: updatesPerKind }, () => walk.next().value!.telegramId);
  const fromPool = (text: string, shift = 0) => pool.map((id) => textUpdate(person(id), text)).map((u) => ({ ...u, update_id: u.update_id + shift }));
  const compare = async (label: string, text: string, bot = ours) => {
    const times = await counted(label, pool.length, () => inTurns(bare, fromPool(text), bot, fromPool(text, 10_000_000)));
    const [b, o] = [summarise(times.bare), summarise(times.ours)];
    table[`${label}: bare p50 / p99 (ms)`] = `${ms(b.p50)} / ${ms(b.p99)}`;
    table[`${label}: ours p50 / p99 (ms)`] = `${ms(o.p50)} / ${ms(o.p99)}`;
    table[`${label}: ratio p50 / p99 (target ≤ 3)`] = `${ms(o.p50 / b.p50)} / ${ms(o.p99 / b.p99)}`;
  };
  // Warm both (JIT, prepared statements) on members outside the pool.
  for (const bot of [bare, ours]) await oneByOne(bot, updatesFrom(walk, 100, 'xin chào'));
  await stub.stats();
  await compare('/start, first update of the member ever (menu set)', '/start');
  const restarted = ourBot();
  await oneByOne(restarted, updatesFrom(walk, 100, 'xin chào'));
  await compare('/start, first update after a restart (menu recorded)', '/start', restarted);
  await compare('free text (xin chào)', 'xin chào');
  await compare('/start (registered member)', '/start');
  await compare('/trogiup', '/trogiup');
  // In four turns each, alternating who goes first, for the same reason as inTurns.
  const mixed = [...fromPool('xin chào', 30_000_000), ...fromPool('/trogiup', 40_000_000)];
  const turns = 4;
  const elapsed = { bare: 0, ours: 0 };
  for (let t = 0; t < turns; t++) {
    const slice = mixed.slice(Math.floor((t * mixed.length) / turns), Math.floor(((t + 1) * mixed.length) / turns));
    const runBare = async () => (elapsed.bare += slice.length / (await concurrently(bare, slice, 50)));
    const runOurs = async () =>
      (elapsed.ours +=
        slice.length /
        (await concurrently(
          ours,
          slice.map((u) => ({ ...u, update_id: u.update_id + 20_000_000 })),
          50,
        )));
    if (t % 2 === 0) await runBare().then(runOurs);
    else await runOurs().then(runBare);
  }
  const [bareRate, ourRate] = [mixed.length / elapsed.bare, mixed.length / elapsed.ours];
  table['mixed, 50 in flight: bare / ours (updates/s)'] = `${Math.round(bareRate)} / ${Math.round(ourRate)}`;
  table['mixed, 50 in flight: throughput ratio bare ÷ ours'] = ms(bareRate / ourRate);

  // 2. /xephang. Every commune once (its first standings since seeding: snapshot and chart), then
  // again as heads of random communes; and the city's ADMIN ranking every commune.
  const heads = people(city, 'heads');
  const first = summarise(
    await counted('/xephang commune, first after a change', city.communes.length, () => oneByOne(ours, updatesFrom(heads, city.communes.length, '/xephang'))),
  );
  const againCount = Math.max(updatesPerKind, city.communes.length * 3);
  const again = summarise(await counted('/xephang commune', againCount, () => oneByOne(ours, updatesFrom(heads, againCount, '/xephang'))));
  table['/xephang commune, first after a change: p50 / p95 (ms)'] = `${ms(first.p50)} / ${ms(first.p95)}`;
  table['/xephang commune: p50 / p95 / p99 (ms) (target p95 < 20)'] = `${ms(again.p50)} / ${ms(again.p95)} / ${ms(again.p99)}`;
  const cityAdmin = person(city.cityAdminTelegramId);
  const cityTimes: number[] = [];
  await counted(`/xephang city, first and 19 more`, 20, async () => {
    for (let i = 0; i < 20; i++) {
      const start = performance.now();
      await ours.handleUpdate(textUpdate(cityAdmin, '/xephang'));
      cityTimes.push(performance.now() - start);
      await delay(700); // the rate limiter allows 15 updates in 10 s per person
    }
  });
  const cityTiming = summarise(cityTimes.slice(1));
  table[`/xephang city (${city.communes.length} communes): first / p50 / p95 (ms)`] = `${ms(cityTimes[0]!)} / ${ms(cityTiming.p50)} / ${ms(cityTiming.p95)}`;
  await apiCalls();
  table['Bot API calls in parts 1–2'] = `${sent.calls} (${Object.entries(sent.byMethod)
    .map(([m, n]) => `${m} ${n}`)
    .join(', ')})`;
  table['bench process peak RSS, parts 1–2 (MB)'] = mb(process.resourceUsage().maxRSS * 1024);
  await core.close();

  // 3. npm start on the seeded database: built as `npm start` builds it, run with its node flags.
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
  const { env: startEnv, nodeFlags: startArgs, main } = startCommand();
  const env = { ...process.env, ...startEnv, DATABASE_URL: databaseUrl, FILE_STORE_DIR: fileStoreDir, LOG_LEVEL: 'warn', TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: stub.url };
  const probe = fileURLToPath(new URL('./support/memory-probe.mjs', import.meta.url));
  table['npm start: environment and node flags'] = [...Object.entries(startEnv).map(([k, v]) => `${k}=${v}`), ...startArgs].join(' ');
  const starts: number[] = [];
  const errors = { count: 0, first: '' };
  /** npm start as a bot polling `api` with `token`, once a /start waits there for it. */
  const startBot = (api: Stub, token = TOKEN) => {
    api.push([textUpdate(person(walk.next().value!.telegramId), '/start')]);
    const child = fork(main, [], {
      execArgv: [...startArgs, ...(process.env.BENCH_NODE_FLAGS?.split(' ').filter(Boolean) ?? []), '--expose-gc', '--import', probe],
      env: { ...env, TELEGRAM_BOT_TOKEN: token, TELEGRAM_API_ROOT: api.url },
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    // What the bot logs at error level or above, counted (the first one shown) and not lost.
    createInterface({ input: child.stderr! }).on('line', (line) => {
      if (!/"level":(50|60)/.test(line)) return;
      if (errors.count++ === 0) errors.first = line.slice(0, 400);
    });
    return child;
  };
  const firstReply = async (api: Stub) => {
    while (((await api.stats()).byMethod.sendMessage ?? 0) === 0) await delay(5);
  };
  // A burst by long polling: heads of every commune asking for the standings, others chatting.
  const newBurst = () => [...updatesFrom(heads, updatesPerKind, '/xephang'), ...updatesFrom(walk, updatesPerKind, '/start'), ...updatesFrom(walk, updatesPerKind, 'xin chào')];
  /**
   * Each chat's updates pushed to one of the Bot APIs (in turn); then waits until every update is
   * answered (a /xephang may take two answers), or nothing more came for 20 s (updates that failed
   * get no answer). Returns the time to the last answer and the chats still owed one.
   */
  const answered = async (burst: Update[], apis: Stub[]) => {
    const owed = new Map<string, number>();
    for (const u of burst) owed.set(String(u.message!.chat.id), (owed.get(String(u.message!.chat.id)) ?? 0) + 1);
    const chats = [...owed.keys()];
    const apiOf = new Map(chats.map((chat, i) => [chat, apis[i % apis.length]!]));
    const start = performance.now();
    for (const api of apis) api.push(burst.filter((u) => apiOf.get(String(u.message!.chat.id)) === api));
    let lastAnswer = performance.now();
    const lastOf = apis.map(() => start);
    while (owed.size > 0 && performance.now() - lastAnswer < 20_000) {
      await delay(50);
      for (const [k, api] of apis.entries()) {
        const { answers } = await api.stats();
        if (Object.keys(answers).length > 0) lastAnswer = lastOf[k] = performance.now();
        for (const [chat, count] of Object.entries(answers)) {
          const left = (owed.get(chat) ?? 0) - count;
          if (left > 0) owed.set(chat, left);
          else owed.delete(chat);
        }
      }
    }
    return { ms: lastAnswer - start, each: lastOf.map((t) => t - start), unanswered: `${owed.size} of ${chats.length}` };
  };
  let oneInstanceRate = 0;
  let oneInstanceCpuPerUpdate = 0;
  /** A burst answered by `children` through `apis`: its time, rate, CPU and chats left unanswered. */
  const measuredBurst = async (apis: Stub[], children: ChildProcess[]) => {
    // Answers still on their way from an earlier burst are not counted for this one.
    await delay(200);
    for (const api of apis) await api.stats();
    const burst = newBurst();
    const pids = { bots: children.map((c) => c.pid!), stubs: apis.map((a) => a.child.pid!) };
    const before = cpuReading(pids);
    const { ms: elapsed, each, unanswered } = await answered(burst, apis);
    const after = cpuReading(pids);
    const spent = (Object.keys(after) as Array<keyof typeof after>).reduce((sum, k) => sum + after[k] - before[k], 0);
    return {
      updates: burst.length,
      ms: elapsed,
      each,
      rate: (burst.length / elapsed) * 1000,
      unanswered,
      cpu: describeCpu(before, after, elapsed),
      cpuPerUpdate: spent / burst.length,
    };
  };
  /**
   * The first burst after a start also pays for V8 compiling the program's hot paths, which takes
   * more than one burst; by the third a process answers as it does after running for days. Scaling
   * is compared on the third.
   */
  const burstsUntilWarm = async (apis: Stub[], children: ChildProcess[]) => {
    const cold = await measuredBurst(apis, children);
    await measuredBurst(apis, children);
    return { cold, warm: await measuredBurst(apis, children) };
  };
  for (let i = 0; i < 3; i++) {
    await stub.stats();
    const start = performance.now();
    const child = startBot(stub);
    await firstReply(stub);
    starts.push(performance.now() - start);
    if (i < 2) await stopProcess(child);
    else {
      const idle = await memoryOf(child);
      table['npm start: RSS idle after the first reply (MB)'] = mb(idle.memory.rss);
      table['npm start: idle, RSS as files mapped / malloc heap / other anonymous (MB)'] = residentParts(idle.parts);
      const { cold, warm } = await burstsUntilWarm([stub], [child]);
      table[CPU_LABEL(1)] = warm.cpu;
      table['npm start: chats of the bursts left without an answer / errors logged'] = `${cold.unanswered}, ${warm.unanswered} / ${errors.count}`;
      if (errors.first) console.error(`first error logged by npm start: ${errors.first}`);
      if (!cold.unanswered.startsWith('0 ') || !warm.unanswered.startsWith('0 ') || errors.count > 0) process.exitCode = 1;
      const { memory, live, peakRss, peaks, parts } = await memoryOf(child);
      oneInstanceRate = warm.rate;
      oneInstanceCpuPerUpdate = warm.cpuPerUpdate;
      table[`npm start: burst of ${warm.updates} updates by long polling, first after the start / third (s, updates/s)`] =
        `${ms(cold.ms / 1000)}, ${Math.round(cold.rate)} / ${ms(warm.ms / 1000)}, ${Math.round(warm.rate)}`;
      table['npm start: peak RSS / RSS after the burst (MB) (target < 200)'] = `${mb(peakRss)} / ${mb(memory.rss)}`;
      table['npm start: at the peak, V8 heap used / total, external (MB)'] = `${mb(peaks.heapUsed)} / ${mb(peaks.heapTotal)}, ${mb(peaks.external)}`;
      table['npm start: after the burst, V8 heap live after GC (MB)'] = mb(live.heapUsed);
      table['npm start: after the burst, RSS as files mapped / malloc heap / other anonymous (MB)'] = residentParts(parts);
      // The burst's standings were drawn in part 2 already; a task area's standings are drawn now,
      // which starts the drawing worker (resvg's WebAssembly) in this process.
      stub.push([textUpdate(person(heads.next().value!.telegramId), '/xephang THE_CHE')]);
      while (((await stub.stats()).byMethod.sendPhoto ?? 0) === 0) await delay(5);
      const drawn = await memoryOf(child);
      table['npm start: after drawing one new chart, RSS / peak RSS (MB)'] = `${mb(drawn.memory.rss)} / ${mb(drawn.peakRss)}`;
      table['npm start: after drawing, RSS as files mapped / malloc heap / other anonymous (MB)'] = residentParts(drawn.parts);
      // The drawing worker stops once it has had nothing to draw for a while.
      await delay(RENDERER_IDLE_MS + 3_000);
      table['npm start: RSS once the drawing worker has stopped (MB)'] = mb((await memoryOf(child)).memory.rss);
      const stopStart = performance.now();
      await stopProcess(child);
      table['npm start: stop on SIGTERM (ms)'] = Math.round(performance.now() - stopStart);
    }
  }
  table['npm start: cold start to first reply, 3 starts (ms)'] = starts.map((s) => Math.round(s)).join(' / ');

  if (instances > 1) {
    // How much two busy processes get of this machine at all: a fixed loop of arithmetic, alone and
    // then two at once (with nothing else of the benchmark running).
    const loop = async (copies: number) => {
      const start = performance.now();
      const code = 'let x = 0; for (let i = 0; i < 1.5e8; i++) x = (x + i * 7) % 1000003; if (x < 0) console.log(x);';
      await Promise.all(Array.from({ length: copies }, () => new Promise((resolve) => spawn(process.execPath, ['-e', code], { stdio: 'ignore' }).once('exit', resolve))));
      return performance.now() - start;
    };
    const alone = await loop(1);
    const together = await loop(2);
    table['machine: a CPU-bound loop alone / two at once (s; work done together ÷ alone)'] = `${ms(alone / 1000)} / ${ms(together / 1000)}; ${ms((2 * alone) / together)}`;
    // Several processes on the one database, each polling a bot token of its own at a Bot API of
    // its own: processes polling one token would take each other's updates.
    const tokens = Array.from({ length: instances }, (_, k) => (k === 0 ? TOKEN : `${BOT_INFO.id + k}:${TOKEN.split(':')[1]}`));
    for (const token of tokens.slice(1)) extraStubs.push(await startStub(token));
    const apis = [stub, ...extraStubs];
    const errorsBefore = errors.count;
    const children = apis.map((api, k) => startBot(api, tokens[k]));
    await Promise.all(apis.map(firstReply));
    const { cold, warm } = await burstsUntilWarm(apis, children);
    table[CPU_LABEL(instances)] = warm.cpu;
    const label = `npm start × ${instances} on one database: burst of ${warm.updates} updates`;
    table[`${label}, first after the start / third (s, updates/s together)`] = `${ms(cold.ms / 1000)}, ${Math.round(cold.rate)} / ${ms(warm.ms / 1000)}, ${Math.round(warm.rate)}`;
    table[`${label} third: each instance's last answer (s)`] = warm.each.map((t) => ms(t / 1000)).join(' / ');
    table[`${label} third: together ÷ one instance's third burst (target ≥ 1.7)`] =
      `${ms(warm.rate / oneInstanceRate)} (${Math.round(warm.rate)} ÷ ${Math.round(oneInstanceRate)})`;
    // What this machine's cores allow at all: every process of one instance's burst (bots,
    // PostgreSQL, stand-in Bot APIs, this benchmark) took this much CPU per update.
    const ceiling = cpus().length / oneInstanceCpuPerUpdate;
    table[`npm start: most this machine's ${cpus().length} cores allow, from one instance's CPU per update (updates/s; × one instance)`] =
      `${Math.round(ceiling)}; ${ms(ceiling / oneInstanceRate)}`;
    table[`${label}: chats left without an answer / errors logged`] = `${cold.unanswered}, ${warm.unanswered} / ${errors.count - errorsBefore}`;
    if (errors.count > errorsBefore) console.error(`first error logged by npm start: ${errors.first}`);
    if (!cold.unanswered.startsWith('0 ') || !warm.unanswered.startsWith('0 ') || errors.count > errorsBefore) process.exitCode = 1;
    await Promise.all(children.map(stopProcess));
  }
  table['load average 1 min at end'] = loadavg()[0]!.toFixed(2);
  console.table(table);
  if (process.env.BENCH_CITY_TABLE) writeFileSync(process.env.BENCH_CITY_TABLE, JSON.stringify(table));
} finally {
  stub?.stop();
  bareStub?.stop();
  for (const extra of extraStubs) extra.stop();
  rmSync(dir, { recursive: true, force: true });
}

interface ResidentParts {
  files: number;
  mallocHeap: number;
  anonymous: number;
}

function residentParts(parts: ResidentParts | null): string {
  return parts ? `${mb(parts.files)} / ${mb(parts.mallocHeap)} / ${mb(parts.anonymous)}` : 'not on Linux';
}

interface Memory {
  memory: NodeJS.MemoryUsage;
  /** null where /proc/self/smaps is not there */
  parts: ResidentParts | null;
  live: NodeJS.MemoryUsage;
  peakRss: number;
  /** the highest of each figure, sampled every 50 ms */
  peaks: Pick<NodeJS.MemoryUsage, 'rss' | 'heapTotal' | 'heapUsed' | 'external' | 'arrayBuffers'>;
}

/** Asks bench/support/memory-probe.mjs in the child how it uses memory. */
function memoryOf(child: ChildProcess): Promise<Memory> {
  return new Promise((resolve) => {
    child.once('message', (m) => resolve(m as Memory));
    child.send({ memory: true });
  });
}

async function stopProcess(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}
