import { describe, expect, it } from "vitest";
import { signatureHeader } from "@/emulator/webhooks/signature";
import { WebhookSignature } from "./support";

// Fintoc's documented example (docs.fintoc.com, webhooks)
const vector = {
  secret: "whsec_test_emulator_secret",
  timestamp: 1620870928,
  body: '{"id":"evt_test_1","object":"event","type":"checkout_session.finished"}',
  header: "t=1620870928,v1=15693027dfbd8c174215a81b4beb9ca12d236cfde1a42e8b7018add950a3cfe0",
};

describe("Fintoc-Signature", () => {
  it("reproduces the reference test vector", () => {
    expect(signatureHeader(vector.secret, vector.timestamp, vector.body)).toBe(vector.header);
  });

  it("is accepted by the official SDK's verifier", () => {
    const now = Math.floor(Date.now() / 1000);
    const header = signatureHeader(vector.secret, now, vector.body);
    expect(() => WebhookSignature.verifyHeader(vector.body, header, vector.secret)).not.toThrow();
    expect(() =>
      WebhookSignature.verifyHeader(vector.body, vector.header, vector.secret, 10 ** 10),
    ).not.toThrow();
  });

  it("changes with one byte of the body, the timestamp or the secret", () => {
    const base = signatureHeader(vector.secret, vector.timestamp, vector.body);
    expect(signatureHeader(vector.secret, vector.timestamp, `${vector.body} `)).not.toBe(base);
    expect(
      signatureHeader(vector.secret, vector.timestamp + 1, vector.body).split(",")[1],
    ).not.toBe(base.split(",")[1]);
    expect(signatureHeader(`${vector.secret}x`, vector.timestamp, vector.body)).not.toBe(base);
  });

  it("has no spaces and lowercase hex, as the SDK's parser needs", () => {
    expect(signatureHeader("s", 1, "{}")).toMatch(/^t=1,v1=[0-9a-f]{64}$/);
  });
});
