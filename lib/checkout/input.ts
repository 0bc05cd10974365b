import { z } from "zod";
import { normalizeRut } from "@/lib/rut";

// The checkout form. Only who pays and how: what is bought and its price come from the cart
// in our database.
export const checkoutInput = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "Ingresa un correo válido, como nombre@correo.cl." })),
  rut: z
    .string()
    .trim()
    .optional()
    .transform((value, context) => {
      if (!value) return null;
      const rut = normalizeRut(value);
      if (!rut) {
        context.addIssue({
          code: "custom",
          message: "El RUT no es válido: revisa el dígito verificador.",
        });
        return z.NEVER;
      }
      return rut;
    }),
  checkoutToken: z.uuid({ error: "El formulario expiró. Recarga la página." }),
  saveAccount: z
    .literal("on")
    .optional()
    .transform((value) => value === "on"),
});

export type CheckoutInput = z.output<typeof checkoutInput>;
