import { z } from "zod";
import { clpAmount, formToken, orderId, refundId } from "@/lib/forms/fields";

// The console's refund form. The amount only says how much of what is left: the server
// computes what is left from our database and refuses anything above it.
export const refundInput = z
  .object({
    orderId,
    requestToken: formToken,
    scope: z.enum(["all", "part"], { error: "Elige si reembolsas todo o una parte." }),
    amount: z.string().optional(),
    reason: z
      .string({ error: "Escribe el motivo del reembolso." })
      .trim()
      .min(3, "Escribe el motivo del reembolso.")
      .max(300, "El motivo admite hasta 300 caracteres."),
    restock: z.literal("on").optional(),
    confirmed: z.literal("yes", { error: "Confirma el reembolso antes de enviarlo." }),
  })
  .transform((input, context) => {
    let amount: number | null = null;
    if (input.scope === "part") {
      const parsed = clpAmount.safeParse(input.amount ?? "");
      if (!parsed.success) {
        for (const issue of parsed.error.issues)
          context.addIssue({ code: "custom", message: issue.message, path: ["amount"] });
        return z.NEVER;
      }
      amount = parsed.data;
    }
    return {
      orderId: input.orderId,
      requestToken: input.requestToken,
      amount,
      reason: input.reason,
      restock: input.restock === "on",
    };
  });

export const cancelRefundInput = z.object({ orderId, refundId });
