import type { TestEmulator, Wire } from "./support";

// A monthly plan as Fintoc's recurring-payments guide sends it.
export const plan = (unitAmount = 15000, intervalCount = 1, name = "Café del mes") => ({
  quantity: 1,
  price_data: {
    currency: "CLP",
    unit_amount: unitAmount,
    product_data: { name },
    recurring: { interval: "month", interval_count: intervalCount },
  },
});

export const subscriptionParams = {
  flow: "subscription",
  amount: 15000,
  currency: "CLP",
  success_url: "https://shop.test/suscripciones/1",
  cancel_url: "https://shop.test/planes/cafe",
  payment_method_types: ["pac"],
  customer_data: { email: "ana@example.com", name: "Ana Pérez" },
  line_items: [plan()],
  metadata: { subscription_id: "sub-row-1" },
};

export async function createSubscriptionSession(
  emulator: TestEmulator,
  params: object = {},
): Promise<{ status: number; body: Wire }> {
  const response = await emulator.api("POST", "/v2/checkout_sessions", {
    ...subscriptionParams,
    ...params,
  });
  return { status: response.status, body: (await response.json()) as Wire };
}

// A subscription session finished through the control plane: the answer's session and events.
export async function subscribe(
  emulator: TestEmulator,
  params: object = {},
  finish: object = {},
): Promise<{ session: Wire; events: Array<{ id: string; type: string }> }> {
  const created = await createSubscriptionSession(emulator, params);
  if (created.status !== 201) throw new Error(JSON.stringify(created.body));
  const response = await emulator.control(
    "POST",
    `/_emulator/checkout_sessions/${created.body.id}/finish`,
    finish,
  );
  const body = await response.json();
  if (response.status !== 200) throw new Error(JSON.stringify(body));
  return { session: body.checkout_session, events: body.events };
}

export async function advance(emulator: TestEmulator, seconds: number) {
  const response = await emulator.control("POST", "/_emulator/clock", {
    advance_seconds: seconds,
  });
  return (await response.json()).events as Array<{ id: string; type: string }>;
}

export const DAY = 24 * 60 * 60;
