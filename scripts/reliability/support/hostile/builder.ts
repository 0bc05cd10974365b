import { createHmac, randomBytes } from "node:crypto";
import type { RawRequest } from "../raw-http";

// Builds the hostile requests. Signed ones are signed correctly (the real secret, a fresh
// timestamp) unless the case is about the signature, so they reach the checks that follow it.

export interface HostileCase {
  kind: string;
  request: RawRequest;
  // 400 for what is read and refused, 413 for what is too big to read, 405 for a wrong method.
  expectedStatus: 400 | 405 | 413;
}

export const nowSeconds = () => Math.floor(Date.now() / 1000);
export const randomHex = () => randomBytes(32).toString("hex");
export const signatureHeader = (timestamp: number | string, v1: string) =>
  `t=${timestamp},v1=${v1}`;

export function hmac(secret: string, timestamp: number, body: string | Buffer): string {
  return createHmac("sha256", secret)
    .update(Buffer.concat([Buffer.from(`${timestamp}.`), Buffer.from(body)]))
    .digest("hex");
}

// A well-formed event about an order that does not exist: were one accepted, it would leave an
// inbox row behind.
export function eventBody(type = "checkout_session.finished"): string {
  const n = randomBytes(4).toString("hex");
  return JSON.stringify({
    id: `evt_hostile_${n}`,
    object: "event",
    type,
    mode: "test",
    created_at: new Date().toISOString(),
    data: {
      id: `cs_hostile_${n}`,
      object: "checkout_session",
      flow: "payment",
      status: "finished",
      mode: "test",
      amount: 12990,
      currency: "CLP",
      metadata: { order_id: `order_hostile_${n}`, attempt: "1" },
      payment_resource: {
        payment_intent: {
          id: `pi_hostile_${n}`,
          object: "payment_intent",
          amount: 12990,
          currency: "CLP",
          status: "succeeded",
        },
      },
    },
  });
}

export class CaseList {
  readonly cases: HostileCase[] = [];

  constructor(readonly secret: string) {}

  signed(body: string | Buffer, timestamp = nowSeconds()): string {
    return signatureHeader(timestamp, hmac(this.secret, timestamp, body));
  }

  post(
    kind: string,
    body: string | Buffer,
    signatures: string | string[] | null,
    options: { chunked?: boolean; expectedStatus?: 400 | 413 } = {},
  ): void {
    const values = signatures === null ? [] : [signatures].flat();
    this.cases.push({
      kind,
      request: {
        method: "POST",
        headers: [
          ["Content-Type", "application/json"],
          ...values.map((value): [string, string] => ["Fintoc-Signature", value]),
        ],
        body: Buffer.isBuffer(body) ? body : Buffer.from(body),
        chunked: options.chunked,
      },
      expectedStatus: options.expectedStatus ?? 400,
    });
  }

  // `count` cases of one kind, each with a new event body.
  repeat(count: number, make: (body: string, index: number) => void): void {
    for (let index = 0; index < count; index++) make(eventBody(), index);
  }
}
