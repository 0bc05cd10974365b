import { EMULATOR_URL, SECRETS } from "./config";

// The emulator over HTTP, as the suite uses it: Fintoc's API for creating Checkout Sessions
// (what the storefront's checkout does), and the control plane (/_emulator/…) for what a shopper
// and a bank would do, and for the deliveries' fault switches.

export interface DeliveryAttempt {
  status: number | null;
  error: string | null;
  latency_ms: number;
}

export interface Delivery {
  id: string;
  endpoint_id: string;
  status: "pending" | "held" | "in_flight" | "succeeded" | "failed";
  attempts: DeliveryAttempt[];
}

export interface EmittedEvent {
  id: string;
  type: string;
  data: { id?: string; metadata?: Record<string, unknown> | null };
  deliveries: Delivery[];
}

export interface CreatedSession {
  id: string;
  status: string;
  redirect_url: string;
  [field: string]: unknown;
}

async function call<T>(
  method: "GET" | "POST",
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<T> {
  const response = await fetch(`${EMULATOR_URL}${path}`, {
    method,
    headers: body === undefined ? headers : { "Content-Type": "application/json", ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(60_000),
  });
  const text = await response.text();
  if (!response.ok)
    throw new Error(`${method} ${path} → HTTP ${response.status}: ${text.slice(0, 500)}`);
  return JSON.parse(text) as T;
}

const control = <T>(method: "GET" | "POST", path: string, body?: unknown) =>
  call<T>(method, `/_emulator${path}`, body);

export const emulator = {
  createCheckoutSession: (params: Record<string, unknown>, idempotencyKey: string) =>
    call<CreatedSession>("POST", "/v2/checkout_sessions", params, {
      Authorization: SECRETS.FINTOC_SECRET_KEY,
      "Fintoc-Version": "2026-02-01",
      "Idempotency-Key": idempotencyKey,
    }),
  finishSession: (id: string, body: Record<string, unknown>) =>
    control("POST", `/checkout_sessions/${id}/finish`, body),
  expireSession: (id: string) => control("POST", `/checkout_sessions/${id}/expire`),
  settlePaymentIntent: (id: string, status: "succeeded" | "failed") =>
    control("POST", `/payment_intents/${id}/settle`, { status }),
  hold: () => control("POST", "/deliveries/hold"),
  release: (times: number) =>
    control<{ released: number }>("POST", "/deliveries/release", { order: "shuffle", times }),
  // Every endpoint gets `times` copies at the same instant (the emulator waits for the answers).
  deliverNow: (eventId: string, times: number) =>
    control<{ deliveries: Delivery[] }>("POST", `/events/${eventId}/deliver`, {
      times,
      concurrently: true,
    }),
  duplicateDeliveries: (on: boolean) => control("POST", "/settings", { duplicate_deliveries: on }),
  events: () => control<EmittedEvent[]>("GET", "/events"),
};

// Runs `work` over `items`, at most `limit` at a time.
export async function inParallel<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
