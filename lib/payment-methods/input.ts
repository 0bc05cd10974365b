import { z } from "zod";
import { chileanBankIds } from "@/lib/banks";
import { normalizeRut } from "@/lib/rut";

export const saveBankAccountInput = z.object({
  institutionId: z.enum(chileanBankIds, { error: "Elige tu banco." }),
  holderRut: z
    .string()
    .trim()
    .transform((value, context) => {
      const rut = normalizeRut(value);
      if (!rut) {
        context.addIssue({
          code: "custom",
          message: "Ingresa el RUT del titular de la cuenta, con su dígito verificador.",
        });
        return z.NEVER;
      }
      return rut;
    }),
  formToken: z.uuid({ error: "El formulario expiró. Recarga la página." }),
});

export const paymentMethodIdInput = z.object({ paymentMethodId: z.string().min(1).max(255) });
