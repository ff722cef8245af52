-- CreateTable
CREATE TABLE "HandledUpdate" (
    "channel" "Channel" NOT NULL,
    "updateKey" TEXT NOT NULL,
    "handledAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HandledUpdate_pkey" PRIMARY KEY ("channel","updateKey")
);

-- CreateTable
CREATE TABLE "PendingReply" (
    "id" SERIAL NOT NULL,
    "channel" "Channel" NOT NULL,
    "chatId" TEXT NOT NULL,
    "items" JSONB NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "notBefore" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PendingReply_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "HandledUpdate_handledAt_idx" ON "HandledUpdate"("handledAt");

-- CreateIndex
CREATE INDEX "PendingReply_notBefore_idx" ON "PendingReply"("notBefore");
