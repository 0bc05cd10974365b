import { randomBytes } from "node:crypto";
import http from "node:http";
import https from "node:https";
import type { DeliveryAttempt, SignatureFault } from "../types";
import { signatureHeader } from "./signature";

// Past every receiver's tolerance (the SDKs use 300 s).
const STALE_BY_SECONDS = 60 * 60;

export interface SendRequest {
  url: string;
  secret: string;
  body: string;
  signature: SignatureFault;
  timeoutMs: number;
}

// One POST of one event to one endpoint. Every attempt is signed afresh with the current
// time (or a deliberately wrong one), over the exact bytes sent.
export async function sendWebhook(
  request: SendRequest,
  now: () => number = Date.now,
): Promise<DeliveryAttempt> {
  let timestamp = Math.floor(now() / 1000);
  if (request.signature === "stale") timestamp -= STALE_BY_SECONDS;
  const secret =
    request.signature === "wrong_secret"
      ? `whsec_test_${randomBytes(12).toString("hex")}`
      : request.secret;
  const started = performance.now();
  const attempt: DeliveryAttempt = {
    at: new Date(now()).toISOString(),
    timestamp,
    signature: request.signature,
    status: null,
    latency_ms: 0,
    error: null,
  };
  try {
    attempt.status = await post(request, signatureHeader(secret, timestamp, request.body));
    if (attempt.status < 200 || attempt.status >= 300) attempt.error = `HTTP ${attempt.status}`;
  } catch (error) {
    attempt.error = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  }
  attempt.latency_ms = Math.round(performance.now() - started);
  return attempt;
}

// node:http with keep-alive agents rather than fetch: several times cheaper per request,
// which matters when a test suite pays hundreds of sessions at once. Idle sockets close
// after 4 s, before Node servers' default 5 s keep-alive timeout closes them under us.
const agentOptions = { keepAlive: true, maxSockets: 64, timeout: 4_000 };
const agents = { "http:": new http.Agent(agentOptions), "https:": new https.Agent(agentOptions) };

function post(request: SendRequest, signature: string, retryOnReset = true): Promise<number> {
  const url = new URL(request.url);
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(url, {
      method: "POST",
      agent: agents[url.protocol as keyof typeof agents],
      headers: {
        "Content-Type": "application/json",
        "Content-Length": Buffer.byteLength(request.body),
        "User-Agent": "Fintoc-Emulator/1.0 (+webhooks)",
        "Fintoc-Signature": signature,
      },
    });
    const timer = setTimeout(
      () => req.destroy(new Error(`timed out after ${request.timeoutMs} ms`)),
      request.timeoutMs,
    );
    req.on("response", (res) => {
      res.resume();
      res.on("end", () => {
        clearTimeout(timer);
        resolve(res.statusCode ?? 0);
      });
      res.on("error", reject);
    });
    req.on("error", (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      // The server closed a kept-alive socket just as we reused it: not the receiver's answer.
      if (retryOnReset && req.reusedSocket && error.code === "ECONNRESET")
        resolve(post(request, signature, false));
      else reject(error);
    });
    req.end(request.body);
  });
}

export function succeeded(attempt: DeliveryAttempt): boolean {
  return attempt.status !== null && attempt.status >= 200 && attempt.status < 300;
}
