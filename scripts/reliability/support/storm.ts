import type { PrismaClient } from "@/lib/generated/prisma/client";
import { emulator, type EmittedEvent } from "../emulator";
import { inParallel } from "./parallel";
import { placeOrders, type PlacedOrder, type PlacedStorm } from "./orders";
import { refundSome, type PlannedRefund } from "./refunds";
import { subscribeSome, type PlannedSubscription } from "./subscriptions";

// A storm: N orders paid (or not) through the emulator at once, their webhooks held back and then
// let go all together, every event twice, in shuffled order, many at a time. Pending transfers
// settle while the storm is under way; some paid orders are partly refunded before any event
// goes out, so refund.* events race the payments they refund; subscriptions are authorised too,
// so their invoice.* events race their sessions' (support/subscriptions.ts). A scenario can
// inject its fault in the middle.

export type DeliveryStyle =
  // Every held delivery is released twice, shuffled, 32 at a time.
  | "shuffled-twice"
  // Each event is sent to every endpoint at the same instant, while the held deliveries are
  // also released, shuffled (scale-out: both instances receive each event together).
  | "simultaneous-and-shuffled";

export interface StormOptions {
  db: PrismaClient;
  orders: number;
  label: string;
  storefrontPort: number;
  delivery: DeliveryStyle;
  // Started once the deliveries are let go; the storm waits for it before checking the end state.
  midStorm?: (progress: StormProgress) => Promise<void>;
  log: (line: string) => void;
}

export interface StormProgress {
  // Inbox rows written since the storm's deliveries started.
  inboxRows(): Promise<number>;
  // Events emitted so far (grows while pending transfers settle).
  eventsEmitted: number;
}

export interface StormRun extends PlacedStorm {
  events: EmittedEvent[];
  refunds: PlannedRefund[];
  subscriptions: PlannedSubscription[];
  converged: boolean;
}

type FinishResponse = {
  checkout_session: {
    payment_resource?: { payment_intent?: { id: string; amount: number } | null } | null;
  };
};

type Paid = { intentId: string; amount: number; pending: boolean };

async function payOrAbandon(order: PlacedOrder): Promise<Paid | null> {
  const { outcome, errorReason } = order.plan;
  if (outcome === "expired") {
    await emulator.expireSession(order.sessionId);
    return null;
  }
  const pending = outcome === "pending_then_succeeded" || outcome === "pending_then_failed";
  const body = pending
    ? { outcome: "pending" }
    : { outcome, ...(errorReason ? { error_reason: errorReason } : {}) };
  const response = (await emulator.finishSession(order.sessionId, body)) as FinishResponse;
  const intent = response.checkout_session.payment_resource?.payment_intent;
  return intent ? { intentId: intent.id, amount: intent.amount, pending } : null;
}

function settle(order: PlacedOrder, intentId: string) {
  return emulator.settlePaymentIntent(
    intentId,
    order.plan.outcome === "pending_then_succeeded" ? "succeeded" : "failed",
  );
}

function shuffled<T>(items: T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Quiet means every delivery has ended: succeeded, or given up after its retries. The inbox is
// watched first because it is cheap to count; the emulator's full delivery log only at the end.
async function waitUntilQuiet(
  progress: StormProgress,
  timeoutMs: number,
): Promise<{ events: EmittedEvent[]; quiet: boolean }> {
  const deadline = Date.now() + timeoutMs;
  while ((await progress.inboxRows()) < progress.eventsEmitted && Date.now() < deadline)
    await sleep(250);
  for (;;) {
    const events = await emulator.events();
    const busy = events.some((event) =>
      event.deliveries.some((d) => d.status !== "succeeded" && d.status !== "failed"),
    );
    if (!busy || Date.now() > deadline) return { events, quiet: !busy };
    await sleep(500);
  }
}

export async function runStorm(options: StormOptions): Promise<StormRun> {
  const { db, log } = options;
  const setUp = Date.now();
  const placed = await placeOrders(db, options.orders, options.label, options.storefrontPort);
  await emulator.holdDeliveries();
  const subscriptions = await subscribeSome(
    db,
    Math.ceil(options.orders / 10),
    `${options.label}-${placed.orders[0]?.id.slice(0, 8) ?? "none"}`,
    options.storefrontPort,
  );
  const intents = await inParallel(placed.orders, 16, payOrAbandon);
  const paid = placed.orders.flatMap((order, index) => {
    const intent = intents[index];
    return intent ? [{ order, ...intent }] : [];
  });
  const pending = paid.filter((payment) => payment.pending);
  const refunds = await refundSome(
    paid.filter((payment) => !payment.pending && payment.order.plan.outcome === "succeeded"),
  );
  // Half the pending transfers settle before any webhook goes out (so the settlement can overtake
  // the "pending" news), the other half while the storm is under way.
  const early = pending.filter((_, index) => index % 2 === 0);
  const late = pending.filter((_, index) => index % 2 === 1);
  await inParallel(early, 16, ({ order, intentId }) => settle(order, intentId));
  const held = await emulator.events();
  const setUpSeconds = ((Date.now() - setUp) / 1000).toFixed(1);
  log(
    `${placed.orders.length} orders placed and paid, ${subscriptions.length} subscriptions authorised, on Fintoc's side in ${setUpSeconds} s; ${held.length} events held back`,
  );

  const started = new Date();
  const progress: StormProgress = {
    inboxRows: () => db.webhookEvent.count({ where: { receivedAt: { gte: started } } }),
    eventsEmitted: held.length,
  };
  const fault = options.midStorm?.(progress) ?? Promise.resolve();
  if (options.delivery === "shuffled-twice") {
    await emulator.releaseDeliveries({ order: "shuffle", times: 2 });
  } else {
    await emulator.releaseDeliveries({ order: "shuffle", times: 1 });
    await inParallel(shuffled(held), 8, (event) =>
      emulator.deliverEvent(event.id, { times: 1, concurrently: true }),
    );
  }
  await emulator.updateSettings({ duplicate_deliveries: true });
  await inParallel(late, 16, ({ order, intentId }) => settle(order, intentId));
  progress.eventsEmitted += late.length;
  await fault;

  const { events, quiet } = await waitUntilQuiet(progress, 240_000);
  const deliveries = events.reduce((sum, event) => sum + event.deliveries.length, 0);
  const seconds = ((Date.now() - started.getTime()) / 1000).toFixed(1);
  log(
    `${events.length} events, ${deliveries} deliveries, ${quiet ? "all ended" : "some still pending"} after ${seconds} s`,
  );
  return { ...placed, events, refunds, subscriptions, converged: quiet };
}
