import { parseArgs } from 'node:util';
import { runFuzz, type FuzzChannel } from '../test/fuzz/support/run.js';
import { prepareTemplate, TEST_POSTGRES_URL } from '../test/support/database.js';

// npm run fuzz -- [--count 100000] [--seed N] [--channel telegram|zalo|both]
// npm run fuzz:postgres -- (the same, on a throw-away PostgreSQL server)
//
// Seeded random and mutated updates through the real Telegram and Zalo handlers (test/fuzz). Prints
// what was sent and every kind of failure; exits 1 on any, naming the seed and update to replay.

const { values: opts } = parseArgs({
  options: { count: { type: 'string', default: '100000' }, seed: { type: 'string', default: '20261202' }, channel: { type: 'string', default: 'both' } },
});
const count = Number(opts.count);
const seed = Number(opts.seed);
const channels: FuzzChannel[] = opts.channel === 'both' ? ['telegram', 'zalo'] : [opts.channel as FuzzChannel];
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed) || !channels.every((c) => c === 'telegram' || c === 'zalo')) {
  throw new Error('usage: npm run fuzz -- [--count N] [--seed N] [--channel telegram|zalo|both]');
}

// Beside a PostgreSQL server (npm run fuzz:postgres), the bots' databases are copies of a migrated template, as in the suite.
if (TEST_POSTGRES_URL) await prepareTemplate();
const report = await runFuzz({
  seed,
  count,
  channels,
  onProgress: (channel, done, total) => {
    if (done % 10_000 === 0 || done === total) console.error(`${channel}: ${done}/${total}`);
  },
});
for (const c of report.channels) {
  console.log(`\n${c.channel}: ${c.updates} updates in ${(c.elapsedMs / 1000).toFixed(1)} s (${Math.round(c.updates / (c.elapsedMs / 1000))}/s)`);
  console.table({
    ...Object.fromEntries(Object.entries(c.kinds).map(([k, n]) => [`built as ${k}`, n])),
    ...Object.fromEntries(Object.entries(c.mutations).map(([k, n]) => [`mutation ${k}`, n])),
  });
  console.table(Object.fromEntries(Object.entries(c.rowsAdded).map(([k, n]) => [`rows added: ${k}`, n])));
}
console.table({
  seed,
  updates: count,
  'elapsed (s)': Number((report.elapsedMs / 1000).toFixed(1)),
  'peak RSS (MB)': Math.round(report.peakRssBytes / 2 ** 20),
  ...Object.fromEntries(Object.entries(report.failures.counts).map(([k, n]) => [`failures: ${k}`, n])),
});
if (report.failures.total > 0) {
  for (const f of report.failures.kept) console.error(`\n${f.kind} on ${f.channel}, update #${f.index ?? '-'}: ${f.detail}\n  ${f.update ?? ''}`);
  console.error(`\nreplay: npm run fuzz -- --seed ${seed} --count ${count} (the updates are numbered per channel)`);
  process.exitCode = 1;
}
