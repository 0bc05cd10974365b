-- AlterTable
ALTER TABLE "CheckoutSession" ADD COLUMN     "institutionId" TEXT;
