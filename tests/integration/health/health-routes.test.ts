import { createServer, type Server, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as live } from "@/app/api/health/route";
import { GET as ready } from "@/app/api/health/ready/route";
import { createDatabaseClient } from "@/lib/db";
import { checkReadiness } from "@/lib/health/readiness";
import type { PrismaClient } from "@/lib/generated/prisma/client";

// The health routes as a load balancer calls them, against the test database, a port where
// nothing listens (the database is down) and a server that accepts connections and never
// answers (the database is stuck: the bound decides).

const globalForDb = globalThis as unknown as { prisma?: PrismaClient };
const get = (handler: (request: Request) => Promise<Response>, path: string) =>
  handler(new Request(`http://localhost${path}`, { headers: { "x-request-id": "lb-probe-0001" } }));

let silent: Server;
const sockets = new Set<Socket>();
let silentUrl: string;
let refusedUrl: string;

beforeAll(async () => {
  silent = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
  silentUrl = `postgresql://postgres@127.0.0.1:${(silent.address() as AddressInfo).port}/x`;
  // A port just freed: nothing listens there.
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  refusedUrl = `postgresql://postgres@127.0.0.1:${port}/x`;
});

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => silent.close(resolve));
});

// The storefront's cached client (lib/db.ts) swapped for one on `url` while `work` runs.
async function withDatabaseAt<T>(url: string, work: () => Promise<T>): Promise<T> {
  const real = globalForDb.prisma;
  const swapped = createDatabaseClient(url, 1);
  globalForDb.prisma = swapped;
  try {
    return await work();
  } finally {
    globalForDb.prisma = real;
    for (const socket of sockets) socket.destroy();
    await swapped.$disconnect().catch(() => undefined);
  }
}

describe("GET /api/health (liveness)", () => {
  it("answers 200 without asking the database, never cached, with the request's id", async () => {
    const response = await withDatabaseAt(refusedUrl, () => get(live, "/api/health"));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("x-request-id")).toBe("lb-probe-0001");
  });
});

describe("GET /api/health/ready (readiness)", () => {
  it("answers 200 when the database answers", async () => {
    const response = await get(ready, "/api/health/ready");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ready", database: "ok" });
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("x-request-id")).toBe("lb-probe-0001");
  });

  it("answers 503 with the reason when the database is down, naming no host", async () => {
    const response = await withDatabaseAt(refusedUrl, () => get(ready, "/api/health/ready"));
    expect(response.status).toBe(503);
    const body = await response.json();
    expect(body).toEqual({
      status: "unavailable",
      database: "error",
      reason: "the database refused the query or could not be reached",
    });
    expect(JSON.stringify(body)).not.toMatch(/127\.0\.0\.1|postgres|ECONNREFUSED/);
  });

  it("answers 503 after two seconds when the database accepts but never answers", async () => {
    const started = Date.now();
    const response = await withDatabaseAt(silentUrl, () => get(ready, "/api/health/ready"));
    const waited = Date.now() - started;
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      status: "unavailable",
      database: "timeout",
      reason: "the database did not answer within 2000 ms",
    });
    expect(waited).toBeGreaterThanOrEqual(1_900);
    expect(waited).toBeLessThan(5_000);
  });

  it("a shorter bound is honoured on a real connection", async () => {
    const client = createDatabaseClient(silentUrl, 1);
    try {
      expect(await checkReadiness(() => client.$queryRaw`SELECT 1`, 200)).toMatchObject({
        ready: false,
        database: "timeout",
      });
    } finally {
      for (const socket of sockets) socket.destroy();
      await client.$disconnect().catch(() => undefined);
    }
  });
});
