-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "lastError" TEXT,
ADD COLUMN     "sentAt" TIMESTAMP(3),
ADD COLUMN     "status" TEXT NOT NULL DEFAULT 'queued';

-- Rows from before the job queue have no send job: nothing will ever send them.
UPDATE "Notification" SET status = 'failed', "lastError" = 'created before emails were sent';
