-- CreateTable
CREATE TABLE "WebLinkUse" (
    "tokenId" TEXT NOT NULL,
    "memberId" INTEGER NOT NULL,
    "usedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WebLinkUse_pkey" PRIMARY KEY ("tokenId")
);

-- CreateIndex
CREATE INDEX "WebLinkUse_usedAt_idx" ON "WebLinkUse"("usedAt");
