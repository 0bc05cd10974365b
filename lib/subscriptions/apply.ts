import type { Tx } from "@/lib/db-types";
import type { CheckoutSession, Invoice, Subscription } from "@/lib/fintoc";
import { placeInvoiceOrder } from "@/lib/orders/place-invoice-order";
import { recordInvoice } from "./record-invoice";
import { recordSubscriptionFacts } from "./store";

// How Fintoc's reports move our subscriptions: the webhook, the return page and reconciliation
// all come through here. Any order and any number of times: a report only adds what we did not
// know yet (store.ts, record-invoice.ts), and each paid invoice becomes one order.

export type SubscriptionApplyResult =
  | { applied: true; subscriptionId: string; orderId: string | null }
  | { applied: false; reason: string };

// A subscription session (checkout_session.finished or .expired): finishing means the mandate
// was authorised, not that anything was charged, so the subscription is INCOMPLETE until its
// first invoice is paid.
export async function applySubscriptionSession(
  tx: Tx,
  session: CheckoutSession,
): Promise<SubscriptionApplyResult> {
  const rowId = session.storeSubscriptionId ?? (await rowOfSession(tx, session.id));
  if (!rowId) return { applied: false, reason: `no subscription for session ${session.id}` };
  const status =
    session.status === "finished" ? "INCOMPLETE" : session.status === "expired" ? "EXPIRED" : null;
  const before = await recordSubscriptionFacts(tx, rowId, {
    status,
    fintocSubscriptionId: session.status === "finished" ? session.subscriptionId : null,
    paymentMethodId: session.status === "finished" ? session.paymentMethodId : null,
  });
  if (!before) return { applied: false, reason: `no subscription ${rowId}` };
  return { applied: true, subscriptionId: rowId, orderId: null };
}

// A subscription as Fintoc has it now (after a cancel, or in reconciliation).
export async function applyFintocSubscription(
  tx: Tx,
  subscription: Subscription,
): Promise<SubscriptionApplyResult> {
  const rowId = await rowOf(tx, subscription.id, subscription.storeSubscriptionId);
  if (!rowId) return { applied: false, reason: `no subscription for ${subscription.id}` };
  await recordSubscriptionFacts(tx, rowId, {
    status: subscription.status,
    fintocSubscriptionId: subscription.id,
    paymentMethodId: subscription.paymentMethodId,
    billingCycleAnchor: subscription.billingCycleAnchor,
  });
  return { applied: true, subscriptionId: rowId, orderId: null };
}

// Any invoice.* event: the invoice is stored even before its subscription is known to us (it
// names Fintoc's sub_… and our row in its metadata); a paid one activates the subscription and
// becomes the period's order.
export async function applyInvoice(
  tx: Tx,
  invoice: Invoice,
  source: string,
): Promise<SubscriptionApplyResult> {
  const status = await recordInvoice(tx, invoice);
  const rowId = await rowOf(tx, invoice.subscriptionId, invoice.storeSubscriptionId);
  if (!rowId) return { applied: false, reason: `no subscription for ${invoice.subscriptionId}` };
  await recordSubscriptionFacts(tx, rowId, {
    fintocSubscriptionId: invoice.subscriptionId,
    status: status === "PAID" ? "ACTIVE" : null,
  });
  if (status !== "PAID") return { applied: true, subscriptionId: rowId, orderId: null };
  const buyer = await tx.subscription.findUniqueOrThrow({
    where: { id: rowId },
    select: {
      userId: true,
      user: { select: { email: true } },
      plan: {
        select: {
          items: {
            select: {
              productId: true,
              quantity: true,
              unitAmount: true,
              product: { select: { name: true } },
            },
          },
        },
      },
    },
  });
  const orderId = await placeInvoiceOrder(tx, {
    invoiceId: invoice.id,
    userId: buyer.userId,
    email: buyer.user.email,
    amount: invoice.total,
    lines: buyer.plan.items.map((item) => ({
      productId: item.productId,
      name: item.product.name,
      unitAmount: item.unitAmount,
      quantity: item.quantity,
    })),
    source,
  });
  return { applied: true, subscriptionId: rowId, orderId };
}

async function rowOfSession(tx: Tx, sessionId: string): Promise<string | null> {
  const row = await tx.subscription.findUnique({
    where: { checkoutSessionId: sessionId },
    select: { id: true },
  });
  return row?.id ?? null;
}

// Our row of a Fintoc subscription: by its sub_… once we know it, else by the id our session
// put in the metadata (an invoice's event may come before the session's).
async function rowOf(tx: Tx, fintocId: string, storeId: string | null): Promise<string | null> {
  const row = await tx.subscription.findFirst({
    where: { OR: [{ fintocSubscriptionId: fintocId }, ...(storeId ? [{ id: storeId }] : [])] },
    select: { id: true },
  });
  return row?.id ?? null;
}
