import { expect } from "@playwright/test";
import { emulatorClient, type FinishOptions } from "@/emulator/control/client";

// The Fintoc emulator's control plane, for what a test must arrange that a shopper cannot:
// holding webhooks back, finishing a session without a browser, moving time.

const emulatorUrl = process.env.E2E_EMULATOR_URL ?? "http://localhost:4110";
const emulator = emulatorClient({ baseUrl: emulatorUrl });

export const holdDeliveries = () => emulator.holdDeliveries();
export const releaseDeliveries = () => emulator.releaseDeliveries();

export const finishSession = (sessionId: string, body: FinishOptions) =>
  emulator.finishSession(sessionId, body);

export const expireSessionNow = (sessionId: string) => emulator.expireSession(sessionId);

// The session's own events, its payment intent's and those of the payment method it saved.
export const eventsOfSession = (sessionId: string) =>
  emulator.events({ checkoutSession: sessionId });

// Waits until each named event of the session has been delivered to the storefront (a 2xx).
export async function expectEventsDelivered(sessionId: string, types: string[]) {
  await expect
    .poll(
      async () => {
        const events = await eventsOfSession(sessionId);
        return types.filter(
          (type) =>
            !events.some(
              (event) =>
                event.type === type && event.deliveries.some((d) => d.status === "succeeded"),
            ),
        );
      },
      { timeout: 15_000, message: `events of ${sessionId} not delivered` },
    )
    .toEqual([]);
}

export function sessionIdFromUrl(url: string): string {
  const match = /\/checkout\/(cs_[A-Za-z0-9_]+)/.exec(url);
  if (!match?.[1]) throw new Error(`not a hosted checkout URL: ${url}`);
  return match[1];
}

export { emulatorUrl };

export const settlePaymentIntent = (paymentIntentId: string, status: "succeeded" | "failed") =>
  emulator.settlePaymentIntent(paymentIntentId, status);

// What the bank does to a refund: start it, pay it out, or fail it.
export const settleRefund = (refundId: string, status: "succeeded" | "failed" = "succeeded") =>
  emulator.settleRefund(refundId, status);

// Moves the emulated clock on: subscriptions renew (their invoices and charges) as time passes.
export const advanceEmulatorClock = (seconds: number) => emulator.advanceClock(seconds);

// The invoices Fintoc made for one of our subscriptions (its row id rides in their metadata).
export async function invoicesCreatedFor(subscriptionRowId: string): Promise<number> {
  const created = await emulator.events({ type: "invoice.created" });
  return created.filter((event) => event.data.metadata?.store_subscription_id === subscriptionRowId)
    .length;
}

// What the bank answers to the next subscription charges (until switched back).
export const setInvoiceCharges = (outcome: "succeeded" | "failed" | "pending") =>
  emulator.updateSettings({ invoice_charges: outcome });
