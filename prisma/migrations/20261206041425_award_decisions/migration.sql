-- AlterTable
ALTER TABLE "CouncilReview" ADD COLUMN "present" JSONB;

-- AlterTable
ALTER TABLE "Initiative" ADD COLUMN "decisionDate" DATETIME;
ALTER TABLE "Initiative" ADD COLUMN "decisionNumber" TEXT;
ALTER TABLE "Initiative" ADD COLUMN "recognisedBy" TEXT;

-- AlterTable
ALTER TABLE "Nomination" ADD COLUMN "decisionDate" DATETIME;
ALTER TABLE "Nomination" ADD COLUMN "decisionNumber" TEXT;
ALTER TABLE "Nomination" ADD COLUMN "decisionSigner" TEXT;
ALTER TABLE "Nomination" ADD COLUMN "proposalStatus" TEXT;
ALTER TABLE "Nomination" ADD COLUMN "proposedUpAt" DATETIME;

-- CreateTable
CREATE TABLE "Attestation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "nominationId" INTEGER NOT NULL,
    "itemCode" TEXT NOT NULL,
    "attestedById" INTEGER NOT NULL,
    "attestedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "note" TEXT,
    "evidenceId" INTEGER,
    "confirmedById" INTEGER,
    "confirmedAt" DATETIME,
    CONSTRAINT "Attestation_nominationId_fkey" FOREIGN KEY ("nominationId") REFERENCES "Nomination" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_AwardQuota" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "campaignId" INTEGER NOT NULL,
    "nomineeKind" TEXT NOT NULL,
    "awardForm" TEXT NOT NULL,
    "awardTitle" TEXT NOT NULL,
    "maxCount" INTEGER,
    "decidedBy" TEXT NOT NULL DEFAULT 'LOCAL',
    "decider" TEXT,
    CONSTRAINT "AwardQuota_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_AwardQuota" ("awardForm", "awardTitle", "campaignId", "id", "maxCount", "nomineeKind") SELECT "awardForm", "awardTitle", "campaignId", "id", "maxCount", "nomineeKind" FROM "AwardQuota";
DROP TABLE "AwardQuota";
ALTER TABLE "new_AwardQuota" RENAME TO "AwardQuota";
CREATE UNIQUE INDEX "AwardQuota_campaignId_nomineeKind_awardForm_key" ON "AwardQuota"("campaignId", "nomineeKind", "awardForm");
CREATE TABLE "new_Campaign" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "legalBasis" TEXT NOT NULL,
    "organisingOffice" TEXT NOT NULL,
    "leadOffice" TEXT NOT NULL,
    "startsOn" DATETIME NOT NULL,
    "endsOn" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'ACTIVE',
    "gradeBands" JSONB NOT NULL,
    "councilQuorum" REAL NOT NULL DEFAULT 0.6667,
    "approvalThreshold" REAL NOT NULL DEFAULT 0.7,
    "approvalBase" TEXT NOT NULL DEFAULT 'VOTED',
    "closesOn" DATETIME,
    "closedAt" DATETIME,
    "sources" JSONB,
    "awardRules" JSONB,
    "reminderSettings" JSONB NOT NULL,
    "groupChats" JSONB,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "standingsRevision" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Campaign_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Campaign" ("approvalThreshold", "awardRules", "code", "councilQuorum", "createdAt", "endsOn", "gradeBands", "groupChats", "id", "leadOffice", "legalBasis", "organisingOffice", "organizationId", "reminderSettings", "revision", "standingsRevision", "startsOn", "status", "title", "updatedAt") SELECT "approvalThreshold", "awardRules", "code", "councilQuorum", "createdAt", "endsOn", "gradeBands", "groupChats", "id", "leadOffice", "legalBasis", "organisingOffice", "organizationId", "reminderSettings", "revision", "standingsRevision", "startsOn", "status", "title", "updatedAt" FROM "Campaign";
DROP TABLE "Campaign";
ALTER TABLE "new_Campaign" RENAME TO "Campaign";
CREATE UNIQUE INDEX "Campaign_code_key" ON "Campaign"("code");
CREATE TABLE "new_Criterion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "campaignId" INTEGER NOT NULL,
    "taskAreaId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "searchKey" TEXT NOT NULL,
    "unitOfMeasure" TEXT NOT NULL,
    "target" REAL,
    "minValue" REAL NOT NULL DEFAULT 0,
    "maxValue" REAL,
    "scoringRule" TEXT NOT NULL,
    "maxPoints" REAL NOT NULL,
    "direction" TEXT NOT NULL DEFAULT 'HIGHER_IS_BETTER',
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "retired" BOOLEAN NOT NULL DEFAULT false,
    "heldByUnitId" INTEGER,
    CONSTRAINT "Criterion_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Criterion_taskAreaId_fkey" FOREIGN KEY ("taskAreaId") REFERENCES "TaskArea" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Criterion_heldByUnitId_fkey" FOREIGN KEY ("heldByUnitId") REFERENCES "Unit" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Criterion" ("campaignId", "code", "direction", "id", "maxPoints", "maxValue", "minValue", "retired", "scoringRule", "searchKey", "sortOrder", "target", "taskAreaId", "title", "unitOfMeasure") SELECT "campaignId", "code", "direction", "id", "maxPoints", "maxValue", "minValue", "retired", "scoringRule", "searchKey", "sortOrder", "target", "taskAreaId", "title", "unitOfMeasure" FROM "Criterion";
DROP TABLE "Criterion";
ALTER TABLE "new_Criterion" RENAME TO "Criterion";
CREATE UNIQUE INDEX "Criterion_campaignId_code_key" ON "Criterion"("campaignId", "code");
CREATE TABLE "new_DossierDocKind" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "campaignId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "required" BOOLEAN NOT NULL DEFAULT true,
    "perNominee" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "DossierDocKind_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_DossierDocKind" ("campaignId", "code", "id", "required", "sortOrder", "title") SELECT "campaignId", "code", "id", "required", "sortOrder", "title" FROM "DossierDocKind";
DROP TABLE "DossierDocKind";
ALTER TABLE "new_DossierDocKind" RENAME TO "DossierDocKind";
CREATE UNIQUE INDEX "DossierDocKind_campaignId_code_key" ON "DossierDocKind"("campaignId", "code");
CREATE TABLE "new_ProgressReport" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "campaignId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "criterionId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "value" REAL NOT NULL,
    "note" TEXT,
    "channel" TEXT NOT NULL,
    "reportedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "late" BOOLEAN NOT NULL DEFAULT false,
    "acceptedById" INTEGER,
    "acceptedAt" DATETIME,
    CONSTRAINT "ProgressReport_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ProgressReport_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ProgressReport_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "Criterion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ProgressReport_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_ProgressReport" ("campaignId", "channel", "criterionId", "id", "memberId", "note", "reportedAt", "unitId", "value") SELECT "campaignId", "channel", "criterionId", "id", "memberId", "note", "reportedAt", "unitId", "value" FROM "ProgressReport";
DROP TABLE "ProgressReport";
ALTER TABLE "new_ProgressReport" RENAME TO "ProgressReport";
CREATE INDEX "ProgressReport_campaignId_unitId_criterionId_reportedAt_idx" ON "ProgressReport"("campaignId", "unitId", "criterionId", "reportedAt");
CREATE TABLE "new_Score" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "campaignId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "criterionId" INTEGER NOT NULL,
    "selfPoints" REAL,
    "selfExplanation" TEXT,
    "selfById" INTEGER,
    "selfAt" DATETIME,
    "selfLate" BOOLEAN NOT NULL DEFAULT false,
    "selfAcceptedAt" DATETIME,
    "appraisedPoints" REAL,
    "appraisalReason" TEXT,
    "appraisedById" INTEGER,
    "appraisedAt" DATETIME,
    CONSTRAINT "Score_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Score_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Score_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "Criterion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Score" ("appraisalReason", "appraisedAt", "appraisedById", "appraisedPoints", "campaignId", "criterionId", "id", "selfAt", "selfById", "selfExplanation", "selfPoints", "unitId") SELECT "appraisalReason", "appraisedAt", "appraisedById", "appraisedPoints", "campaignId", "criterionId", "id", "selfAt", "selfById", "selfExplanation", "selfPoints", "unitId" FROM "Score";
DROP TABLE "Score";
ALTER TABLE "new_Score" RENAME TO "Score";
CREATE UNIQUE INDEX "Score_campaignId_unitId_criterionId_key" ON "Score"("campaignId", "unitId", "criterionId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Attestation_nominationId_itemCode_key" ON "Attestation"("nominationId", "itemCode");
