-- AlterTable
ALTER TABLE "Campaign" ADD COLUMN "awardRules" JSONB;
