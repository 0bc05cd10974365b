import { describe, expect, it } from "vitest";
import { cartLineInput, cartProductInput } from "@/lib/cart/input";

function firstError(input: unknown): string | undefined {
  const result = cartLineInput.safeParse(input);
  return result.success ? undefined : result.error.issues[0]?.message;
}

describe("cartLineInput", () => {
  it("reads the quantity a form sends as text", () => {
    expect(cartLineInput.parse({ productId: " p1 ", quantity: "3" })).toEqual({
      productId: "p1",
      quantity: 3,
    });
  });

  it.each([
    ["0", "La cantidad mínima es 1."],
    ["-1", "La cantidad mínima es 1."],
    ["100", "La cantidad máxima es 99."],
    ["1.5", "La cantidad debe ser un número entero."],
    ["dos", "La cantidad debe ser un número."],
  ])("refuses quantity %j: %s", (quantity, message) => {
    expect(firstError({ productId: "p1", quantity })).toBe(message);
  });

  it("accepts the bounds 1 and 99", () => {
    expect(cartLineInput.parse({ productId: "p1", quantity: "1" }).quantity).toBe(1);
    expect(cartLineInput.parse({ productId: "p1", quantity: "99" }).quantity).toBe(99);
  });

  it("needs a product", () => {
    expect(firstError({ quantity: "1" })).toBe("Falta indicar el producto.");
    expect(firstError({ productId: "  ", quantity: "1" })).toBe("Falta indicar el producto.");
    expect(firstError({ productId: "x".repeat(65), quantity: "1" })).toBe(
      "El producto indicado no es válido.",
    );
  });
});

describe("cartProductInput", () => {
  it("ignores fields it does not know, such as a cart id", () => {
    expect(cartProductInput.parse({ productId: "p1", cartId: "someone-else" })).toEqual({
      productId: "p1",
    });
  });
});
