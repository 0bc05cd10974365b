import { describe, expect, it } from "vitest";
import { signCartId, verifyCartId } from "@/lib/cart/signing";

const secret = "0123456789abcdef0123456789abcdef";

describe("guest cart cookie signing", () => {
  it("gives back the cart id it signed", () => {
    expect(verifyCartId(signCartId("cmabc123", secret), secret)).toBe("cmabc123");
  });

  it("keeps ids that contain dots intact", () => {
    expect(verifyCartId(signCartId("a.b.c", secret), secret)).toBe("a.b.c");
  });

  it("rejects a bare cart id, as a browser could type it", () => {
    expect(verifyCartId("cmabc123", secret)).toBeNull();
  });

  it("rejects another cart id under a valid signature", () => {
    const [, mac] = signCartId("cmabc123", secret).split(".");
    expect(verifyCartId(`cmother999.${mac}`, secret)).toBeNull();
  });

  it("rejects a cookie signed with another secret", () => {
    expect(
      verifyCartId(signCartId("cmabc123", "another-secret-of-32-characters!"), secret),
    ).toBeNull();
  });

  it.each([undefined, "", ".", ".mac", "cmabc123.", "cmabc123.short"])("rejects %j", (value) => {
    expect(verifyCartId(value, secret)).toBeNull();
  });
});
