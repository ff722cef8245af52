-- AlterTable
ALTER TABLE "Campaign" ADD COLUMN     "standingsRevision" INTEGER NOT NULL DEFAULT 0;
