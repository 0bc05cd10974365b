import { z } from "zod";
import { productId } from "@/lib/forms/fields";
import { MAX_LINE_QUANTITY } from "./rules";

// What the cart forms send. The cart itself is never an input: it comes from the session or the
// guest cookie.

const quantity = z.coerce
  .number({ error: "La cantidad debe ser un número." })
  .int("La cantidad debe ser un número entero.")
  .min(1, "La cantidad mínima es 1.")
  .max(MAX_LINE_QUANTITY, `La cantidad máxima es ${MAX_LINE_QUANTITY}.`);

export const cartLineInput = z.object({ productId, quantity });
export const cartProductInput = z.object({ productId });
