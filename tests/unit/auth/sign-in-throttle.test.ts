import { describe, expect, it } from "vitest";
import { clientAddress, signInRules, tooManyAttemptsMessage } from "@/lib/auth/sign-in-throttle";

describe("clientAddress", () => {
  it("takes the first hop of X-Forwarded-For", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": " 203.0.113.7 , 10.0.0.1" }))).toBe(
      "203.0.113.7",
    );
  });

  it("uses one shared key when the header is missing or empty", () => {
    expect(clientAddress(new Headers())).toBe("unknown");
    expect(clientAddress(new Headers({ "x-forwarded-for": " , 10.0.0.1" }))).toBe("unknown");
  });
});

describe("signInRules", () => {
  it("counts per lowercased email and per address, 5 and 20 in 15 minutes", () => {
    expect(signInRules("Ana@Example.cl", "203.0.113.7")).toEqual([
      { key: "sign-in:email:ana@example.cl", limit: 5, windowSeconds: 900 },
      { key: "sign-in:address:203.0.113.7", limit: 20, windowSeconds: 900 },
    ]);
  });
});

describe("tooManyAttemptsMessage", () => {
  it.each([
    [1, "1 minuto"],
    [60, "1 minuto"],
    [61, "2 minutos"],
    [900, "15 minutos"],
  ])("rounds %i seconds up to %s", (seconds, wait) => {
    expect(tooManyAttemptsMessage(seconds)).toBe(
      `Demasiados intentos de ingreso. Espera ${wait} y vuelve a intentarlo.`,
    );
  });
});
