import type { Tx } from "@/lib/db-types";
import type { OrderStatus } from "@/lib/generated/prisma/enums";

// What a writer of a Checkout Session needs to decide, read under the row's lock.
export type LockedSession = {
  status: string;
  orderId: string | null;
  attempt: number;
  paymentIntentStatus: string | null;
  // The session's order as this statement saw it, for the state machine. After waiting for the
  // lock it may be older than the session row (PostgreSQL re-reads only the row it locks). That
  // is safe: the conditional update that moves an order re-checks the status it moves from,
  // and an order only ever moves forward from what a reader of its session can see (a new
  // attempt is started before that attempt's session exists).
  order: { status: OrderStatus; attempt: number } | null;
};

// The columns of a locked session as SQL returns them (the order's flattened).
export type LockedSessionRow = Omit<LockedSession, "order"> & {
  orderStatus: OrderStatus | null;
  orderAttempt: number | null;
};

// Every writer of a CheckoutSession row reads it, compares statuses and then writes. Taking the
// row lock first makes that read-compare-write atomic: without it, a `checkout_session.finished`
// carrying a pending intent could overwrite a `payment_intent.succeeded` that committed between
// its read and its write (the reliability suite's storms catch exactly that). A row that does
// not exist yet locks nothing (null), and its insert is then guarded by the primary key.
// The session and its order are read in the locking statement: a webhook is a chain of round
// trips, and separate reads would add two.
export async function lockCheckoutSession(
  tx: Tx,
  sessionId: string,
): Promise<LockedSession | null> {
  const rows = await tx.$queryRaw<LockedSessionRow[]>`
    SELECT s.status, s."orderId", s.attempt, s."paymentIntentStatus",
           o.status::text AS "orderStatus", o.attempt AS "orderAttempt"
    FROM "CheckoutSession" s
    LEFT JOIN "Order" o ON o.id = s."orderId"
    WHERE s.id = ${sessionId}
    FOR UPDATE OF s`;
  return lockedSessionOf(rows[0]);
}

export function lockedSessionOf(row: LockedSessionRow | undefined): LockedSession | null {
  if (!row) return null;
  const { status, orderId, attempt, paymentIntentStatus, orderStatus, orderAttempt } = row;
  const order =
    orderStatus !== null && orderAttempt !== null
      ? { status: orderStatus, attempt: orderAttempt }
      : null;
  return { status, orderId, attempt, paymentIntentStatus, order };
}
