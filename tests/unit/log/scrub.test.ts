import { describe, expect, it } from "vitest";
import { REDACTED, scrubText, scrubValue } from "@/lib/log/scrub";

describe("scrubbing log lines", () => {
  it("masks a full RUT, written any usual way, keeping its last digits for support", () => {
    expect(scrubText("holder 41614850-3 paid")).toBe("holder ***.*50-3 paid");
    expect(scrubText("holder 41.614.850-3")).toBe("holder ***.*50-3");
    expect(scrubText("rut 9.876.543-K")).toBe("rut ***.*43-K");
  });

  it("leaves order numbers, amounts and dates alone", () => {
    const text = "order 5F3A9C21 for $45.990 on 2026-12-02, attempt 2";
    expect(scrubText(text)).toBe(text);
  });

  it("removes Fintoc secret keys and webhook secrets from any text", () => {
    expect(scrubText("Authorization sk_live_abcDEF123 failed")).toBe(
      `Authorization ${REDACTED} failed`,
    );
    expect(scrubText("secret whsec_test_0001 rejected")).toBe(`secret ${REDACTED} rejected`);
  });

  it("drops the whole value of fields named for secrets, nested too", () => {
    expect(
      scrubValue({
        password: "hunter22",
        headers: { authorization: "Bearer x", cookie: "authjs.session-token=abc" },
        user: { email: "a@b.cl", rut: "12.345.678-5" },
      }),
    ).toEqual({
      password: REDACTED,
      headers: { authorization: REDACTED, cookie: REDACTED },
      user: { email: "a@b.cl", rut: "***.*78-5" },
    });
  });

  it("turns errors into plain objects with scrubbed messages and causes", () => {
    const error = new Error("customer 41614850-3 rejected", {
      cause: new Error("key sk_test_abc"),
    });
    const scrubbed = scrubValue(error) as Record<string, unknown>;
    expect(scrubbed.message).toBe("customer ***.*50-3 rejected");
    expect(scrubbed.stack).not.toContain("41614850-3");
    expect((scrubbed.cause as Record<string, unknown>).message).toBe(`key ${REDACTED}`);
  });
});
