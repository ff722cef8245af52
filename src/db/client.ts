import { PrismaClient as PostgresClient } from '../generated/prisma-pg/client.js';
import { PrismaClient } from '../generated/prisma/client.js';
import { createAdapterFactory, databaseKind } from './adapter.js';

/**
 * The database as services see it. Both clients are generated from the same models
 * (prisma/schema.prisma; the PostgreSQL one from its derived copy), so they have the same API;
 * the SQLite client's types stand for both.
 */
export type Db = PrismaClient;

export function createDb(databaseUrl: string): Db {
  const adapter = createAdapterFactory(databaseUrl);
  if (databaseKind(databaseUrl) === 'postgresql') return new PostgresClient({ adapter }) as unknown as Db;
  return new PrismaClient({ adapter });
}
