import type { Tx } from "@/lib/db-types";
import type { FintocCheckoutSession } from "@/lib/fintoc/schemas";
import {
  lockedSessionOf,
  selectLockedSession,
  type LockedSession,
  type LockedSessionRow,
} from "./lock-checkout-session";
import { intentStatusesAheadOf, sessionStatusesAheadOf } from "./session-progress";

// Records a payment session as Fintoc reports it on the stored row, never backwards: the new
// status only over one it ranks at or above, the intent's fields only over an intent status they
// rank at or above (session-progress.ts decides both, passed in as lists). Returns the row as it
// was before this write, or null when it is not stored yet (the caller inserts it).
// Lock, read, compare and write are one statement: the comparison runs under the row lock
// `locked` takes, so it stays atomic, and a webhook saves the round trip of a separate write.
export async function lockAndRecordPaymentSession(
  tx: Tx,
  session: FintocCheckoutSession,
): Promise<LockedSession | null> {
  const intent = session.payment_resource?.payment_intent ?? null;
  const intentAhead = intent ? intentStatusesAheadOf(intent.status) : [];
  const rows = await tx.$queryRaw<LockedSessionRow[]>`
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
    SELECT * FROM locked`;
  return lockedSessionOf(rows[0]);
}
