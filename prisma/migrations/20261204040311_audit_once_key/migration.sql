-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN "onceKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "AuditLog_onceKey_key" ON "AuditLog"("onceKey");
