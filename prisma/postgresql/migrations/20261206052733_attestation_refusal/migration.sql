-- AlterTable
ALTER TABLE "Attestation" ADD COLUMN     "refusalReason" TEXT,
ADD COLUMN     "refusedAt" TIMESTAMP(3),
ADD COLUMN     "refusedById" INTEGER;
