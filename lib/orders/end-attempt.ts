import type { Tx } from "@/lib/db-types";
import { Prisma } from "@/lib/generated/prisma/client";
import type { OrderStatus } from "@/lib/generated/prisma/enums";
import { queueNotificationSteps } from "@/lib/notifications/queue-sql";
import { statusesAllowingTransition } from "./state-machine";

export type AttemptEnd = {
  orderId: string;
  attempt: number;
  // The attempt's checkout session: the cause of the shopper's email about it.
  sessionId: string;
  // The status the state machine decided from: the history row's `fromStatus`.
  from: OrderStatus;
  // FAILED or EXPIRED.
  to: OrderStatus;
  failureReason: string | null;
  source: string;
  at: Date;
};

// A negative outcome of the order's current attempt, with its history row and the shopper's
// email about it (payment failed, or session expired, with its send job), in one statement.
// Everything hangs off `ended`, the row the conditional UPDATE changed: when another caller
// moved the order first, the WHERE no longer matches and nothing is written. An attempt ends
// once (it must be PENDING, and a new attempt has a new number and session), so each failed or
// expired attempt emails once, however many webhooks say so. True when this call moved the order.
export async function endAttempt(tx: Tx, end: AttemptEnd): Promise<boolean> {
  const kind = end.to === "EXPIRED" ? "session_expired" : "payment_failed";
  const rows = await tx.$queryRaw<{ ended: boolean }[]>`
    WITH ended AS (
      UPDATE "Order"
      SET status = CAST(${end.to} AS "OrderStatus"), "failureReason" = ${end.failureReason},
          "updatedAt" = ${end.at}
      WHERE id = ${end.orderId} AND attempt = ${end.attempt}
        AND status = ANY(CAST(${statusesAllowingTransition(end.to)} AS "OrderStatus"[]))
      RETURNING id, email, "failureReason"
    ),
    history AS (
      INSERT INTO "OrderStatusChange" (id, "orderId", "fromStatus", "toStatus", source, "createdAt")
      SELECT gen_random_uuid()::text, id, CAST(${end.from} AS "OrderStatus"),
             CAST(${end.to} AS "OrderStatus"), ${end.source}, ${end.at}
      FROM ended
    ),
    ${queueNotificationSteps(
      kind,
      Prisma.sql`ended`,
      {
        causeId: Prisma.sql`${end.sessionId}::text`,
        orderId: Prisma.sql`id`,
        email: Prisma.sql`email`,
        errorReason: Prisma.sql`"failureReason"`,
      },
      end.at,
    )}
    SELECT EXISTS (SELECT 1 FROM ended) AS ended`;
  return rows[0]?.ended === true;
}
