import { afterEach, beforeEach, expect, it } from "vitest";
import { createSession, paymentParams, startEmulator, type TestEmulator } from "./support";

let emulator: TestEmulator;
beforeEach(() => {
  emulator = startEmulator();
});
afterEach(() => emulator.close());

it("serves the hosted page with a policy of its own: no script, no framing", async () => {
  const session = await createSession(emulator, paymentParams);
  for (const path of [`/checkout/${session.id}`, "/_emulator/dashboard"]) {
    const response = await emulator.app.request(path);
    expect(response.status, path).toBe(200);
    const policy = response.headers.get("content-security-policy") ?? "";
    expect(policy, path).toContain("script-src 'none'");
    expect(policy, path).toContain("frame-ancestors 'none'");
    expect(response.headers.get("x-frame-options"), path).toBe("DENY");
    expect(response.headers.get("x-content-type-options"), path).toBe("nosniff");
    expect(response.headers.get("referrer-policy"), path).toBe("strict-origin-when-cross-origin");
  }
});
