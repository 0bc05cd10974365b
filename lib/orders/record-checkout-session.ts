import type { Tx } from "@/lib/db-types";
import type { FintocCheckoutSession } from "@/lib/fintoc/schemas";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  lockedSessionOf,
  selectLockedSession,
  type LockedSession,
  type LockedSessionRow,
} from "./lock-checkout-session";
import { paymentSteps, type OrderMove } from "./move-order";
import { intentStatusesAheadOf, sessionStatusesAheadOf } from "./session-progress";

// A payment to make in the statement that records the session: move-order.ts's OrderMove, whose
// order and `from` status are the locked session's.
export type SessionPayment = Omit<OrderMove, "orderId" | "from">;

export type RecordedSession = LockedSession & {
  // Whether this statement paid the session's order (only ever with a `payment`).
  paid: boolean;
};

// Records a payment session as Fintoc reports it on the stored row, never backwards: the new
// status only over one it ranks at or above, the intent's fields only over an intent status they
// rank at or above (session-progress.ts decides both, passed in as lists). Returns the row as it
// was before this write, or null when it is not stored yet (the caller inserts it).
// Lock, read, compare and write are one statement: the comparison runs under the row lock
// `locked` takes, so it stays atomic, and a webhook saves the round trip of a separate write.
//
// With `payment` (the session says the shopper paid), the same statement also pays the session's
// order (move-order.ts's paymentSteps), saving a webhook another round trip. The order's UPDATE
// finds its row through `locked`, so its lock comes after the session's, as with every writer of
// a session's order. Whether to pay is the payment's own conditional UPDATE's to decide, as when
// transition-order.ts pays; the history row's `from` is the order's status as `locked` read it,
// the status the state machine decides from.
export async function lockAndRecordPaymentSession(
  tx: Tx,
  session: FintocCheckoutSession,
  payment?: SessionPayment,
): Promise<RecordedSession | null> {
  const intent = session.payment_resource?.payment_intent ?? null;
  const intentAhead = intent ? intentStatusesAheadOf(intent.status) : [];
  const sessionsOrder = {
    orderId: Prisma.sql`(SELECT "orderId" FROM locked)`,
    from: Prisma.sql`(SELECT "orderStatus" FROM locked)`,
  };
  const pay = payment ? Prisma.sql`, ${paymentSteps(sessionsOrder, payment)}` : Prisma.empty;
  const paid = payment ? Prisma.sql`EXISTS (SELECT 1 FROM moved)` : Prisma.sql`false`;
  const rows = await tx.$queryRaw<(LockedSessionRow & { paid: boolean })[]>`
    WITH locked AS MATERIALIZED (${selectLockedSession(session.id)}),
    compared AS (
      SELECT id,
             ${intent !== null} AND ("paymentIntentStatus" IS NULL
               OR "paymentIntentStatus" <> ALL(CAST(${intentAhead} AS text[]))) AS "takesIntent"
      FROM locked
      WHERE status <> ALL(CAST(${sessionStatusesAheadOf(session.status)} AS text[]))
    ),
    recorded AS (
      UPDATE "CheckoutSession" s
      SET status = ${session.status},
          "lastPayload" = CAST(${JSON.stringify(session)} AS jsonb),
          "updatedAt" = ${new Date()},
          "paymentIntentId" =
            CASE WHEN "takesIntent" THEN ${intent?.id ?? null} ELSE s."paymentIntentId" END,
          "paymentIntentStatus" =
            CASE WHEN "takesIntent" THEN ${intent?.status ?? null} ELSE s."paymentIntentStatus" END,
          "errorReason" =
            CASE WHEN "takesIntent" THEN ${intent?.error_reason ?? null} ELSE s."errorReason" END
      FROM compared
      WHERE s.id = compared.id
    )
    ${pay}
    SELECT *, ${paid} AS paid FROM locked`;
  const row = rows[0];
  const locked = lockedSessionOf(row);
  return locked && { ...locked, paid: row?.paid === true };
}
