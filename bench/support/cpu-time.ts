import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';

// CPU time spent by the processes of a burst, read from /proc (Linux): whether a burst was held back
// by the machine's cores (everything together near elapsed × cores) or by waiting.

/** Linux counts process times in ticks of 1/100 s (USER_HZ) on every usual architecture. */
const TICKS_PER_SECOND = 100;

/** user + system seconds of one process so far; 0 when it is gone or /proc is not there */
function cpuSecondsOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // After the command's name in parentheses: state is field 3, utime field 14, stime field 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** Every PostgreSQL server process: the postmaster, its background workers and one per connection. */
function postgresPids(): number[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return [];
  }
  return entries
    .filter((d) => {
      try {
        return readFileSync(`/proc/${d}/comm`, 'utf8').trim() === 'postgres';
      } catch {
        return false;
      }
    })
    .map(Number);
}

export interface CpuSpent {
  bots: number;
  postgres: number;
  stubs: number;
  benchmark: number;
}

/** A reading now; the difference of two readings is what the burst between them cost. */
export function cpuReading(groups: { bots: number[]; stubs: number[] }): CpuSpent {
  const sum = (pids: number[]) => pids.reduce((s, pid) => s + cpuSecondsOf(pid), 0);
  const own = process.cpuUsage();
  return { bots: sum(groups.bots), postgres: sum(postgresPids()), stubs: sum(groups.stubs), benchmark: (own.user + own.system) / 1e6 };
}

/** "bots / PostgreSQL / stand-in Bot APIs / benchmark; of elapsed × cores", in core-seconds. */
export function describeCpu(before: CpuSpent, after: CpuSpent, elapsedMs: number): string {
  const d = (k: keyof CpuSpent) => (after[k] - before[k]).toFixed(1);
  return `${d('bots')} / ${d('postgres')} / ${d('stubs')} / ${d('benchmark')}; of ${((elapsedMs / 1000) * cpus().length).toFixed(1)}`;
}
