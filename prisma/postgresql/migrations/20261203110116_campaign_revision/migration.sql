-- AlterTable
ALTER TABLE "Campaign" ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 0;
