import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { computeFintocSignature, verifyFintocSignature } from "@/lib/fintoc/webhook-signature";

const require = createRequire(import.meta.url);
const { WebhookSignature } = require("fintoc") as {
  WebhookSignature: {
    verifyHeader(payload: string, header: string, secret: string, tolerance?: number): void;
  };
};

const secret = "whsec_test_emulator_secret";
const body = '{"id":"evt_test_1","object":"event","type":"checkout_session.finished"}';
const t = 1620870928;

function header(timestamp: number, ...signatures: string[]): string {
  return [`t=${timestamp}`, ...signatures.map((s) => `v1=${s}`)].join(",");
}

function officialAccepts(rawBody: string, signature: string, key: string, now: number): boolean {
  const realNow = Date.now;
  Date.now = () => now * 1000;
  try {
    WebhookSignature.verifyHeader(rawBody, signature, key, 300);
    return true;
  } catch {
    return false;
  } finally {
    Date.now = realNow;
  }
}

describe("verifyFintocSignature", () => {
  it("verifies the documented test vector (docs.fintoc.com, webhooks)", () => {
    const expected = "15693027dfbd8c174215a81b4beb9ca12d236cfde1a42e8b7018add950a3cfe0";
    expect(computeFintocSignature(secret, t, body)).toBe(expected);
    expect(verifyFintocSignature(body, header(t, expected), [secret], t)).toEqual({
      ok: true,
      secretIndex: 0,
      timestamp: t,
    });
  });

  const good = computeFintocSignature(secret, t, body);
  const cases: {
    name: string;
    body: string;
    header: string | null;
    now: number;
    ok: boolean;
    reason?: RegExp;
  }[] = [
    { name: "valid", body, header: header(t, good), now: t, ok: true },
    {
      name: "tampered body",
      body: body.replace("finished", "expired"),
      header: header(t, good),
      now: t,
      ok: false,
      reason: /mismatch/,
    },
    {
      name: "trailing newline added to the body",
      body: `${body}\n`,
      header: header(t, good),
      now: t,
      ok: false,
      reason: /mismatch/,
    },
    {
      name: "wrong secret",
      body,
      header: header(t, computeFintocSignature("whsec_test_other_secret", t, body)),
      now: t,
      ok: false,
      reason: /mismatch/,
    },
    {
      name: "stale timestamp (301 s old)",
      body,
      header: header(t, good),
      now: t + 301,
      ok: false,
      reason: /tolerance/,
    },
    {
      name: "timestamp 300 s old is still fine",
      body,
      header: header(t, good),
      now: t + 300,
      ok: true,
    },
    {
      name: "future timestamp (301 s ahead)",
      body,
      header: header(t, good),
      now: t - 301,
      ok: false,
      reason: /tolerance/,
    },
    { name: "missing header", body, header: null, now: t, ok: false, reason: /missing/ },
    { name: "empty header", body, header: "", now: t, ok: false, reason: /missing/ },
    { name: "no timestamp", body, header: `v1=${good}`, now: t, ok: false, reason: /malformed/ },
    { name: "no v1", body, header: `t=${t}`, now: t, ok: false, reason: /malformed/ },
    {
      name: "non-numeric timestamp",
      body,
      header: `t=abc,v1=${good}`,
      now: t,
      ok: false,
      reason: /malformed/,
    },
    { name: "garbage", body, header: "garbage", now: t, ok: false, reason: /malformed/ },
    {
      name: "two timestamps",
      body,
      header: `t=${t},t=${t},v1=${good}`,
      now: t,
      ok: false,
      reason: /malformed/,
    },
    { name: "short v1", body, header: `t=${t},v1=abcd`, now: t, ok: false, reason: /malformed/ },
    {
      name: "several v1, the good one last",
      body,
      header: header(t, "0".repeat(64), good),
      now: t,
      ok: true,
    },
    {
      name: "several v1, the good one first",
      body,
      header: header(t, good, "f".repeat(64)),
      now: t,
      ok: true,
    },
    {
      name: "v1 signed over another timestamp",
      body,
      header: header(t + 1, good),
      now: t,
      ok: false,
      reason: /mismatch/,
    },
  ];

  for (const c of cases) {
    it(c.name, () => {
      const result = verifyFintocSignature(c.body, c.header, [secret], c.now);
      expect(result.ok).toBe(c.ok);
      if (!result.ok && c.reason) expect(result.reason).toMatch(c.reason);
    });
  }

  it("accepts any of several secrets, and says which one matched (rotation)", () => {
    const next = "whsec_test_rotated_secret_2";
    const signedWithNext = header(t, computeFintocSignature(next, t, body));
    expect(verifyFintocSignature(body, signedWithNext, [secret, next], t)).toMatchObject({
      ok: true,
      secretIndex: 1,
    });
    expect(verifyFintocSignature(body, signedWithNext, [secret], t).ok).toBe(false);
  });

  it("refuses to run without a secret rather than accept anything", () => {
    expect(() => verifyFintocSignature(body, header(t, good), [], t)).toThrow(/secret/);
  });

  it("agrees with the official fintoc package on every single-v1 vector", () => {
    // The official verifier keeps only the last v1 (so several-v1 headers differ by design), and
    // takes the last of two `t` values where we refuse the ambiguity.
    const comparable = cases.filter(
      (c) => c.header && !c.name.startsWith("several") && c.name !== "two timestamps",
    );
    expect(comparable.length).toBeGreaterThan(10);
    for (const c of comparable) {
      const ours = verifyFintocSignature(c.body, c.header, [secret], c.now).ok;
      expect({ name: c.name, ok: officialAccepts(c.body, c.header!, secret, c.now) }).toEqual({
        name: c.name,
        ok: ours,
      });
    }
  });
});
