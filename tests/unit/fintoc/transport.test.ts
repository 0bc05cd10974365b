import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { MAX_ANSWER_BYTES, nodeTransport } from "@/lib/fintoc/transport";

// The transport against real sockets: a local HTTP server plays Fintoc.

type Handler = (request: IncomingMessage, body: string, response: ServerResponse) => void;

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

async function fintocAt(handler: Handler) {
  const connections: unknown[] = [];
  server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    request.on("end", () => handler(request, body, response));
  });
  server.on("connection", (socket) => connections.push(socket));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { base: `http://127.0.0.1:${port}`, connections };
}

const post = (base: string, body = '{"amount":12990}') => ({
  url: new URL("/v2/checkout_sessions", base),
  method: "POST" as const,
  headers: { Authorization: "sk_test_1", "Content-Type": "application/json" },
  body,
  timeoutMs: 2_000,
});

describe("nodeTransport", () => {
  it("sends method, path, headers and the exact body, and returns status and body", async () => {
    const seen: {
      method?: string;
      url?: string;
      headers?: IncomingMessage["headers"];
      body?: string;
    } = {};
    const { base } = await fintocAt((request, body, response) => {
      Object.assign(seen, {
        method: request.method,
        url: request.url,
        headers: request.headers,
        body,
      });
      response
        .writeHead(201, { "Content-Type": "application/json" })
        .end('{"id":"cs_1","monto":"$12.990"}');
    });
    await expect(nodeTransport(post(base, '{"nombre":"Merkén ahumado"}'))).resolves.toEqual({
      status: 201,
      body: '{"id":"cs_1","monto":"$12.990"}',
    });
    expect(seen).toMatchObject({
      method: "POST",
      url: "/v2/checkout_sessions",
      body: '{"nombre":"Merkén ahumado"}',
    });
    // Bytes, not characters: 27 characters, "é" is two bytes in UTF-8.
    expect(seen.headers).toMatchObject({ authorization: "sk_test_1", "content-length": "28" });
  });

  it("reuses one connection for calls one after another", async () => {
    const { base, connections } = await fintocAt((_request, _body, response) => response.end("{}"));
    for (let i = 0; i < 3; i++) await nodeTransport(post(base));
    expect(connections).toHaveLength(1);
  });

  it("returns error statuses as answers, for http.ts to interpret", async () => {
    const { base } = await fintocAt((_request, _body, response) =>
      response.writeHead(422).end('{"error":{"type":"invalid_request_error"}}'),
    );
    await expect(nodeTransport(post(base))).resolves.toEqual({
      status: 422,
      body: '{"error":{"type":"invalid_request_error"}}',
    });
  });

  it("fails a call that gets no answer within its time limit", async () => {
    const { base } = await fintocAt(() => {});
    const started = Date.now();
    await expect(nodeTransport({ ...post(base), timeoutMs: 50 })).rejects.toThrow(/abort/i);
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it("fails when the connection is cut in the middle of the answer", async () => {
    const { base } = await fintocAt((_request, _body, response) => {
      response.writeHead(200, { "Content-Length": "100" }).write('{"id":');
      setTimeout(() => response.socket?.destroy(), 10);
    });
    await expect(nodeTransport(post(base))).rejects.toThrow();
  });

  it("refuses an answer far larger than any of Fintoc's", async () => {
    const { base } = await fintocAt((_request, _body, response) =>
      response.end("x".repeat(MAX_ANSWER_BYTES + 1)),
    );
    await expect(nodeTransport(post(base))).rejects.toThrow(/larger than/);
  });

  it("speaks TLS to an https address (a plain HTTP server cannot answer it)", async () => {
    const { base } = await fintocAt((_request, _body, response) => response.end("{}"));
    await expect(nodeTransport(post(base.replace("http:", "https:")))).rejects.toThrow(
      /SSL|TLS|wrong version/i,
    );
  });
});
