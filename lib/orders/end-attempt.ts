import type { Tx } from "@/lib/db-types";
import type { OrderStatus } from "@/lib/generated/prisma/enums";
import { statusesAllowingTransition } from "./state-machine";

export type AttemptEnd = {
  orderId: string;
  attempt: number;
  // The status the state machine decided from: the history row's `fromStatus`.
  from: OrderStatus;
  // FAILED or EXPIRED.
  to: OrderStatus;
  failureReason: string | null;
  source: string;
  at: Date;
};

// A negative outcome of the order's current attempt, with its history row, in one statement.
// The history row hangs off `ended`, the row the conditional UPDATE changed: when another
// caller moved the order first, the WHERE no longer matches and nothing is written. True when
// this call moved the order.
export async function endAttempt(tx: Tx, end: AttemptEnd): Promise<boolean> {
  const inserted = await tx.$executeRaw`
    WITH ended AS (
      UPDATE "Order"
      SET status = CAST(${end.to} AS "OrderStatus"), "failureReason" = ${end.failureReason},
          "updatedAt" = ${end.at}
      WHERE id = ${end.orderId} AND attempt = ${end.attempt}
        AND status = ANY(CAST(${statusesAllowingTransition(end.to)} AS "OrderStatus"[]))
      RETURNING id
    )
    INSERT INTO "OrderStatusChange" (id, "orderId", "fromStatus", "toStatus", source, "createdAt")
    SELECT gen_random_uuid()::text, id, CAST(${end.from} AS "OrderStatus"),
           CAST(${end.to} AS "OrderStatus"), ${end.source}, ${end.at}
    FROM ended`;
  return inserted > 0;
}
