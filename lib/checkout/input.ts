import { z } from "zod";
import { email, formToken, optionalRut, orderId, paymentMethodId } from "@/lib/forms/fields";

// Which button sent the form: Fintoc's hosted page (the default, and the only one without
// JavaScript) or "Pagar aquí", the widget in our page.
const ui = z.enum(["hosted", "embedded"]).default("hosted");

// The checkout forms. Only who pays and how: what is bought and its price come from the cart
// in our database.
export const checkoutInput = z.object({
  email,
  rut: optionalRut,
  checkoutToken: formToken,
  ui,
  saveAccount: z
    .literal("on")
    .optional()
    .transform((value) => value === "on"),
});

export type CheckoutInput = z.output<typeof checkoutInput>;

// One-click: the saved account to pay with.
export const oneClickInput = z.object({ paymentMethodId, checkoutToken: formToken, ui });

// After the widget closed: pay the same order again, in the widget or on Fintoc's page.
export const payAgainInput = z.object({ orderId, ui });

// After the widget closed with a payment started: which order to ask about.
export const widgetExitInput = z.object({ orderId });
