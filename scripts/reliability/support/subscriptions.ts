import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { emulator } from "../emulator";
import { inParallel } from "./parallel";
import { storefrontUrl } from "../config";

// Subscriptions in a storm: every tenth order's worth, subscribed as the storefront's subscribe
// action leaves them (our row, then a `flow: subscription` session at the emulator naming it in
// the metadata) and authorised on Fintoc's side while the webhooks are held. One in three has
// its first charge refused by the bank, so invoice.payment_failed and payment_intent.failed race
// the session's event; the others send the whole first cycle (checkout_session.finished,
// invoice.created, .finalized, .payment_succeeded, .paid, payment_intent.succeeded and the PAC
// mandate's payment_method.activated). Their events are let go with the payments', shuffled.

export interface PlannedSubscription {
  id: string;
  userId: string;
  charged: boolean;
  // The storm's own plan and product, so the stock its orders take is the storm's to count.
  productId: string;
}

const STOCK = 1_000_000;
const PRICE = 9990;
const QUANTITY = 2;

// A plan of the storm's own: a product with plenty of stock, two of it a month.
async function stormPlan(db: PrismaClient, run: string) {
  const product = await db.product.create({
    data: {
      slug: `reliability-plan-${run}`,
      name: `Caja de prueba (${run})`,
      description: "Creada por la suite de confiabilidad",
      category: "Pruebas",
      price: PRICE,
      imagePath: "/products/cafe-de-grano-tostado.svg",
      stock: STOCK,
    },
  });
  const plan = await db.subscriptionPlan.create({
    data: {
      slug: `reliability-${run}`,
      name: `Caja de prueba (${run})`,
      summary: "Suite de confiabilidad",
      description: "Suite de confiabilidad",
      price: PRICE * QUANTITY,
      imagePath: product.imagePath,
      items: { create: [{ productId: product.id, quantity: QUANTITY, unitAmount: PRICE }] },
    },
  });
  return { plan, productId: product.id };
}

export async function subscribeSome(
  db: PrismaClient,
  count: number,
  run: string,
  storefrontPort: number,
): Promise<PlannedSubscription[]> {
  if (count === 0) return [];
  const { plan, productId } = await stormPlan(db, run);
  const planned = Array.from({ length: count }, (_, index) => ({
    id: randomUUID(),
    userId: randomUUID(),
    charged: index % 3 !== 2,
    productId,
  }));
  await db.user.createMany({
    data: planned.map((sub, index) => ({
      id: sub.userId,
      email: `suscriptor-${index}@${run}.example.cl`,
      name: "Suscriptor de prueba",
      passwordHash: "not-a-password",
    })),
  });
  const appUrl = storefrontUrl(storefrontPort);
  const sessions = await inParallel(planned, 16, (sub, index) =>
    emulator.createCheckoutSession(
      {
        flow: "subscription",
        currency: "CLP",
        amount: plan.price,
        line_items: [
          {
            quantity: 1,
            price_data: {
              currency: "CLP",
              unit_amount: plan.price,
              product_data: { name: plan.name },
              recurring: { interval: "month", interval_count: plan.intervalMonths },
            },
          },
        ],
        customer_data: { email: `suscriptor-${index}@${run}.example.cl`, name: "Suscriptor" },
        payment_method_types: ["pac"],
        metadata: { store_subscription_id: sub.id },
        success_url: `${appUrl}/account/subscriptions?resultado=autorizada`,
        cancel_url: `${appUrl}/suscripciones/${plan.slug}`,
      },
      `subscription-${sub.id}`,
    ),
  );
  await db.subscription.createMany({
    data: planned.map((sub, index) => {
      const session = sessions[index] as unknown as {
        id: string;
        redirect_url: string;
        customer: unknown;
      };
      const customer = session.customer as { id?: string } | string | null;
      return {
        id: sub.id,
        userId: sub.userId,
        planId: plan.id,
        amount: plan.price,
        subscribeToken: randomUUID(),
        fintocCustomerId: typeof customer === "string" ? customer : (customer?.id ?? ""),
        checkoutSessionId: session.id,
        redirectUrl: session.redirect_url,
      };
    }),
  });
  // Refused ones first, under the switch, then the rest with the bank paying again.
  for (const charged of [false, true]) {
    await emulator.updateSettings({ invoice_charges: charged ? "succeeded" : "failed" });
    const group = planned.flatMap((sub, index) =>
      sub.charged === charged ? [(sessions[index] as { id: string }).id] : [],
    );
    await inParallel(group, 16, (id) => emulator.finishSession(id, { outcome: "succeeded" }));
  }
  return planned;
}

// Each subscription where its first cycle leaves it: one paid invoice and exactly one paid
// order (its plan's lines, its stock taken once) when charged; an open invoice with its refused attempt, INCOMPLETE,
// and no order when not. The PAC mandate is never a saved one-click account.
export async function verifySubscriptions(db: PrismaClient, planned: PlannedSubscription[]) {
  const rows = await db.subscription.findMany({
    where: { id: { in: planned.map((sub) => sub.id) } },
    select: { id: true, status: true, fintocSubscriptionId: true, paymentMethodId: true },
  });
  const invoices = await db.subscriptionInvoice.findMany({
    where: { fintocSubscriptionId: { in: rows.flatMap((row) => row.fintocSubscriptionId ?? []) } },
    select: { id: true, fintocSubscriptionId: true, status: true, failedAttempts: true },
  });
  const orders = await db.order.findMany({
    where: { userId: { in: planned.map((sub) => sub.userId) } },
    select: { userId: true, status: true, subscriptionInvoiceId: true },
  });
  const savedAccounts = await db.paymentMethod.count({
    where: { userId: { in: planned.map((sub) => sub.userId) } },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const problems: string[] = [];
  let lost = 0;
  let duplicated = 0;
  for (const want of planned) {
    const row = byId.get(want.id);
    const own = invoices.filter((i) => row && i.fintocSubscriptionId === row.fintocSubscriptionId);
    const ordersOf = orders.filter((order) => order.userId === want.userId);
    const wantStatus = want.charged ? "ACTIVE" : "INCOMPLETE";
    const shortfalls = [
      row?.status !== wantStatus && `status ${row?.status} instead of ${wantStatus}`,
      !row?.paymentMethodId && "no mandate",
      own.length !== 1 && `${own.length} invoices`,
      want.charged && own[0]?.status !== "PAID" && `invoice ${own[0]?.status}`,
      !want.charged &&
        (own[0]?.status !== "OPEN" || own[0].failedAttempts !== 1) &&
        `invoice ${own[0]?.status} with ${own[0]?.failedAttempts} refused attempts`,
      want.charged && ordersOf.length === 0 && "no order for its paid invoice",
      want.charged &&
        ordersOf.some(
          (order) => order.status !== "PAID" || order.subscriptionInvoiceId !== own[0]?.id,
        ) &&
        "its order is not the paid invoice's",
    ].filter((problem): problem is string => typeof problem === "string");
    const excesses = [
      ordersOf.length > (want.charged ? 1 : 0) && `${ordersOf.length} orders`,
    ].filter((problem): problem is string => typeof problem === "string");
    if (shortfalls.length) lost++;
    if (excesses.length) duplicated++;
    for (const problem of [...shortfalls, ...excesses])
      problems.push(
        `subscription ${want.id} (${want.charged ? "charged" : "refused"}): ${problem}`,
      );
  }
  // Each paid first invoice took its box out of stock once.
  const productId = planned[0]?.productId;
  if (productId) {
    const { stock } = await db.product.findUniqueOrThrow({ where: { id: productId } });
    const want = STOCK - QUANTITY * planned.filter((sub) => sub.charged).length;
    if (stock < want) duplicated++;
    if (stock > want) lost++;
    if (stock !== want) problems.push(`the storm's plan product: stock ${stock}, expected ${want}`);
  }
  if (savedAccounts > 0) {
    duplicated++;
    problems.push(`${savedAccounts} PAC mandates became saved one-click accounts`);
  }
  return { lost, duplicated, problems };
}
