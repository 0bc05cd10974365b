import { randomUUID } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { startFintocEmulator } from "../payment-methods/fintoc-emulator";
import { deliverEvents, paidOrder as paidOrderThrough } from "./paid-order";
import { session } from "../support/session-double";

// The console's "Reembolsar", against the real emulator: our row, Fintoc's refund, its
// webhooks, and what the order then says.

const fintoc = await startFintocEmulator();
afterAll(() => fintoc.close());

vi.mock("@/lib/auth/session", () => import("../support/session-double"));
vi.mock("next/cache", () => ({ refresh: vi.fn() }));
vi.mock("next/headers", async () => ({
  headers: async () => (await import("../support/request-scope")).requestHeaders(),
}));

const { refundOrder, cancelOrderRefund } = await import("@/app/admin/actions");
const { adminOnlyMessage } = await import("@/lib/admin/admin-action");
const { refundSummaryOf } = await import("@/lib/refunds/queries");
const { reconcileOpenRefunds } = await import("@/lib/refunds/reconcile-refunds");
const { fintoc: fintocClient, FintocUnavailableError } = await import("@/lib/fintoc");

const admin: SessionUser = { id: "u_admin", email: "a@tienda.cl", name: "Admin", role: "ADMIN" };
const shopper: SessionUser = { id: "u_ana", email: "ana@x.cl", name: "Ana", role: "SHOPPER" };

beforeEach(() => {
  session.user = admin;
});

const deliver = (events: { id: string }[]) => deliverEvents(fintoc, events);
const paidOrder = () => paidOrderThrough(fintoc);

function refundForm(orderId: string, fields: Record<string, string>, token = randomUUID()) {
  const data = new FormData();
  const all = { orderId, requestToken: token, reason: "Producto agotado", confirmed: "yes" };
  for (const [name, value] of Object.entries({ ...all, ...fields })) data.append(name, value);
  return data;
}

const refundsPosted = () => fintoc.requests.filter((r) => r === "POST /v1/refunds").length;
const summary = (order: { id: string; amount: number }) =>
  refundSummaryOf({ id: order.id, amount: order.amount, paid: true });

async function settle(refundId: string, status: string, failure_code?: string) {
  const answer = await fintoc.control(`/refunds/${refundId}/settle`, { status, failure_code });
  await deliver(answer.events);
}

describe("refunding from the console", () => {
  it("refunds part, then the rest; the order says so with the amounts", async () => {
    const { order } = await paidOrder();
    const part = await refundOrder(null, refundForm(order.id, { scope: "part", amount: "$3.000" }));
    expect(part).toMatchObject({ ok: true, data: { amount: 3000, status: "PENDING" } });
    const row = await db.refund.findFirstOrThrow({ where: { orderId: order.id } });
    expect(row.fintocRefundId).toMatch(/^re_/);
    const wire = fintoc.emulator.deps.store.refunds.get(row.fintocRefundId!);
    expect(wire).toMatchObject({ amount: 3000, metadata: { refund_id: row.id } });
    await settle(row.fintocRefundId!, "succeeded");
    expect(await summary(order)).toMatchObject({
      state: "PARTIAL",
      refunded: 3000,
      refundable: 7000,
    });

    const rest = await refundOrder(null, refundForm(order.id, { scope: "all" }));
    expect(rest).toMatchObject({ ok: true, data: { amount: 7000 } });
    const second = await db.refund.findFirstOrThrow({
      where: { orderId: order.id, amount: 7000 },
    });
    await settle(second.fintocRefundId!, "succeeded");
    expect(await summary(order)).toMatchObject({ state: "FULL", refunded: 10000, refundable: 0 });
    const more = await refundOrder(null, refundForm(order.id, { scope: "all" }));
    expect(more).toMatchObject({
      ok: false,
      error: "Este pedido ya fue reembolsado por completo.",
    });
  });

  it("refuses more than what is left before calling Fintoc, and bad input with a clear message", async () => {
    const { order } = await paidOrder();
    const before = refundsPosted();
    const tooMuch = await refundOrder(
      null,
      refundForm(order.id, { scope: "part", amount: "10001" }),
    );
    expect(tooMuch).toMatchObject({
      ok: false,
      error: "Puedes reembolsar como máximo $10.000.",
      fieldErrors: { amount: ["Puedes reembolsar como máximo $10.000."] },
    });
    const decimals = await refundOrder(
      null,
      refundForm(order.id, { scope: "part", amount: "10,5" }),
    );
    expect(decimals).toMatchObject({ ok: false, fieldErrors: { amount: [expect.any(String)] } });
    const unconfirmed = await refundOrder(
      null,
      refundForm(order.id, { scope: "all", confirmed: "" }),
    );
    expect(unconfirmed).toMatchObject({
      ok: false,
      fieldErrors: { confirmed: [expect.any(String)] },
    });
    expect(refundsPosted()).toBe(before);
    expect(await db.refund.count({ where: { orderId: order.id } })).toBe(0);
  });

  it("a double submit is one refund; concurrent requests for everything refund it once", async () => {
    const { order } = await paidOrder();
    const token = randomUUID();
    const twice = await Promise.all(
      Array.from({ length: 5 }, () =>
        refundOrder(null, refundForm(order.id, { scope: "part", amount: "1000" }, token)),
      ),
    );
    expect(twice.every((result) => result.ok)).toBe(true);
    expect(await db.refund.count({ where: { orderId: order.id } })).toBe(1);
    // Another transaction holds the order's row while ten requests for everything start, so
    // they all reach the database together when it lets go.
    let racers: Promise<Awaited<ReturnType<typeof refundOrder>>[]> = Promise.resolve([]);
    await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Order" WHERE id = ${order.id} FOR UPDATE`;
      racers = Promise.all(
        Array.from({ length: 10 }, () => refundOrder(null, refundForm(order.id, { scope: "all" }))),
      );
      await new Promise((resolve) => setTimeout(resolve, 500));
    });
    const racing = await racers;
    expect(racing.filter((result) => result.ok)).toHaveLength(1);
    const rows = await db.refund.findMany({ where: { orderId: order.id } });
    // The losers were refused by our own check, under the order's lock: no row was written
    // for them, and Fintoc was never asked (it would have refused, leaving FAILED rows).
    expect(rows).toHaveLength(2);
    expect(rows.reduce((sum, row) => sum + row.amount, 0)).toBe(10000);
    const atFintoc = [...fintoc.emulator.deps.store.refunds.values()].filter(
      (refund) => refund.metadata.order_id === order.id,
    );
    expect(atFintoc.reduce((sum, refund) => sum + refund.amount, 0)).toBe(10000);
  });

  it("a failed refund shows Fintoc's reason and frees its amount; a pending one can be canceled", async () => {
    const { order } = await paidOrder();
    await refundOrder(null, refundForm(order.id, { scope: "part", amount: "4000" }));
    const row = await db.refund.findFirstOrThrow({ where: { orderId: order.id } });
    await settle(row.fintocRefundId!, "failed", "insufficient_funds");
    expect(await db.refund.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      status: "FAILED",
      failureCode: "insufficient_funds",
    });
    expect((await summary(order)).refundable).toBe(10000);

    await refundOrder(null, refundForm(order.id, { scope: "part", amount: "2000" }));
    const pending = await db.refund.findFirstOrThrow({
      where: { orderId: order.id, status: "PENDING" },
    });
    const canceled = await cancelOrderRefund(null, refundForm(order.id, { refundId: pending.id }));
    expect(canceled.ok).toBe(true);
    expect((await db.refund.findUniqueOrThrow({ where: { id: pending.id } })).status).toBe(
      "CANCELED",
    );
    const again = await cancelOrderRefund(null, refundForm(order.id, { refundId: pending.id }));
    expect(again).toMatchObject({
      ok: false,
      error: "Solo se puede cancelar un reembolso pendiente.",
    });
  });

  it("puts the units back in stock once, when asked", async () => {
    const { order, product } = await paidOrder();
    const stockPaid = (await db.product.findUniqueOrThrow({ where: { id: product.id } })).stock;
    await refundOrder(null, refundForm(order.id, { scope: "part", amount: "100", restock: "on" }));
    const row = await db.refund.findFirstOrThrow({ where: { orderId: order.id } });
    await settle(row.fintocRefundId!, "succeeded");
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(
      stockPaid + 2,
    );
    const twice = await refundOrder(
      null,
      refundForm(order.id, { scope: "part", amount: "100", restock: "on" }),
    );
    expect(twice).toMatchObject({ ok: false, fieldErrors: { restock: [expect.any(String)] } });
  });

  it("reconciliation settles refunds whose webhooks never came", async () => {
    const { order } = await paidOrder();
    await refundOrder(null, refundForm(order.id, { scope: "part", amount: "1500" }));
    const row = await db.refund.findFirstOrThrow({ where: { orderId: order.id } });
    await fintoc.control(`/refunds/${row.fintocRefundId}/settle`, { status: "succeeded" });
    const report = await reconcileOpenRefunds({ olderThanMs: 0 });
    // Other test files' open refunds share the database but were made at their own emulators,
    // which this one does not know: they fail here, and only this file's own must go through.
    expect(report.failed.filter((failure) => failure.refundId === row.id)).toEqual([]);
    expect((await db.refund.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("SUCCEEDED");
  });

  it("an answer lost on the way leaves the row requested; reconciliation asks again with the same key and gets the same refund", async () => {
    const { order } = await paidOrder();
    const client = fintocClient();
    const create = client.createRefund.bind(client);
    const lost = vi.spyOn(client, "createRefund").mockImplementationOnce(async (...args) => {
      await create(...args);
      throw new FintocUnavailableError("timeout");
    });
    const result = await refundOrder(null, refundForm(order.id, { scope: "part", amount: "2500" }));
    expect(result).toMatchObject({
      ok: false,
      error: expect.stringContaining("Fintoc no respondió"),
    });
    const row = await db.refund.findFirstOrThrow({ where: { orderId: order.id } });
    expect(row.status).toBe("REQUESTED");
    lost.mockRestore();
    await reconcileOpenRefunds({ olderThanMs: 0 });
    expect(await db.refund.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      status: "PENDING",
      fintocRefundId: expect.stringMatching(/^re_/),
    });
    const atFintoc = [...fintoc.emulator.deps.store.refunds.values()].filter(
      (refund) => refund.metadata.order_id === order.id,
    );
    expect(atFintoc).toHaveLength(1);
  });

  it("a shopper posting the console's form gets nothing", async () => {
    const { order } = await paidOrder();
    session.user = shopper;
    const before = refundsPosted();
    const result = await refundOrder(null, refundForm(order.id, { scope: "all" }));
    expect(result).toMatchObject({ ok: false, error: adminOnlyMessage });
    expect(refundsPosted()).toBe(before);
    expect(await db.refund.count({ where: { orderId: order.id } })).toBe(0);
    session.user = null;
    expect((await refundOrder(null, refundForm(order.id, { scope: "all" }))).ok).toBe(false);
  });
});
