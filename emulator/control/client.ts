// A client for a running emulator over HTTP: Fintoc's API for creating Checkout Sessions, and
// the control plane (/_emulator/…) for what a shopper, a bank or a flaky network would do. Used
// by `npm run fintoc` (emulator/cli.ts), the reliability suite and the end-to-end tests. Plain
// fetch and no imports, so that anything can use it without loading the emulator itself.

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
  created_at: string;
  data: { id?: string; metadata?: Record<string, unknown> | null };
  deliveries: Delivery[];
}

export interface CreatedSession {
  id: string;
  status: string;
  redirect_url: string;
  [field: string]: unknown;
}

// What finishing a session or settling a payment answers: the resource and the events it made.
export interface ControlAnswer {
  events?: { id: string; type: string }[];
  [field: string]: unknown;
}

export type FinishOptions = {
  outcome?: string;
  error_reason?: string;
  save_payment_method?: boolean;
  activate_payment_method?: boolean;
};

export type DeliverOptions = {
  times?: number;
  concurrently?: boolean;
  signature?: "valid" | "stale" | "wrong_secret";
};

export type ReleaseOptions = { order?: string; times?: number };

export type EmulatorClientOptions = {
  baseUrl: string;
  // The secret key Fintoc's API wants (the control plane needs none).
  secretKey?: string;
  timeoutMs?: number;
};

// The emulator answers errors in Fintoc's shape ({ error: { message } }); the message says what
// was wrong ("No such checkout_session: cs_…"), so it leads.
function describeFailure(method: string, path: string, status: number, text: string): string {
  let detail = text.slice(0, 500);
  try {
    const message = (JSON.parse(text) as { error?: { message?: unknown } }).error?.message;
    if (typeof message === "string") detail = message;
  } catch {
    // Not JSON: the text itself is the detail.
  }
  return `${method} ${path} → HTTP ${status}: ${detail}`;
}

export function emulatorClient({ baseUrl, secretKey, timeoutMs = 60_000 }: EmulatorClientOptions) {
  const root = baseUrl.replace(/\/+$/, "");

  async function call<T>(
    method: "GET" | "POST",
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<T> {
    const response = await fetch(`${root}${path}`, {
      method,
      headers: body === undefined ? headers : { "Content-Type": "application/json", ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    }).catch((error: Error) => {
      throw new Error(
        `cannot reach the emulator at ${root} (${error.message}); is \`npm run emulator\` running?`,
      );
    });
    const text = await response.text();
    if (!response.ok) throw new Error(describeFailure(method, path, response.status, text));
    return JSON.parse(text) as T;
  }

  const control = <T = ControlAnswer>(method: "GET" | "POST", path: string, body?: unknown) =>
    call<T>(method, `/_emulator${path}`, body);
  const query = (params: Record<string, string | undefined>) => {
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(params)) if (value) search.set(name, value);
    const text = search.toString();
    return text ? `?${text}` : "";
  };

  return {
    createCheckoutSession: (params: Record<string, unknown>, idempotencyKey?: string) =>
      call<CreatedSession>("POST", "/v2/checkout_sessions", params, {
        ...(secretKey ? { Authorization: secretKey } : {}),
        "Fintoc-Version": "2026-02-01",
        ...(idempotencyKey ? { "Idempotency-Key": idempotencyKey } : {}),
      }),
    // As a merchant does in Fintoc's dashboard: a refund our storefront did not ask for.
    createRefund: (params: { resource_id: string; amount?: number }, idempotencyKey?: string) =>
      call<{ id: string; amount: number; status: string }>(
        "POST",
        "/v1/refunds",
        { resource_type: "payment_intent", ...params },
        {
          ...(secretKey ? { Authorization: secretKey } : {}),
          ...(idempotencyKey ? { "Idempotency-Key": idempotencyKey } : {}),
        },
      ),
    finishSession: (id: string, options: FinishOptions = {}) =>
      control("POST", `/checkout_sessions/${id}/finish`, options),
    expireSession: (id: string) => control("POST", `/checkout_sessions/${id}/expire`),
    settlePaymentIntent: (id: string, status: "succeeded" | "failed", errorReason?: string) =>
      control("POST", `/payment_intents/${id}/settle`, { status, error_reason: errorReason }),
    settleRefund: (
      id: string,
      status: "in_progress" | "succeeded" | "failed" = "succeeded",
      failureCode?: string,
    ) => control("POST", `/refunds/${id}/settle`, { status, failure_code: failureCode }),
    activatePaymentMethod: (id: string) => control("POST", `/payment_methods/${id}/activate`),
    // Every event, or those of one session (its own, its payment intent's and those of the
    // payment method it saved), optionally of one type.
    events: (filter: { checkoutSession?: string; type?: string } = {}) =>
      control<EmittedEvent[]>(
        "GET",
        `/events${query({ checkout_session: filter.checkoutSession, type: filter.type })}`,
      ),
    deliverEvent: (eventId: string, options: DeliverOptions = {}) =>
      control<{ deliveries: Delivery[] }>("POST", `/events/${eventId}/deliver`, options),
    holdDeliveries: () => control("POST", "/deliveries/hold"),
    releaseDeliveries: (options: ReleaseOptions = {}) =>
      control<{ released: number }>("POST", "/deliveries/release", options),
    updateSettings: (settings: {
      duplicate_deliveries?: boolean;
      payment_method_activation?: "immediate" | "deferred";
      // What the bank answers to subscription invoice charges, and how many retries.
      invoice_charges?: "succeeded" | "failed" | "pending";
      invoice_retries?: number;
    }) => control("POST", "/settings", settings),
    advanceClock: (seconds: number) => control("POST", "/clock", { advance_seconds: seconds }),
    reset: () => control("POST", "/reset"),
  };
}

export type EmulatorClient = ReturnType<typeof emulatorClient>;
