-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
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
    "awardRules" JSONB,
    "reminderSettings" JSONB NOT NULL,
    "groupChats" JSONB,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "standingsRevision" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Campaign_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Campaign" ("approvalThreshold", "awardRules", "code", "councilQuorum", "createdAt", "endsOn", "gradeBands", "groupChats", "id", "leadOffice", "legalBasis", "organisingOffice", "organizationId", "reminderSettings", "revision", "startsOn", "status", "title", "updatedAt") SELECT "approvalThreshold", "awardRules", "code", "councilQuorum", "createdAt", "endsOn", "gradeBands", "groupChats", "id", "leadOffice", "legalBasis", "organisingOffice", "organizationId", "reminderSettings", "revision", "startsOn", "status", "title", "updatedAt" FROM "Campaign";
DROP TABLE "Campaign";
ALTER TABLE "new_Campaign" RENAME TO "Campaign";
CREATE UNIQUE INDEX "Campaign_code_key" ON "Campaign"("code");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
