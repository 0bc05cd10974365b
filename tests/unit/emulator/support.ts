import { createServer, type IncomingHttpHeaders } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { parseConfig, type EmulatorConfig } from "@/emulator/config";
import { createEmulator, type Emulator } from "@/emulator/emulator";

// The official SDK's signature check, the referee for the emulator's webhooks (the SDK ships
// CommonJS without types for this export).
export const { WebhookSignature } = createRequire(import.meta.url)("fintoc") as {
  WebhookSignature: {
    verifyHeader(payload: string, header: string, secret: string, tolerance?: number): void;
  };
};

export const TEST_KEY = "sk_test_emulator_tests";
export const LIVE_KEY = "sk_live_emulator_tests";
export const PUBLIC_URL = "http://emulator.test";

// Wire JSON is inspected loosely in tests; the assertions are what check its shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Wire = { id: string; [key: string]: any };

export type TestEmulator = Emulator & {
  api: (
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ) => Promise<Response>;
  control: (method: string, path: string, body?: unknown) => Promise<Response>;
  form: (path: string, fields: Record<string, string>) => Promise<Response>;
};

// An in-memory emulator whose retries run a thousand times faster than Fintoc's.
export function startEmulator(overrides: Partial<EmulatorConfig> = {}): TestEmulator {
  const config: EmulatorConfig = {
    ...parseConfig({}),
    dataDir: null,
    publicUrl: PUBLIC_URL,
    timeScale: 0.001,
    deliveryTimeoutMs: 2_000,
    ...overrides,
  };
  const emulator = createEmulator(config);
  const request = async (
    method: string,
    path: string,
    body: unknown,
    headers: Record<string, string>,
  ) =>
    emulator.app.request(path, {
      method,
      headers: body === undefined ? headers : { "Content-Type": "application/json", ...headers },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
  return Object.assign(emulator, {
    api: (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
      request(method, path, body, { Authorization: TEST_KEY, ...headers }),
    control: (method: string, path: string, body?: unknown) => request(method, path, body, {}),
    form: async (path: string, fields: Record<string, string>) =>
      emulator.app.request(path, { method: "POST", body: new URLSearchParams(fields) }),
  });
}

// For line_items and setup sessions, which send no amount.
export const paymentParamsWithoutAmount = {
  currency: "CLP",
  success_url: "https://shop.test/orders/1?paid=1",
  cancel_url: "https://shop.test/cart",
};

export const paymentParams = { amount: 12990, ...paymentParamsWithoutAmount };

export async function createSession(emulator: TestEmulator, params: object = {}): Promise<Wire> {
  const response = await emulator.api("POST", "/v2/checkout_sessions", {
    ...paymentParams,
    ...params,
  });
  const body = await response.json();
  if (response.status !== 201) throw new Error(`create failed: ${JSON.stringify(body)}`);
  return body;
}

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  json: Wire;
  at: number;
}

export interface Listener {
  url: string;
  received: Received[];
  waitFor(count: number, timeoutMs?: number): Promise<Received[]>;
  close(): Promise<void>;
}

// A local webhook receiver. `respond` picks the status of each request (default 200).
export async function startListener(
  respond: (request: Received, index: number) => number | Promise<number> = () => 200,
): Promise<Listener> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", async () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const entry: Received = {
        headers: req.headers,
        body,
        json: JSON.parse(body),
        at: Date.now(),
      };
      const index = received.push(entry) - 1;
      const status = await respond(entry, index);
      res.writeHead(status, { "Content-Type": "text/plain" }).end(status < 300 ? "ok" : "no");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhooks/fintoc`,
    received,
    async waitFor(count, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > deadline)
          throw new Error(`listener got ${received.length} of ${count} requests`);
        await new Promise((r) => setTimeout(r, 10));
      }
      return received;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export async function addEndpoint(
  emulator: TestEmulator,
  url: string,
): Promise<{ id: string; secret: string }> {
  const response = await emulator.api("POST", "/v1/webhook_endpoints", {
    url,
    enabled_events: ["*"],
  });
  return response.json();
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
