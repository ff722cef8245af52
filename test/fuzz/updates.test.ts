import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runFuzz } from './support/run.js';

// The fuzzer at a small count, on every `npm test`; `npm run fuzz` runs it at 100,000.

const SEED = 20261202;

describe('fuzzing the Telegram and Zalo handlers', () => {
  it('2,000 random and mutated updates: nothing thrown, no error-internal, nothing logged as an error, the database intact', async () => {
    const report = await runFuzz({ seed: SEED, count: 2000 });
    expect(report.channels.map((c) => [c.channel, c.updates])).toEqual([
      ['telegram', 1000],
      ['zalo', 1000],
    ]);
    // The failures kept (with their update) are the replay instructions when this fails.
    expect({ counts: report.failures.counts, kept: report.failures.kept }).toEqual({
      counts: { thrown: 0, unhandled: 0, 'error-internal': 0, 'error-log': 0, database: 0 },
      kept: [],
    });
    // The stream went deep enough to matter: registrations, dialogs under way, mutated shapes.
    const telegram = report.channels[0]!;
    expect(telegram.rowsAdded.member).toBeGreaterThan(0);
    expect(telegram.rowsAdded.dialogState).toBeGreaterThan(0);
    expect(Object.keys(telegram.mutations).length).toBeGreaterThan(3);
  }, 180_000);

  it('is reproducible: `npm run fuzz` with the same seed sends the same updates and leaves the same rows', () => {
    // Two processes, as a replay is: counters kept by the test helpers start afresh in each.
    const run = () =>
      execFileSync(process.execPath, ['--import', 'tsx', 'scripts/fuzz.ts', '--count', '300', '--seed', String(SEED + 1)], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      })
        .split('\n')
        .filter((line) => !/elapsed|RSS|updates in/.test(line));
    const first = run();
    expect(first.join('\n')).toMatch(/built as command/);
    expect(run()).toEqual(first);
  }, 180_000);
});
