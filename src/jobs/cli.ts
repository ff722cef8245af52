import { parseArgs } from 'node:util';
import pino from 'pino';
import { createCore, type Core } from '../app.js';
import { loadCoreConfig, loadDotEnv, loadOrExit } from '../config.js';
import { formatDateTime, parseDateTime } from '../domain/dates.js';
import { DEFAULT_LOCALE, isLocale, type Translate } from '../i18n/i18n.js';
import type { OperatorRow } from '../services/messaging/outbox-views.js';
import { reportStartupFailure } from '../startup.js';
import { allJobs } from './index.js';

// npm run jobs -- list | run <job> [--at "dd/mm/yyyy HH:mm"] | outbox
// `run` runs one job once under a fixed clock (now, or --at) and shows what it queued; the bot's
// sender delivers it. Exit codes: 0 done, 1 the job failed, 2 wrong arguments.

const STATUS_KEYS = {
  PENDING: 'jobs-outbox-pending',
  SENDING: 'jobs-outbox-sending',
  SENT: 'jobs-outbox-sent',
  FAILED: 'jobs-outbox-failed',
  UNCERTAIN: 'jobs-outbox-uncertain',
} as const;

loadDotEnv();
const config = loadOrExit(loadCoreConfig);
process.exitCode = await main(process.argv.slice(2));

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { at: { type: 'string' } } });
  } catch {
    parsed = null;
  }
  const [command, name, ...extra] = parsed?.positionals ?? [];
  const at = parsed?.values.at === undefined ? new Date() : parseDateTime(parsed.values.at);
  // A fixed clock: every row one run queues carries the same creation time, which lists them.
  let core: Core;
  try {
    core = await createCore(config, { clock: () => at ?? new Date(), logger: pino({ level: 'silent' }) });
  } catch (error) {
    reportStartupFailure(error);
    return 1;
  }
  const t: Translate = (key, args) => core.i18n.t(config.defaultLocale, key, args);
  try {
    if (!parsed || extra.length > 0) return usage(t);
    if (at === null) {
      console.error(t('jobs-bad-time', { text: parsed.values.at ?? '' }));
      return 2;
    }
    if (command === 'list' && !name) return list(core, t);
    if (command === 'run' && name) return await run(core, t, name, at);
    if (command === 'outbox' && !name) return await outbox(core, t);
    return usage(t);
  } catch (error) {
    console.error(t('jobs-failed', { detail: error instanceof Error ? error.message : String(error) }));
    return 1;
  } finally {
    await core.close();
  }
}

function usage(t: Translate): number {
  console.error(t('jobs-usage'));
  return 2;
}

function list(core: Core, t: Translate): number {
  console.log(t('jobs-list-title'));
  for (const job of allJobs(core.services, core.clock)) console.log(`  ${job.name.padEnd(18)} ${job.cron.padEnd(14)} ${t(job.descriptionKey)}`);
  return 0;
}

async function run(core: Core, t: Translate, name: string, at: Date): Promise<number> {
  const jobs = allJobs(core.services, core.clock);
  const job = jobs.find((j) => j.name === name);
  if (!job) {
    console.error(t('jobs-unknown', { name, names: jobs.map((j) => j.name).join(', ') }));
    return 2;
  }
  const result = await job.run();
  console.log(t('jobs-run-done', { name, at: formatDateTime(at) }));
  for (const [field, value] of Object.entries(result as Record<string, unknown>)) {
    console.log(`  ${field}: ${Array.isArray(value) ? value.join(', ') : String(value)}`);
  }
  const queued = await core.services.outboxViews.createdAt(at);
  console.log(t('jobs-run-queued', { count: queued.length }));
  for (const row of queued) printRow(core, row);
  return 0;
}

async function outbox(core: Core, t: Translate): Promise<number> {
  const summary = await core.services.outboxViews.summary();
  console.log(t('jobs-outbox-title'));
  for (const [status, key] of Object.entries(STATUS_KEYS)) console.log(`  ${t(key).padEnd(28)} ${summary[status as keyof typeof STATUS_KEYS]}`);
  console.log(`  ${t('jobs-outbox-due').padEnd(28)} ${summary.due}`);
  const problems = await core.services.outboxViews.problems();
  if (problems.length > 0) console.log(t('jobs-outbox-problems'));
  for (const row of problems) printRow(core, row);
  return 0;
}

/** One queued message as the operator checks it: who, what kind, when, and its first line. */
function printRow(core: Core, row: OperatorRow): void {
  const locale = isLocale(row.locale) ? row.locale : DEFAULT_LOCALE;
  const firstLine = core.i18n.t(locale, row.payload.key, row.payload.args).split('\n')[0]!;
  const who = row.unitName ? `${row.memberName} (${row.unitName})` : row.memberName;
  const problem = row.lastError ? ` · ${row.status}: ${row.lastError}` : '';
  console.log(`  → ${who} · ${row.kind} · ${formatDateTime(row.notBefore)}${problem}\n      ${firstLine}`);
}
