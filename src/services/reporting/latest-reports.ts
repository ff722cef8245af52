import type { Db } from '../../db/client.js';
import type { Prisma } from '../../generated/prisma/client.js';

// The report that counts for each (unit, criterion), kept in LatestReport as reports are written:
// the standings read one row per pair, not a year of weekly reports. "Latest" is by the time it
// was reported, then by id; a late report counts only once accepted, when it is offered here.

export interface CountingReport {
  id: number;
  campaignId: number;
  unitId: number;
  criterionId: number;
  value: number;
  reportedAt: Date;
}

/** Makes `report` its pair's latest, unless a later one is held already. In the writer's transaction. */
export async function offerLatest(tx: Prisma.TransactionClient, report: CountingReport): Promise<void> {
  const key = { campaignId: report.campaignId, unitId: report.unitId, criterionId: report.criterionId };
  const data = { progressReportId: report.id, value: report.value, reportedAt: report.reportedAt };
  const older = { ...key, OR: [{ reportedAt: { lt: report.reportedAt } }, { reportedAt: report.reportedAt, progressReportId: { lt: report.id } }] };
  if ((await tx.latestReport.updateMany({ where: older, data })).count > 0) return;
  await tx.latestReport.upsert({ where: { campaignId_unitId_criterionId: key }, create: { ...key, ...data }, update: {} });
  // On PostgreSQL another writer's older report may have been inserted between the two statements.
  await tx.latestReport.updateMany({ where: older, data });
}

/**
 * Rebuilds the table from the reports (as the migration that made it did): for reports written
 * straight to the table, by the benchmarks' seeding and tests that need two at one instant.
 */
export async function rebuildLatest(db: Db, campaignId: number): Promise<void> {
  await db.$transaction([
    db.latestReport.deleteMany({ where: { campaignId } }),
    db.$executeRaw`
      INSERT INTO "LatestReport" ("campaignId", "unitId", "criterionId", "progressReportId", "value", "reportedAt")
      SELECT r."campaignId", r."unitId", r."criterionId", r."id", r."value", r."reportedAt"
      FROM "ProgressReport" r
      WHERE r."campaignId" = ${campaignId} AND r."id" = (
        SELECT l."id" FROM "ProgressReport" l
        WHERE l."campaignId" = r."campaignId" AND l."unitId" = r."unitId" AND l."criterionId" = r."criterionId"
          AND (NOT l."late" OR l."acceptedAt" IS NOT NULL)
        ORDER BY l."reportedAt" DESC, l."id" DESC
        LIMIT 1)`,
  ]);
}
