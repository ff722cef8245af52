import Database from 'better-sqlite3';
import pg from 'pg';
import type { DatabaseKind } from '../../src/db/adapter.js';

// Counts, in this process, the SQL the database drivers execute, below Prisma and without changing
// how the app creates its client (src/db/client.ts takes no log options): the methods every query
// of Prisma's adapters ends in are wrapped on their prototypes, so connections opened later count too.
//   PostgreSQL: pg's Client.query, which Pool.query also ends in; one call is one round trip to the
//     server (pg sends parse, bind, execute and sync together and waits for the answer).
//   SQLite: better-sqlite3's Statement.run/get/all/iterate and Database.exec; calls inside this
//     process, no round trip.

export interface QueryCount {
  /** SQL statements other than transaction control */
  statements: number;
  /** BEGIN, COMMIT, ROLLBACK, SAVEPOINT, RELEASE, SET TRANSACTION */
  transactionControl: number;
  /** exchanges with a database server (0 on SQLite) */
  roundTrips: number;
  /** connections opened to a database server: their handshake is several round trips more */
  connections: number;
}

const TRANSACTION_CONTROL = /^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|SET\s+TRANSACTION)\b/i;

const count: QueryCount = { statements: 0, transactionControl: 0, roundTrips: 0, connections: 0 };

function record(sql: unknown, roundTrip: boolean): void {
  if (typeof sql === 'string' && TRANSACTION_CONTROL.test(sql)) count.transactionControl++;
  else count.statements++;
  if (roundTrip) count.roundTrips++;
}

function wrap<T extends object>(target: T, method: string, before: (self: unknown, args: unknown[]) => void): void {
  const original = (target as Record<string, unknown>)[method] as (...args: unknown[]) => unknown;
  Object.defineProperty(target, method, {
    configurable: true,
    writable: true,
    value: function (this: unknown, ...args: unknown[]) {
      before(this, args);
      return original.apply(this, args);
    },
  });
}

let installed = false;

/** Starts counting the kind's driver calls; returns a reader of the totals so far. */
export function countQueries(kind: DatabaseKind): () => QueryCount {
  if (!installed) {
    installed = true;
    if (kind === 'postgresql') {
      // query(text | { text }, …); a Submittable (a cursor) has its own text too.
      wrap(pg.Client.prototype, 'query', (_, [query]) => record(typeof query === 'string' ? query : (query as { text?: string } | undefined)?.text, true));
      wrap(pg.Client.prototype, 'connect', () => count.connections++);
    } else {
      const probe = new Database(':memory:');
      const statement = Object.getPrototypeOf(probe.prepare('SELECT 1')) as object;
      probe.close();
      for (const method of ['run', 'get', 'all', 'iterate']) wrap(statement, method, (self) => record((self as { source: string }).source, false));
      wrap(Database.prototype, 'exec', (_, [sql]) => record(sql, false));
    }
  }
  return () => ({ ...count });
}

/** What happened between two readings, per update. */
export function perUpdate(before: QueryCount, after: QueryCount, updates: number): QueryCount {
  const each = (key: keyof QueryCount) => (after[key] - before[key]) / updates;
  return { statements: each('statements'), transactionControl: each('transactionControl'), roundTrips: each('roundTrips'), connections: each('connections') };
}
