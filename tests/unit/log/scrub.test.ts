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

describe("scrubbing what has no separators", () => {
  it("masks fields named for a RUT or an account holder's id, in any shape", () => {
    expect(
      scrubValue({ rut: "416148503", holderId: "41614850-3", holder_id: 416148503, taxId: "x" }),
    ).toEqual({ rut: "***.*50-3", holderId: "***.*50-3", holder_id: "***.*50-3", taxId: REDACTED });
  });

  it("leaves fields that merely contain the letters alone", () => {
    expect(scrubValue({ structure: "123456789", truthy: "yes" })).toEqual({
      structure: "123456789",
      truthy: "yes",
    });
  });

  it("finds keys glued to what precedes them", () => {
    expect(scrubText("FINTOC_SECRET_KEY=sk_live_abc123;x")).toBe(`FINTOC_SECRET_KEY=${REDACTED};x`);
    expect(scrubText("secrets:whsec_a,whsec_b")).toBe(`secrets:${REDACTED},${REDACTED}`);
  });
});
