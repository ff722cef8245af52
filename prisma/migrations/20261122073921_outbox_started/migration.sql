-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN "startedAt" DATETIME;
