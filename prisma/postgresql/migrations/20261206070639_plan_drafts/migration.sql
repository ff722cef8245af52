-- CreateEnum
CREATE TYPE "PlanDraftStatus" AS ENUM ('OPEN', 'PUBLISHED', 'CANCELLED');

-- CreateTable
CREATE TABLE "PlanDraft" (
    "id" SERIAL NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "createdById" INTEGER NOT NULL,
    "fileName" TEXT,
    "content" TEXT NOT NULL,
    "status" "PlanDraftStatus" NOT NULL DEFAULT 'OPEN',
    "campaignId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlanDraft_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PlanDraft_organizationId_status_idx" ON "PlanDraft"("organizationId", "status");

-- AddForeignKey
ALTER TABLE "PlanDraft" ADD CONSTRAINT "PlanDraft_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
