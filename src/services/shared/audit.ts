import type { Prisma } from '../../generated/prisma/client.js';

type Tx = Pick<Prisma.TransactionClient, 'auditLog'>;

/** Records who did what, inside the caller's transaction so the log and the change land together. */
export async function audit(
  tx: Tx,
  entry: { actorId: number | null; action: string; entity: string; entityId?: string | number; details?: Prisma.InputJsonValue; onceKey?: string },
): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId === undefined ? null : String(entry.entityId),
      details: entry.details,
      onceKey: entry.onceKey ?? null,
    },
  });
}
