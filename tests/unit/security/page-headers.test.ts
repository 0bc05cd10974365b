import { describe, expect, it } from "vitest";
import { rendersPerRequest } from "@/lib/security/page-headers";

describe("rendersPerRequest", () => {
  it("is true for the pages rendered for each visitor, which get a nonce", () => {
    for (const path of [
      "/checkout",
      "/cart",
      "/orders/abc",
      "/account/payment-methods",
      "/admin",
      "/sign-in",
      "/sign-up",
      "/forgot-password",
      "/reset-password",
      "/buscar",
    ])
      expect(rendersPerRequest(path), path).toBe(true);
  });

  it("is false for the shared copies: the catalog, products, unknown addresses", () => {
    for (const path of [
      "/",
      "/catalog/1/Vinos",
      "/buscarx",
      "/products/merken-ahumado",
      "/checkouts",
      "/nada",
    ])
      expect(rendersPerRequest(path), path).toBe(false);
  });
});
