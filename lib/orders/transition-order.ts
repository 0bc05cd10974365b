import { expireCatalogPages } from "@/lib/catalog/freshness";
import type { Tx } from "@/lib/db-types";
import type { OrderStatus } from "@/lib/generated/prisma/enums";
import { endAttempt } from "./end-attempt";
import { payOrder } from "./pay-order";
import {
  nextOrderState,
  statusesAllowingTransition,
  type OrderSnapshot,
  type PaymentOutcome,
} from "./state-machine";
import { log } from "@/lib/log";

export type TransitionResult = { orderId: string; changed: boolean; status: string };

export type OrderChange = {
  orderId: string;
  outcome: PaymentOutcome;
  // The attempt the outcome is about: a negative one counts only for the current attempt.
  attempt: number;
  // That attempt's checkout session, which the shopper's email about a failure is about.
  sessionId: string;
  source: string;
  // The order as the caller already read it (under its session's lock), saving a read.
  order?: OrderSnapshot;
};

// Moves one order according to a payment outcome, at most once: the UPDATE's WHERE re-checks
// the status the decision was based on, so of two concurrent callers only one sees a row
// change, and only that one performs the effects of payment (pay-order.ts).
export async function transitionOrder(
  tx: Tx,
  change: OrderChange,
): Promise<TransitionResult | null> {
  const { orderId, outcome, attempt, sessionId, source } = change;
  const order = change.order ?? (await readOrderSnapshot(tx, orderId));
  if (!order) return null;
  const transition = nextOrderState(order, outcome, attempt);
  if (!transition) return { orderId, changed: false, status: order.status };

  const at = new Date();
  const moved =
    transition.to === "PAID"
      ? await payOrder(
          tx,
          { id: orderId, from: order.status },
          { allowed: statusesAllowingTransition("PAID"), source, at },
        )
      : await endAttempt(tx, {
          orderId,
          attempt,
          sessionId,
          from: order.status,
          ...transition,
          source,
          at,
        });
  return resultOfMove(tx, orderId, transition.to, moved);
}

// What a decided transition came to, once the statement that tried it has run: `moved` says
// whether that statement moved the order (another caller may have moved it first).
export async function resultOfMove(
  tx: Tx,
  orderId: string,
  to: OrderStatus,
  moved: boolean,
): Promise<TransitionResult> {
  if (!moved) {
    const latest = await tx.order.findUniqueOrThrow({
      where: { id: orderId },
      select: { status: true },
    });
    return { orderId, changed: false, status: latest.status };
  }
  log.info({ orderId, to }, "order moved");
  // Paying took stock: the cached catalog and product pages still show the stock from before.
  if (to === "PAID") expireCatalogPages(tx);
  return { orderId, changed: true, status: to };
}

export function readOrderSnapshot(tx: Tx, orderId: string): Promise<OrderSnapshot | null> {
  return tx.order.findUnique({ where: { id: orderId }, select: { status: true, attempt: true } });
}
