-- CreateTable
CREATE TABLE "ChannelUsage" (
    "channel" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "sent" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("channel", "month")
);
