import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { REFUND_STEP_MS } from "@/emulator/domain/refunds";
import {
  createSession,
  startEmulator,
  startListener,
  type Listener,
  type TestEmulator,
  type Wire,
  WebhookSignature,
} from "./support";

const SECRET = "whsec_test_refunds_secret";
let emulator: TestEmulator;
let listener: Listener;

beforeEach(async () => {
  listener = await startListener();
  emulator = startEmulator({ webhookUrls: [listener.url], webhookSecret: SECRET });
});
afterEach(async () => {
  await emulator.close();
  await listener.close();
});

async function paidIntent(outcome = "succeeded", amount = 12990): Promise<string> {
  const session = await createSession(emulator, { amount });
  const finished = await emulator.control(
    "POST",
    `/_emulator/checkout_sessions/${session.id}/finish`,
    { outcome },
  );
  const body = await finished.json();
  return body.checkout_session.payment_resource.payment_intent.id as string;
}

async function refund(body: object, headers: Record<string, string> = {}) {
  const response = await emulator.api(
    "POST",
    "/v1/refunds",
    { resource_type: "payment_intent", ...body },
    headers,
  );
  return { status: response.status, body: (await response.json()) as Wire };
}

describe("the emulator's refunds (/v1/refunds)", () => {
  it("refunds part, then what is left by default, and never more than was paid", async () => {
    const intent = await paidIntent();
    const part = await refund({ resource_id: intent, amount: 2990, metadata: { order: "1" } });
    expect(part.status).toBe(201);
    expect(part.body).toMatchObject({
      object: "refund",
      amount: 2990,
      currency: "CLP",
      status: "pending",
      failure_code: null,
      resource_type: "payment_intent",
      resource_id: intent,
      mode: "test",
      metadata: { order: "1" },
    });
    const tooMuch = await refund({ resource_id: intent, amount: 10001 });
    expect(tooMuch.status).toBe(400);
    expect(tooMuch.body.error).toMatchObject({ code: "invalid_amount", param: "amount" });
    const rest = await refund({ resource_id: intent });
    expect(rest.body.amount).toBe(10000);
    const nothingLeft = await refund({ resource_id: intent });
    expect(nothingLeft.status).toBe(400);
    expect(nothingLeft.body.error.message).toContain("0 is left");
  });

  it("refuses what is not a succeeded payment of the key's mode, a recipient_account, bad params", async () => {
    const failed = await paidIntent("failed");
    expect((await refund({ resource_id: failed })).body.error.code).toBe("invalid_status");
    expect((await refund({ resource_id: "pi_nope" })).status).toBe(404);
    const intent = await paidIntent();
    const live = await emulator.api(
      "POST",
      "/v1/refunds",
      { resource_type: "payment_intent", resource_id: intent },
      { Authorization: "sk_live_emulator_tests" },
    );
    expect(live.status).toBe(404);
    const withAccount = await refund({ resource_id: intent, recipient_account: { number: "1" } });
    expect(withAccount.body.error.param).toBe("recipient_account");
    expect((await refund({ resource_id: intent, amount: 0 })).body.error.param).toBe("amount");
    expect((await refund({ resource_id: intent, amount: "5" })).status).toBe(400);
    const noType = await emulator.api("POST", "/v1/refunds", { resource_id: intent });
    expect((await noType.json()).error).toMatchObject({
      code: "missing_parameter",
      param: "resource_type",
    });
    expect((await refund({ resource_id: intent, resource_type: "charge" })).body.error.code).toBe(
      "invalid_enum",
    );
    expect(emulator.deps.store.refunds.size).toBe(0);
  });

  it("replays an Idempotency-Key instead of refunding twice", async () => {
    const intent = await paidIntent();
    const key = { "Idempotency-Key": "refund-1" };
    const first = await refund({ resource_id: intent, amount: 1000 }, key);
    const again = await refund({ resource_id: intent, amount: 1000 }, key);
    expect(again.body.id).toBe(first.body.id);
    expect(emulator.deps.store.refunds.size).toBe(1);
  });

  it("lists newest first, filtered by resource_id, retrieves, and cancels only a pending refund", async () => {
    const one = await paidIntent();
    const two = await paidIntent();
    const a = (await refund({ resource_id: one, amount: 100 })).body;
    const b = (await refund({ resource_id: two, amount: 200 })).body;
    const c = (await refund({ resource_id: one, amount: 300 })).body;
    const list = await (await emulator.api("GET", `/v1/refunds?resource_id=${one}`)).json();
    expect(list.map((r: Wire) => r.id)).toEqual([c.id, a.id]);
    const page = await emulator.api("GET", "/v1/refunds?limit=2");
    expect((await page.json()).map((r: Wire) => r.id)).toEqual([c.id, b.id]);
    expect(page.headers.get("link")).toContain(`starting_after=${b.id}`);
    expect((await (await emulator.api("GET", `/v1/refunds/${b.id}`)).json()).amount).toBe(200);
    expect((await emulator.api("GET", "/v1/refunds/re_nope")).status).toBe(404);

    const canceled = await emulator.api("POST", `/v1/refunds/${a.id}/cancel`);
    expect((await canceled.json()).status).toBe("canceled");
    // A canceled refund gives its amount back to what can be refunded.
    expect((await refund({ resource_id: one })).body.amount).toBe(12990 - 300);
    await emulator.control("POST", `/_emulator/refunds/${b.id}/settle`, { status: "in_progress" });
    const late = await emulator.api("POST", `/v1/refunds/${b.id}/cancel`);
    expect(late.status).toBe(400);
    expect((await late.json()).error.code).toBe("invalid_status");
  });

  it("emits signed refund.in_progress then refund.succeeded or refund.failed with its failure_code", async () => {
    const intent = await paidIntent();
    const ok = (await refund({ resource_id: intent, amount: 1000 })).body;
    const bad = (await refund({ resource_id: intent, amount: 2000 })).body;
    const settled = await emulator.control("POST", `/_emulator/refunds/${ok.id}/settle`, {});
    expect((await settled.json()).events.map((e: Wire) => e.type)).toEqual([
      "refund.in_progress",
      "refund.succeeded",
    ]);
    await emulator.control("POST", `/_emulator/refunds/${bad.id}/settle`, {
      status: "failed",
      failure_code: "fraud_risk",
    });
    const received = await listener.waitFor(6);
    const refundEvents = received.filter((r) => r.json.type.startsWith("refund."));
    expect(refundEvents.map((r) => [r.json.type, r.json.data.id])).toEqual([
      ["refund.in_progress", ok.id],
      ["refund.succeeded", ok.id],
      ["refund.in_progress", bad.id],
      ["refund.failed", bad.id],
    ]);
    for (const r of refundEvents) {
      expect(() =>
        WebhookSignature.verifyHeader(r.body, r.headers["fintoc-signature"] as string, SECRET),
      ).not.toThrow();
    }
    expect(refundEvents[3]?.json.data).toMatchObject({
      status: "failed",
      failure_code: "fraud_risk",
    });
    // A failed refund no longer counts against the payment.
    expect((await refund({ resource_id: intent })).body.amount).toBe(12990 - 1000);
    const again = await emulator.control("POST", `/_emulator/refunds/${ok.id}/settle`, {});
    expect(again.status).toBe(400);
  });

  it("moves refunds on along the emulated clock", async () => {
    const intent = await paidIntent();
    const r = (await refund({ resource_id: intent, amount: 500 })).body;
    const clock = (seconds: number) =>
      emulator.control("POST", "/_emulator/clock", { advance_seconds: seconds });
    await clock(REFUND_STEP_MS / 1000);
    expect(emulator.deps.store.refunds.get(r.id)?.status).toBe("in_progress");
    await clock(REFUND_STEP_MS / 1000);
    expect(emulator.deps.store.refunds.get(r.id)?.status).toBe("succeeded");
  });

  it("lists refunds on the dashboard, whose buttons move them on", async () => {
    const intent = await paidIntent();
    const r = (await refund({ resource_id: intent, amount: 700 })).body;
    const page = await (await emulator.control("GET", "/_emulator/dashboard")).text();
    expect(page).toContain("Reembolsos");
    expect(page).toContain(r.id);
    const pressed = await emulator.form("/_emulator/dashboard/refund", {
      id: r.id,
      status: "succeeded",
    });
    expect(pressed.status).toBe(303);
    expect(emulator.deps.store.refunds.get(r.id)?.status).toBe("succeeded");
  });
});
