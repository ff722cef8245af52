import type { Prisma } from '../../generated/prisma/client.js';

/**
 * Every write that can move a campaign's standings (a report, a self-score, an appraisal) calls
 * this inside its transaction. Standings are kept in memory against Campaign.standingsRevision,
 * so the bump reaches every instance on the same database with the write itself. Raw SQL: the
 * campaign's `updatedAt` is about its plan, not its figures.
 */
export async function standingsMoved(tx: Pick<Prisma.TransactionClient, '$executeRaw'>, campaignId: number): Promise<void> {
  await tx.$executeRaw`UPDATE "Campaign" SET "standingsRevision" = "standingsRevision" + 1 WHERE "id" = ${campaignId}`;
}
