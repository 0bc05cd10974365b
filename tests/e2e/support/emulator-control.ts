import { expect } from "@playwright/test";

// The Fintoc emulator's control plane (/_emulator/…), for what a test must arrange that a
// shopper cannot: holding webhooks back, finishing a session without a browser, moving time.

const emulatorUrl = process.env.E2E_EMULATOR_URL ?? "http://localhost:4110";

async function control<T = unknown>(
  method: "GET" | "POST",
  path: string,
  body?: unknown,
): Promise<T> {
  const response = await fetch(`${emulatorUrl}/_emulator${path}`, {
    method,
    headers: body === undefined ? {} : { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} /_emulator${path} → ${response.status}: ${text}`);
  return JSON.parse(text) as T;
}

export const holdDeliveries = () => control("POST", "/deliveries/hold");
export const releaseDeliveries = () => control("POST", "/deliveries/release", {});

export const finishSession = (sessionId: string, body: Record<string, unknown>) =>
  control("POST", `/checkout_sessions/${sessionId}/finish`, body);

export const expireSessionNow = (sessionId: string) =>
  control("POST", `/checkout_sessions/${sessionId}/expire`);

type EventWithDeliveries = { id: string; type: string; deliveries: { status: string }[] };

// The session's own events, its payment intent's and those of the payment method it saved.
export const eventsOfSession = (sessionId: string) =>
  control<EventWithDeliveries[]>(
    "GET",
    `/events?checkout_session=${encodeURIComponent(sessionId)}`,
  );

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
  control("POST", `/payment_intents/${paymentIntentId}/settle`, { status });
