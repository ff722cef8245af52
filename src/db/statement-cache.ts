import type Database from 'better-sqlite3';
import type { SqlDriverAdapter } from '@prisma/driver-adapter-utils';
import { LRUCache } from 'lru-cache';

/**
 * Distinct SQL texts kept compiled. Prisma writes a handful of texts per model and operation (and
 * one per length of an IN list), so the bot's working set is a few hundred.
 */
export const CACHED_STATEMENTS = 500;

/** What Prisma's SQLite adapter does with a statement: bind (or not), then read (raw rows) or run. */
export interface StatementView {
  readonly reader: boolean;
  bind(...params: unknown[]): StatementView;
  columns(): Database.ColumnDefinition[];
  raw(toggle?: boolean): StatementView;
  all(): unknown[];
  get(): unknown;
  run(): Database.RunResult;
}

/**
 * Prisma's better-sqlite3 adapter compiles the SQL of every query again (`prepare`), which took
 * half of an update's database time. This keeps compiled statements by SQL text. A compiled
 * better-sqlite3 statement can be bound only once, so each use gets a view that passes its own
 * values on every call; the raw-rows mode is the view's own too, never left on the shared one.
 */
export function cachingPrepare(client: Database.Database, size = CACHED_STATEMENTS): (sql: string) => StatementView {
  const compiled = new LRUCache<string, Compiled>({ max: size });
  const prepare = client.prepare.bind(client);
  return (sql) => {
    let statement = compiled.get(sql);
    if (!statement) {
      statement = { stmt: prepare(sql), columns: null };
      compiled.set(sql, statement);
    }
    return new View(statement, []);
  };
}

/**
 * A compiled statement and, once asked, its result columns: asking makes a new array each time,
 * and they only change with the schema, which changes only when the bot migrates before it starts.
 */
interface Compiled {
  stmt: Database.Statement;
  columns: Database.ColumnDefinition[] | null;
}

/** A class rather than closures: one is made for every query. */
class View implements StatementView {
  private rawRows = false;

  constructor(
    private readonly compiled: Compiled,
    private readonly params: unknown[],
  ) {}

  private get stmt(): Database.Statement {
    return this.compiled.stmt;
  }

  get reader(): boolean {
    return this.stmt.reader;
  }

  bind(...params: unknown[]): StatementView {
    return new View(this.compiled, params);
  }

  columns(): Database.ColumnDefinition[] {
    return (this.compiled.columns ??= this.stmt.columns());
  }

  raw(toggle = true): StatementView {
    this.rawRows = toggle;
    return this;
  }

  all(): unknown[] {
    return this.reading().all(...this.params);
  }

  get(): unknown {
    return this.reading().get(...this.params);
  }

  run(): Database.RunResult {
    return this.stmt.run(...this.params);
  }

  private reading(): Database.Statement {
    return this.stmt.reader ? this.stmt.raw(this.rawRows) : this.stmt;
  }
}

/** The adapter's better-sqlite3 connection: a field of the adapter, not part of its interface. */
export function connectionOf(adapter: SqlDriverAdapter): Database.Database | null {
  const client = (adapter as unknown as { client?: unknown }).client;
  return client && typeof (client as Database.Database).prepare === 'function' ? (client as Database.Database) : null;
}

/** Keeps the connection's compiled statements from now on. */
export function cacheStatements(client: Database.Database): void {
  Object.defineProperty(client, 'prepare', { value: cachingPrepare(client), configurable: true });
}
