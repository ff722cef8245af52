import { readFileSync } from 'node:fs';
import { programFile } from '../paths.js';
import type { DatabaseKind } from './adapter.js';

// One schema, two databases: prisma/schema.prisma is written for SQLite, and the PostgreSQL schema
// is derived from it (provider and client output only), never kept by hand.

export interface SchemaVariant {
  kind: DatabaseKind;
  /** the schema file Prisma generates the client from */
  schemaPath: string;
  /** this database's own migrations, in Prisma's standard layout */
  migrationsDir: string;
  /** as Prisma writes it in migration_lock.toml */
  provider: 'sqlite' | 'postgresql';
}

export const SQLITE_SCHEMA = programFile('prisma/schema.prisma');

export const VARIANTS: Record<DatabaseKind, SchemaVariant> = {
  sqlite: { kind: 'sqlite', schemaPath: SQLITE_SCHEMA, migrationsDir: programFile('prisma/migrations'), provider: 'sqlite' },
  postgresql: {
    kind: 'postgresql',
    schemaPath: programFile('prisma/postgresql/schema.prisma'),
    migrationsDir: programFile('prisma/postgresql/migrations'),
    provider: 'postgresql',
  },
};

const HEADER = '// Derived from prisma/schema.prisma by `npm run db:generate`. Do not edit: edit that file.\n';

/** The PostgreSQL schema text for the SQLite one. Throws when the lines it swaps are not found. */
export function postgresSchema(sqlite: string): string {
  const swap = (text: string, from: RegExp, to: string): string => {
    if (!from.test(text)) throw new Error(`prisma/schema.prisma: expected ${from} to derive the PostgreSQL schema`);
    return text.replace(from, to);
  };
  let text = swap(sqlite, /provider\s*=\s*"sqlite"/, 'provider = "postgresql"');
  text = swap(text, /output\s*=\s*"\.\.\/src\/generated\/prisma"/, 'output       = "../../src/generated/prisma-pg"');
  return HEADER + text;
}

/** The schema text of a database kind, derived in memory for PostgreSQL. */
export function schemaText(kind: DatabaseKind): string {
  const sqlite = readFileSync(SQLITE_SCHEMA, 'utf8');
  return kind === 'sqlite' ? sqlite : postgresSchema(sqlite);
}
