import { afterEach, describe, expect, it, vi } from "vitest";
import { scrubbedText } from "@/lib/log/console";

// What Next prints through console.error (an error thrown while rendering, say) is scrubbed
// like the logger's own lines.

afterEach(() => vi.restoreAllMocks());

describe("console lines", () => {
  it("are scrubbed of secret keys, webhook secrets and full RUTs, errors and causes included", () => {
    const error = new Error("render failed for 41.614.850-3", {
      cause: new Error("Authorization: Bearer sk_live_abc123"),
    });
    const text = scrubbedText(["⨯ %s", "whsec_test_0001 rejected", error, { rut: "416148503" }]);
    expect(text).toContain("⨯ [redacted] rejected");
    expect(text).toContain("render failed for ***.*50-3");
    expect(text).toContain("[cause] Error: Authorization: Bearer [redacted]");
    expect(text).not.toMatch(/sk_live|whsec_|41\.?614\.?850|416148503/);
  });
});
