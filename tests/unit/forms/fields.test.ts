import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  email,
  formToken,
  optionalRut,
  orderId,
  paymentMethodId,
  productId,
  requiredRut,
  webhookEventId,
} from "@/lib/forms/fields";

function firstError(schema: z.ZodType, value: unknown): string | undefined {
  const result = schema.safeParse(value);
  return result.success ? undefined : result.error.issues[0]?.message;
}

describe("email", () => {
  it("trims and lowercases, so one person has one address", () => {
    expect(email.parse("  Ana@Example.CL ")).toBe("ana@example.cl");
  });

  it("asks for it when missing and shows an example when malformed", () => {
    expect(firstError(email, undefined)).toBe("Ingresa tu correo.");
    expect(firstError(email, "ana@")).toBe("Ingresa un correo válido, como nombre@dominio.cl.");
  });

  it("refuses an address longer than SMTP delivers to (254 characters)", () => {
    const address = (lastLabel: number) =>
      `${"a".repeat(64)}@${"b".repeat(61)}.${"b".repeat(61)}.${"c".repeat(lastLabel)}.cl`;
    expect(address(62)).toHaveLength(254);
    expect(email.safeParse(address(62)).success).toBe(true);
    expect(email.safeParse(address(63)).success).toBe(false);
  });
});

describe("optionalRut", () => {
  it("normalises a valid RUT", () => {
    expect(optionalRut.parse("12.345.678-5")).toBe("12345678-5");
  });

  it("treats an empty or missing one as not given (null, as stored)", () => {
    expect(optionalRut.parse("   ")).toBeNull();
    expect(optionalRut.parse(undefined)).toBeNull();
  });

  it("refuses a wrong check digit, in Spanish", () => {
    expect(firstError(optionalRut, "12.345.678-9")).toBe(
      "El RUT no es válido: revisa el dígito verificador.",
    );
  });
});

describe("requiredRut", () => {
  const holderRut = requiredRut("Ingresa el RUT del titular.");

  it("normalises a valid RUT and names whose is missing or wrong", () => {
    expect(holderRut.parse(" 12345678-5 ")).toBe("12345678-5");
    expect(firstError(holderRut, "")).toBe("Ingresa el RUT del titular.");
    expect(firstError(holderRut, undefined)).toBe("Ingresa el RUT del titular.");
    expect(firstError(holderRut, "12.345.678-9")).toBe("Ingresa el RUT del titular.");
  });
});

describe("formToken", () => {
  it("accepts a UUID and calls anything else a stale form", () => {
    expect(formToken.safeParse("6f1c1d0e-8a4b-4c1e-9f3a-2b7d5e6a9c01").success).toBe(true);
    for (const value of [undefined, "", "not-a-uuid"]) {
      expect(firstError(formToken, value)).toBe("El formulario expiró. Recarga la página.");
    }
  });
});

describe("record ids", () => {
  it("trims, and says which record is missing", () => {
    expect(productId.parse(" p1 ")).toBe("p1");
    expect(firstError(productId, "  ")).toBe("Falta indicar el producto.");
    expect(firstError(orderId, undefined)).toBe("Falta indicar el pedido.");
    expect(firstError(paymentMethodId, "")).toBe("Elige una cuenta.");
    expect(firstError(webhookEventId, "")).toBe("Falta el id del evento.");
  });

  it("caps our own ids at 64 characters and Fintoc's at 255", () => {
    expect(productId.safeParse("x".repeat(64)).success).toBe(true);
    expect(firstError(productId, "x".repeat(65))).toBe("El producto indicado no es válido.");
    expect(firstError(orderId, "x".repeat(65))).toBe("El pedido indicado no es válido.");
    expect(paymentMethodId.safeParse(`pm_${"x".repeat(252)}`).success).toBe(true);
    expect(firstError(paymentMethodId, "x".repeat(256))).toBe("La cuenta indicada no es válida.");
    expect(firstError(webhookEventId, "x".repeat(256))).toBe(
      "Ese id de evento es demasiado largo.",
    );
  });
});
