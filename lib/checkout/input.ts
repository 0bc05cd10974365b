import { z } from "zod";
import { email, formToken, optionalRut, paymentMethodId } from "@/lib/forms/fields";

// The checkout forms. Only who pays and how: what is bought and its price come from the cart
// in our database.
export const checkoutInput = z.object({
  email,
  rut: optionalRut,
  checkoutToken: formToken,
  saveAccount: z
    .literal("on")
    .optional()
    .transform((value) => value === "on"),
});

export type CheckoutInput = z.output<typeof checkoutInput>;

// One-click: the saved account to pay with.
export const oneClickInput = z.object({ paymentMethodId, checkoutToken: formToken });
