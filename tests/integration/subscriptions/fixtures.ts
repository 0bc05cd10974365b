import { db } from "@/lib/db";
import type { FintocEmulator, Wire } from "../payment-methods/fintoc-emulator";
import { postWebhook } from "../support/webhook-request";

// The subscription journey at the real emulator, without a browser: what the hosted page's
// "authorise" does, and the events it emits, fetched as Fintoc would send them.

export const coffeePlan = "caja-mensual-de-cafe";

// The shopper authorises the PAC mandate; returns the events in the order Fintoc emitted them
// (not yet delivered) and the finished session.
export async function finishSubscription(
  fintoc: FintocEmulator,
  sessionId: string,
): Promise<{ events: string[]; session: Wire }> {
  const finished = await fintoc.control(`/checkout_sessions/${sessionId}/finish`, {
    outcome: "succeeded",
  });
  const events = await Promise.all(
    (finished.events as { id: string }[]).map(async ({ id }) =>
      JSON.stringify((await fintoc.api("GET", `/v2/events/${id}`)).body),
    ),
  );
  return { events, session: finished.checkout_session };
}

// The emulated clock moved forward: the events of the renewals that fell due.
export async function advanceClock(fintoc: FintocEmulator, seconds: number): Promise<string[]> {
  const moved = await fintoc.control("/clock", { advance_seconds: seconds });
  return Promise.all(
    (moved.events as { id: string }[]).map(async ({ id }) =>
      JSON.stringify((await fintoc.api("GET", `/v2/events/${id}`)).body),
    ),
  );
}

export async function deliver(events: string[]): Promise<void> {
  for (const event of events) {
    const { status } = await postWebhook(event);
    if (status !== 200) throw new Error(`webhook answered ${status}: ${event.slice(0, 120)}`);
  }
}

export const typeOf = (event: string) => (JSON.parse(event) as { type: string }).type;

// What our database holds of a user's subscriptions, their invoices and orders.
export async function subscriptionState(userId: string) {
  const subscriptions = await db.subscription.findMany({
    where: { userId },
    select: {
      id: true,
      status: true,
      fintocSubscriptionId: true,
      paymentMethodId: true,
      checkoutSessionId: true,
    },
  });
  const invoices = await db.subscriptionInvoice.findMany({
    where: {
      fintocSubscriptionId: { in: subscriptions.flatMap((row) => row.fintocSubscriptionId ?? []) },
    },
    select: { id: true, status: true, total: true, failedAttempts: true },
    orderBy: { periodStart: "asc" },
  });
  const orders = await db.order.findMany({
    where: { userId },
    select: {
      status: true,
      amount: true,
      subscriptionInvoiceId: true,
      items: { select: { name: true, quantity: true, unitAmount: true } },
      history: { select: { toStatus: true }, orderBy: { createdAt: "asc" } },
    },
    orderBy: { createdAt: "asc" },
  });
  const savedAccounts = await db.paymentMethod.count({ where: { userId } });
  return { subscriptions, invoices, orders, savedAccounts };
}
