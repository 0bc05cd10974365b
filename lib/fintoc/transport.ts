import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";

// How a request reaches Fintoc: one HTTP exchange, no retries or parsing (http.ts does those).
// A seam so that tests can answer in-process instead of over a socket.

export type FintocHttpRequest = {
  url: URL;
  method: "GET" | "POST";
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
};

// requestId: Fintoc's id for the exchange (its Request-Id header), for support and the logs.
export type FintocHttpResponse = { status: number; body: string; requestId?: string };

export type FintocTransport = (request: FintocHttpRequest) => Promise<FintocHttpResponse>;

// Fintoc's answers are a few KB (a list of 300 payment methods, well under 1 MB); anything far
// bigger is not Fintoc, and is not read into memory.
export const MAX_ANSWER_BYTES = 5 * 1024 * 1024;

// Node's http module with kept-alive connections rather than `fetch`: inside Next's server
// `fetch` is wrapped for its data cache and answers through web streams, which cost about 1 ms of
// CPU per call, a third of the checkout action's own work (npm run bench, four paired runs: 5.2
// → 4.2 ms of storefront CPU per checkout). An idle connection is closed a second before the
// keep-alive timeout the server announces (Keep-Alive: timeout=N); one closed under us anyway
// fails as a network error, which http.ts retries with the same idempotency key.
const httpAgent = new HttpAgent({ keepAlive: true });
const httpsAgent = new HttpsAgent({ keepAlive: true });

export const nodeTransport: FintocTransport = ({ url, method, headers, body, timeoutMs }) =>
  new Promise((resolve, reject) => {
    const secure = url.protocol === "https:";
    const outgoing = (secure ? httpsRequest : httpRequest)(url, {
      method,
      agent: secure ? httpsAgent : httpAgent,
      headers:
        body === undefined
          ? headers
          : { ...headers, "Content-Length": String(Buffer.byteLength(body)) },
      signal: AbortSignal.timeout(timeoutMs),
    });
    outgoing.on("error", reject);
    outgoing.on("response", (answer) => readAnswer(answer).then(resolve, reject));
    outgoing.end(body);
  });

function readAnswer(answer: IncomingMessage): Promise<FintocHttpResponse> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    answer.on("data", (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > MAX_ANSWER_BYTES)
        answer.destroy(new Error(`answer larger than ${MAX_ANSWER_BYTES} bytes`));
      else chunks.push(chunk);
    });
    answer.on("end", () =>
      resolve({
        status: answer.statusCode ?? 0,
        body: Buffer.concat(chunks).toString("utf8"),
        requestId: headerValue(answer.headers["request-id"] ?? answer.headers["x-request-id"]),
      }),
    );
    // Also a connection cut mid-answer, and the time limit running out while reading.
    answer.on("error", reject);
  });
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
