import { PrismaClient } from '../generated/prisma/client.js';
import { createAdapterFactory } from './adapter.js';

export type Db = PrismaClient;

export function createDb(databaseUrl: string): Db {
  return new PrismaClient({ adapter: createAdapterFactory(databaseUrl) });
}
