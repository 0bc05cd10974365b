import type { Tx } from "@/lib/db-types";
import type { BankAccount } from "@/lib/fintoc/objects";
import { Prisma } from "@/lib/generated/prisma/client";
import { queueNotificationSteps } from "@/lib/notifications/queue-sql";

// Stores a saved method's account details as Fintoc reports them and, when Fintoc says it is
// active, activates it, in one statement with the owner's "Cuenta bancaria guardada" email and
// its send job. The email hangs off `activated`, the row that went from PENDING to ACTIVE in
// this very statement (under its row lock), so repeated or concurrent `payment_method.activated`
// deliveries email once, and the (kind, cause) key backs that up. A removed method stays removed
// and emails nothing.
export async function recordAccountDetails(
  tx: Tx,
  method: { id: string; userId: string },
  account: BankAccount,
): Promise<void> {
  const at = new Date();
  await tx.$executeRaw`
    WITH before AS MATERIALIZED (
      SELECT id, status FROM "PaymentMethod"
      WHERE id = ${method.id} AND "userId" = ${method.userId} AND status <> 'REMOVED'
      FOR UPDATE
    ),
    updated AS (
      UPDATE "PaymentMethod" pm
      SET "institutionId" = ${account.institutionId}, "accountLast4" = ${account.accountLast4},
          "accountType" = ${account.accountType}, "holderId" = ${account.holderId},
          status = CASE WHEN ${account.active} THEN 'ACTIVE'::"PaymentMethodStatus" ELSE pm.status END,
          "updatedAt" = ${at}
      FROM before
      WHERE pm.id = before.id
      RETURNING pm.id, pm."userId", pm.status, before.status AS "wasStatus"
    ),
    activated AS (
      SELECT updated.id, updated."userId", owner.email
      FROM updated JOIN "User" owner ON owner.id = updated."userId"
      WHERE updated."wasStatus" = 'PENDING' AND updated.status = 'ACTIVE'
    ),
    ${queueNotificationSteps(
      "account_saved",
      Prisma.sql`activated`,
      { causeId: Prisma.sql`id`, userId: Prisma.sql`"userId"`, email: Prisma.sql`email` },
      at,
    )}
    SELECT 1`;
}
