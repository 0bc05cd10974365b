-- AlterTable
ALTER TABLE "Refund" ADD COLUMN     "requestToken" TEXT,
ADD COLUMN     "restockedAt" TIMESTAMP(3);

-- CreateIndex
CREATE UNIQUE INDEX "Refund_requestToken_key" ON "Refund"("requestToken");
