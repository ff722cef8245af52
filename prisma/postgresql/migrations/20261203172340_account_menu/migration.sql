-- AlterTable
ALTER TABLE "ChannelAccount" ADD COLUMN     "menu" TEXT;
