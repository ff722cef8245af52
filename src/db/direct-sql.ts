import type { SqlDriverAdapter } from '@prisma/driver-adapter-utils';
import type { PrismaClient } from '../generated/prisma/client.js';
import type { DatabaseKind } from './adapter.js';

/** The database as services see it (client.ts's Db, named here too: client.ts imports this file). */
type Db = PrismaClient;

/** A row as the driver adapter gives it: column name → value, before any conversion. */
export type DirectRow = Record<string, unknown>;

/**
 * Reads through the driver adapter Prisma itself holds, below Prisma's query compiler and result
 * mapping: for the one statement every update runs, those cost as much CPU as the driver and the
 * database together. Same connection (pool), same statement caches, same transaction rules as
 * Prisma's own queries outside a transaction. Values come as the driver gives them (SQLite:
 * 0/1 for booleans, text for JSON; PostgreSQL: dates as ISO text): the caller converts the few it
 * reads. Anything that writes or needs Prisma's types goes through Prisma.
 */
export class DirectSql {
  constructor(
    readonly kind: DatabaseKind,
    private readonly adapter: () => Promise<SqlDriverAdapter>,
  ) {}

  /**
   * Tagged template, as Prisma's $queryRaw: every `${value}` is a bound parameter, never text in
   * the SQL, except a Prisma.Sql fragment (Prisma.raw), whose text and values are spliced in.
   */
  async rows(strings: readonly string[], ...values: unknown[]): Promise<DirectRow[]> {
    const { parts, args } = flatten(strings, values);
    const sql = parts.reduce((text, part, i) => text + (i === 0 ? '' : this.kind === 'postgresql' ? `$${i}` : '?') + part, '');
    const adapter = await this.adapter();
    const result = await adapter.queryRaw({ sql, args, argTypes: args.map(() => ({ scalarType: 'unknown', arity: 'scalar' })) });
    return result.rows.map((row) => Object.fromEntries(result.columnNames.map((name, i) => [name, row[i]])));
  }
}

/** A Prisma.Sql fragment (Prisma.raw, Prisma.sql), told by its shape: this file loads before the generated client exists (npm run db:generate). */
interface SqlFragment {
  readonly strings: readonly string[];
  readonly values: readonly unknown[];
}

function isFragment(value: unknown): value is SqlFragment {
  return typeof value === 'object' && value !== null && Array.isArray((value as SqlFragment).strings) && Array.isArray((value as SqlFragment).values);
}

/** The template's text between its parameters, with fragments spliced in, and the parameters. */
function flatten(strings: readonly string[], values: readonly unknown[]): { parts: string[]; args: unknown[] } {
  const parts = [strings[0] ?? ''];
  const args: unknown[] = [];
  values.forEach((value, i) => {
    if (isFragment(value)) {
      const inner = flatten(value.strings, value.values);
      const [first = '', ...rest] = inner.parts;
      parts[parts.length - 1] = `${parts.at(-1)!}${first}`;
      parts.push(...rest);
      args.push(...inner.args);
    } else {
      args.push(value);
      parts.push('');
    }
    parts[parts.length - 1] = `${parts.at(-1)!}${strings[i + 1] ?? ''}`;
  });
  return { parts, args };
}

/** Readers of the clients createDb made; a client made otherwise has none. */
const readers = new WeakMap<Db, DirectSql>();

export function registerDirectSql(db: Db, reader: DirectSql): void {
  readers.set(db, reader);
}

/** The client's direct reader, or null for a client not made by createDb (Prisma then reads). */
export function directSqlOf(db: Db): DirectSql | null {
  return readers.get(db) ?? null;
}

/** A tag the way `$queryRaw` and DirectSql.rows both are. */
export type SqlTag<T> = (strings: TemplateStringsArray, ...values: unknown[]) => T;

/**
 * A read written once, as a tagged template, and run below Prisma when the client has a direct
 * reader, else by Prisma: `readRows(db, (sql) => sql\`SELECT … ${value}\`)`. The rows are the
 * driver's (see DirectSql), so the caller converts dates (dateValue) and JSON (jsonValue).
 */
export async function readRows<R>(db: Db, query: <T>(sql: SqlTag<T>) => T): Promise<R[]> {
  const direct = directSqlOf(db);
  const rows = direct ? query((strings, ...values) => direct.rows(strings, ...values)) : query((strings, ...values) => db.$queryRaw(strings, ...values));
  return (await rows) as R[];
}

/** A JSON column's value: PostgreSQL's driver and SQLite give it as text. */
export function jsonValue(value: unknown): unknown {
  return typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
}

/** A date column's value: ISO text from both drivers (or milliseconds, as SQLite may store it). */
export function dateValue(value: unknown): Date {
  if (value instanceof Date) return value;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint') return new Date(typeof value === 'bigint' ? Number(value) : value);
  throw new TypeError(`not a date: ${typeof value}`);
}
