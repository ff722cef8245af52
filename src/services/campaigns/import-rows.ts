import type { Prisma } from '../../generated/prisma/client.js';

// Writing one row of an import: create, update or leave it, and count which.

export type Tx = Prisma.TransactionClient;

/** How rows of one kind fared in an import. */
export interface ChangeCount {
  created: number;
  updated: number;
  unchanged: number;
  /** no longer in the file: deleted, or (units, criteria, task areas) kept but set aside */
  removed: number;
  /** no longer in the file but kept as they were, because records point at them */
  kept: number;
}

/** Creates the row, updates it when a field differs, or leaves it; and counts which. */
export async function put<R extends { id: number }>(
  count: ChangeCount,
  existing: R | null,
  data: object,
  write: { create: () => Promise<R>; update: (id: number) => Promise<R> },
): Promise<R> {
  if (!existing) {
    count.created++;
    return write.create();
  }
  if (!differs(existing, data)) {
    count.unchanged++;
    return existing;
  }
  count.updated++;
  return write.update(existing.id);
}

/** Whether any field of `data` differs from the stored row (dates by instant, JSON by content). */
export function differs(row: object, data: object): boolean {
  const stored = row as Record<string, unknown>;
  return Object.entries(data).some(([key, value]) => comparable(stored[key]) !== comparable(value));
}

function comparable(value: unknown): string {
  if (value instanceof Date) return `date:${value.getTime()}`;
  return JSON.stringify(value ?? null);
}
