-- AlterTable
ALTER TABLE "Notification" ALTER COLUMN "causeId" SET NOT NULL;
