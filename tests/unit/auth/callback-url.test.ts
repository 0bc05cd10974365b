import { describe, expect, it } from "vitest";
import { defaultCallbackPath, safeCallbackPath, signInPath } from "@/lib/auth/callback-url";

describe("safeCallbackPath", () => {
  it.each([
    ["/account/orders", "/account/orders"],
    ["/checkout?paso=2#resumen", "/checkout?paso=2#resumen"],
    ["/", "/"],
    ["/account/../cart", "/cart"],
  ])("keeps the local path %s", (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected);
  });

  it.each<[unknown, string]>([
    ["https://evil.example/account", "an absolute URL"],
    ["//evil.example/account", "a protocol-relative URL"],
    ["/\\evil.example", "a backslash that browsers read as a slash"],
    ["javascript:alert(1)", "a script URL"],
    ["account", "a relative path"],
    ["", "an empty string"],
    [undefined, "nothing"],
    [["/account", "/cart"], "a repeated parameter"],
    ["/sign-in?callbackUrl=/account", "the sign-in page itself"],
    ["/sign-up", "the sign-up page"],
    ["/forgot-password", "the forgotten-password page"],
    ["/reset-password?token=abc", "a reset link"],
  ])("falls back for %j (%s)", (input) => {
    expect(safeCallbackPath(input)).toBe(defaultCallbackPath);
  });

  it("uses the given fallback", () => {
    expect(safeCallbackPath("https://evil.example", "/")).toBe("/");
  });
});

describe("signInPath", () => {
  it("carries the way back, encoded", () => {
    expect(signInPath("/account/orders?pagina=2")).toBe(
      "/sign-in?callbackUrl=%2Faccount%2Forders%3Fpagina%3D2",
    );
  });
});
