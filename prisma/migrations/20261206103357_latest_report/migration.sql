-- CreateTable
CREATE TABLE "LatestReport" (
    "campaignId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "criterionId" INTEGER NOT NULL,
    "progressReportId" INTEGER NOT NULL,
    "value" REAL NOT NULL,
    "reportedAt" DATETIME NOT NULL,

    PRIMARY KEY ("campaignId", "unitId", "criterionId"),
    CONSTRAINT "LatestReport_progressReportId_fkey" FOREIGN KEY ("progressReportId") REFERENCES "ProgressReport" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "LatestReport_progressReportId_key" ON "LatestReport"("progressReportId");

-- The report that counts for each (unit, criterion) of the reports already stored: the latest, a
-- late one only once accepted (as ReportService.latestValues read them before this table).
INSERT INTO "LatestReport" ("campaignId", "unitId", "criterionId", "progressReportId", "value", "reportedAt")
SELECT r."campaignId", r."unitId", r."criterionId", r."id", r."value", r."reportedAt"
FROM "ProgressReport" r
WHERE r."id" = (
  SELECT l."id" FROM "ProgressReport" l
  WHERE l."campaignId" = r."campaignId" AND l."unitId" = r."unitId" AND l."criterionId" = r."criterionId"
    AND (NOT l."late" OR l."acceptedAt" IS NOT NULL)
  ORDER BY l."reportedAt" DESC, l."id" DESC
  LIMIT 1);
