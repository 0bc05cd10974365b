-- DropIndex
DROP INDEX "Notification_orderId_kind_key";

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "causeId" TEXT,
ADD COLUMN     "errorReason" TEXT,
ADD COLUMN     "userId" TEXT,
ALTER COLUMN "orderId" DROP NOT NULL;

-- CreateIndex
CREATE INDEX "Notification_orderId_idx" ON "Notification"("orderId");

-- CreateIndex
CREATE INDEX "Notification_userId_idx" ON "Notification"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_kind_causeId_key" ON "Notification"("kind", "causeId");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A notification is now about a cause, not only an order: an order paid (the order), a failed
-- or expired attempt (its checkout session), a saved account (its payment method). (order,
-- kind) allowed one failed attempt per order; (kind, cause) allows one per attempt. Every row
-- so far is an order_paid, whose cause is its order; the next migration makes the cause required.
UPDATE "Notification" SET "causeId" = "orderId" WHERE "causeId" IS NULL;
