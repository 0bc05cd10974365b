import { z } from "zod";
import { chileanBankIds } from "@/lib/banks";
import { formToken, paymentMethodId, requiredRut } from "@/lib/forms/fields";

export const saveBankAccountInput = z.object({
  institutionId: z.enum(chileanBankIds, { error: "Elige tu banco." }),
  holderRut: requiredRut("Ingresa el RUT del titular de la cuenta, con su dígito verificador."),
  formToken,
});

export const paymentMethodIdInput = z.object({ paymentMethodId });
