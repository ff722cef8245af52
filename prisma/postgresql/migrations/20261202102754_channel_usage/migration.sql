-- CreateTable
CREATE TABLE "ChannelUsage" (
    "channel" "Channel" NOT NULL,
    "month" TEXT NOT NULL,
    "sent" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ChannelUsage_pkey" PRIMARY KEY ("channel","month")
);
