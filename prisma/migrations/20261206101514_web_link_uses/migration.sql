-- CreateTable
CREATE TABLE "WebLinkUse" (
    "tokenId" TEXT NOT NULL PRIMARY KEY,
    "memberId" INTEGER NOT NULL,
    "usedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "WebLinkUse_usedAt_idx" ON "WebLinkUse"("usedAt");
