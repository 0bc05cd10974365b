import { describe, expect, it } from "vitest";
import { signInRules, tooManyAttemptsMessage } from "@/lib/auth/sign-in-throttle";

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
