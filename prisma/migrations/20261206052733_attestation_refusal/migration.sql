-- AlterTable
ALTER TABLE "Attestation" ADD COLUMN "refusalReason" TEXT;
ALTER TABLE "Attestation" ADD COLUMN "refusedAt" DATETIME;
ALTER TABLE "Attestation" ADD COLUMN "refusedById" INTEGER;
