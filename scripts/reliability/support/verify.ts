import type { PrismaClient } from "@/lib/generated/prisma/client";
import { MAIL_INBOX_URL } from "../config";
import { verifyEmails, type ExpectedEmail } from "./emails";
import { expectedOrder } from "./payment-mix";
import { verifyRefunds } from "./refunds";
import { verifySubscriptions } from "./subscriptions";
import type { StormRun } from "./storm";

// After a storm: is every order exactly where its payment says it should be, did each effect of a
// payment happen once (stock, cart, notification, history), and does the inbox hold every event
// Fintoc sent, once? "Lost" counts orders short of their state or of an effect, and events missing
// from the inbox; "duplicated" counts orders with an effect applied more than once. Each refund
// of the storm must be stored once with its final status.

export interface Verdict {
  lost: number;
  duplicated: number;
  problems: string[];
  notes: string[];
}

export async function verifyStorm(db: PrismaClient, run: StormRun): Promise<Verdict> {
  const orderIds = run.orders.map((order) => order.id);
  const [orders, history, notifications, cartItems, sessions, products, inbox] = await Promise.all([
    db.order.findMany({
      where: { id: { in: orderIds } },
      select: { id: true, status: true, failureReason: true, paidAt: true },
    }),
    db.orderStatusChange.findMany({
      where: { orderId: { in: orderIds } },
      select: { orderId: true, toStatus: true },
    }),
    // The payment's effect: its confirmation (support/emails.ts checks every email).
    db.notification.groupBy({
      by: ["orderId"],
      where: { orderId: { in: orderIds }, kind: "order_paid" },
      _count: true,
    }),
    db.cartItem.groupBy({
      by: ["cartId"],
      where: { cartId: { in: run.orders.map((order) => order.cartId) } },
      _count: true,
    }),
    db.checkoutSession.findMany({
      where: { orderId: { in: orderIds } },
      select: { orderId: true, status: true, paymentIntentStatus: true },
    }),
    db.product.findMany({
      where: { id: { in: [...run.stockBefore.keys()] } },
      select: { id: true, stock: true },
    }),
    db.webhookEvent.findMany({
      where: { id: { in: run.events.map((event) => event.id) } },
      select: { id: true, outcome: true, error: true },
    }),
  ]);
  const byId = new Map(orders.map((order) => [order.id, order]));
  const changes = groupBy(history, (change) => change.orderId);
  const notified = new Map(notifications.map((row) => [row.orderId ?? "", row._count]));
  const inCart = new Map(cartItems.map((row) => [row.cartId, row._count]));
  const sessionOf = new Map(sessions.map((session) => [session.orderId, session]));

  const problems: string[] = [];
  let lost = 0;
  let duplicated = 0;
  const expectedStock = new Map(run.stockBefore);
  for (const placed of run.orders) {
    const want = expectedOrder(placed.plan);
    const order = byId.get(placed.id);
    const toStatuses = (changes.get(placed.id) ?? []).map((change) => change.toStatus);
    const paid = want.status === "PAID";
    if (paid)
      for (const item of placed.items)
        expectedStock.set(item.productId, (expectedStock.get(item.productId) ?? 0) - item.quantity);
    const session = sessionOf.get(placed.id);
    const shortfalls = [
      order?.status !== want.status && `status ${order?.status} instead of ${want.status}`,
      order?.failureReason !== want.failureReason &&
        `failureReason ${order?.failureReason} instead of ${want.failureReason}`,
      paid && !order?.paidAt && "no paidAt",
      !toStatuses.includes(want.status) && `no ${want.status} in its history`,
      paid && !notified.get(placed.id) && "no notification",
      paid && inCart.get(placed.cartId) && "cart not emptied",
      !paid &&
        inCart.get(placed.cartId) !== placed.items.length &&
        "cart emptied without a payment",
      session?.status !== want.sessionStatus &&
        `session ${session?.status} instead of ${want.sessionStatus}`,
      session?.paymentIntentStatus !== want.intentStatus &&
        `payment intent ${session?.paymentIntentStatus} instead of ${want.intentStatus}`,
    ].filter((problem): problem is string => typeof problem === "string");
    const excesses = [
      toStatuses.length > 2 && `history ${toStatuses.join(" → ")}`,
      (notified.get(placed.id) ?? 0) > 1 && `${notified.get(placed.id)} notifications`,
    ].filter((problem): problem is string => typeof problem === "string");
    if (shortfalls.length) lost++;
    if (excesses.length) duplicated++;
    for (const problem of [...shortfalls, ...excesses])
      problems.push(`order ${placed.id} (${placed.plan.outcome}): ${problem}`);
  }

  for (const product of products) {
    const want = expectedStock.get(product.id) ?? 0;
    if (product.stock < want) duplicated++;
    if (product.stock > want) lost++;
    if (product.stock !== want)
      problems.push(`product ${product.id}: stock ${product.stock}, expected ${want}`);
  }

  const stored = new Map(inbox.map((row) => [row.id, row]));
  for (const event of run.events) {
    const row = stored.get(event.id);
    if (!row) {
      lost++;
      problems.push(`event ${event.id} (${event.type}) is not in the inbox`);
    } else if (row.outcome !== "APPLIED" && row.outcome !== "IGNORED") {
      lost++;
      problems.push(
        `event ${event.id} (${event.type}) stored with outcome ${row.outcome}: ${row.error}`,
      );
    }
  }
  const refunds = await verifyRefunds(db, run.refunds);
  lost += refunds.lost;
  problems.push(...refunds.problems);
  const subscriptions = await verifySubscriptions(db, run.subscriptions);
  lost += subscriptions.lost;
  duplicated += subscriptions.duplicated;
  problems.push(...subscriptions.problems);
  if (!run.converged) problems.push("deliveries were still pending when the wait ended");
  const emails = await verifyEmails(db, run.orders.map(expectedEmail), MAIL_INBOX_URL);
  return {
    lost: lost + emails.lost,
    duplicated: duplicated + emails.duplicated,
    problems: [...problems, ...emails.problems],
    notes: emails.notes,
  };
}

// Each order of a storm has one attempt, so one email: its confirmation, or the email about
// that attempt's failure (with Fintoc's reason) or expiry.
function expectedEmail(placed: StormRun["orders"][number]): ExpectedEmail {
  const want = expectedOrder(placed.plan);
  if (want.status === "PAID")
    return { orderId: placed.id, kind: "order_paid", causeId: placed.id, errorReason: null };
  return {
    orderId: placed.id,
    kind: want.status === "FAILED" ? "payment_failed" : "session_expired",
    causeId: placed.sessionId,
    errorReason: want.failureReason,
  };
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
