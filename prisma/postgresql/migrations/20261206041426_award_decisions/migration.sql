-- CreateEnum
CREATE TYPE "ApprovalBase" AS ENUM ('VOTED', 'PRESENT', 'ALL_MEMBERS');

-- CreateEnum
CREATE TYPE "AwardLevel" AS ENUM ('LOCAL', 'HIGHER');

-- CreateEnum
CREATE TYPE "ProposalStatus" AS ENUM ('SUBMITTED', 'AWARDED', 'NOT_AWARDED');

-- AlterTable
ALTER TABLE "AwardQuota" ADD COLUMN     "decidedBy" "AwardLevel" NOT NULL DEFAULT 'LOCAL',
ADD COLUMN     "decider" TEXT,
ALTER COLUMN "maxCount" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Campaign" ADD COLUMN     "approvalBase" "ApprovalBase" NOT NULL DEFAULT 'VOTED',
ADD COLUMN     "closedAt" TIMESTAMP(3),
ADD COLUMN     "closesOn" TIMESTAMP(3),
ADD COLUMN     "sources" JSONB;

-- AlterTable
ALTER TABLE "CouncilReview" ADD COLUMN     "present" JSONB;

-- AlterTable
ALTER TABLE "Criterion" ADD COLUMN     "heldByUnitId" INTEGER;

-- AlterTable
ALTER TABLE "DossierDocKind" ADD COLUMN     "perNominee" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Initiative" ADD COLUMN     "decisionDate" TIMESTAMP(3),
ADD COLUMN     "decisionNumber" TEXT,
ADD COLUMN     "recognisedBy" TEXT;

-- AlterTable
ALTER TABLE "Nomination" ADD COLUMN     "decisionDate" TIMESTAMP(3),
ADD COLUMN     "decisionNumber" TEXT,
ADD COLUMN     "decisionSigner" TEXT,
ADD COLUMN     "proposalStatus" "ProposalStatus",
ADD COLUMN     "proposedUpAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ProgressReport" ADD COLUMN     "acceptedAt" TIMESTAMP(3),
ADD COLUMN     "acceptedById" INTEGER,
ADD COLUMN     "late" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Score" ADD COLUMN     "selfAcceptedAt" TIMESTAMP(3),
ADD COLUMN     "selfLate" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "Attestation" (
    "id" SERIAL NOT NULL,
    "nominationId" INTEGER NOT NULL,
    "itemCode" TEXT NOT NULL,
    "attestedById" INTEGER NOT NULL,
    "attestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "note" TEXT,
    "evidenceId" INTEGER,
    "confirmedById" INTEGER,
    "confirmedAt" TIMESTAMP(3),

    CONSTRAINT "Attestation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Attestation_nominationId_itemCode_key" ON "Attestation"("nominationId", "itemCode");

-- AddForeignKey
ALTER TABLE "Criterion" ADD CONSTRAINT "Criterion_heldByUnitId_fkey" FOREIGN KEY ("heldByUnitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attestation" ADD CONSTRAINT "Attestation_nominationId_fkey" FOREIGN KEY ("nominationId") REFERENCES "Nomination"("id") ON DELETE CASCADE ON UPDATE CASCADE;
