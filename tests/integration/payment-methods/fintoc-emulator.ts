import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { getRequestListener } from "@hono/node-server";
import { parseConfig } from "@/emulator/config";
import { createEmulator, type Emulator } from "@/emulator/emulator";
import type { Customer, StoredSession } from "@/emulator/types";
import { env } from "@/lib/env";
import { postWebhook } from "../support/webhook-request";

// The real Fintoc emulator, listening over HTTP on a free port of this process, with the
// storefront pointed at it: the storefront's own client, headers, idempotency keys and error
// handling all run as they would against api.fintoc.com.
//
// lib/env.ts reads process.env once per module graph (every test file has its own), so call
// this at the top of a test file, before anything runs that reads the environment.

// Wire JSON is read loosely here; the tests' assertions are what check its shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Wire = Record<string, any>;

export type FintocEmulator = {
  url: string;
  emulator: Emulator;
  // The public API, authenticated with the storefront's own key.
  api(
    method: "GET" | "POST",
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: Wire }>;
  // The control plane: what the hosted page does, without a browser.
  control(path: string, body?: unknown): Promise<Wire>;
  // Every request that reached the emulator, as "POST /v2/customers", oldest first.
  requests: string[];
  customersOf(userId: string): Customer[];
  sessionsOf(userId: string): StoredSession[];
  close(): Promise<void>;
};

export async function startFintocEmulator(): Promise<FintocEmulator> {
  const secretKey = process.env.FINTOC_SECRET_KEY;
  if (!secretKey) throw new Error("FINTOC_SECRET_KEY is not set for the integration tests");

  // The emulator must know its public URL (redirect_url is built from it), and the port is
  // known only once the server listens: listen first, build the emulator right after. No
  // request can arrive in between, since nobody knows the port yet.
  const requests: string[] = [];
  const server = createServer(
    getRequestListener((request) => {
      requests.push(`${request.method} ${new URL(request.url).pathname}`);
      return emulator.app.fetch(request);
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // Only the storefront's key authenticates, so a request without it fails loudly.
  const emulator = createEmulator({ ...parseConfig({}), dataDir: null, publicUrl: url, secretKey });

  const previousBaseUrl = process.env.FINTOC_API_BASE_URL;
  process.env.FINTOC_API_BASE_URL = url;
  if (env().FINTOC_API_BASE_URL !== url) {
    throw new Error(
      "lib/env.ts read the environment before the emulator started: call startFintocEmulator() first",
    );
  }

  return {
    url,
    emulator,
    requests,
    async api(method, path, body) {
      const response = await fetch(new URL(path, url), {
        method,
        headers: { Authorization: secretKey, "Content-Type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as Wire };
    },
    async control(path, body = {}) {
      const response = await fetch(new URL(`/_emulator${path}`, url), {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
      const json = (await response.json()) as Wire;
      if (!response.ok)
        throw new Error(`control ${path} answered ${response.status}: ${JSON.stringify(json)}`);
      return json;
    },
    customersOf: (userId) =>
      [...emulator.deps.store.customers.values()].filter(
        (customer) => customer.metadata.user_id === userId,
      ),
    sessionsOf: (userId) =>
      [...emulator.deps.store.sessions.values()].filter(
        (session) => session.metadata?.user_id === userId,
      ),
    async close() {
      process.env.FINTOC_API_BASE_URL = previousBaseUrl;
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await emulator.close();
    },
  };
}

// The shopper completes a setup session on the hosted page; the emulator's events then reach
// the storefront's webhook route, signed as Fintoc signs them. Returns the saved method's id.
export async function finishSetupAndDeliver(
  fintoc: FintocEmulator,
  sessionId: string,
): Promise<string> {
  const finished = await fintoc.control(`/checkout_sessions/${sessionId}/finish`, {
    outcome: "succeeded",
  });
  for (const { id } of finished.events as { id: string }[]) {
    const event = await fintoc.api("GET", `/v2/events/${id}`);
    const delivered = await postWebhook(JSON.stringify(event.body));
    if (delivered.status !== 200) throw new Error(`webhook for ${id} answered ${delivered.status}`);
  }
  const paymentMethod = finished.checkout_session.payment_method as unknown;
  if (typeof paymentMethod !== "string")
    throw new Error(`setup ${sessionId} saved no payment method`);
  return paymentMethod;
}
