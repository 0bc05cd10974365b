import { z } from "zod";
import { formToken } from "@/lib/forms/fields";

// The subscribe form names the plan only: its price and what it charges come from our rows.
export const subscribeInput = z.object({
  planSlug: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .regex(/^[a-z0-9-]+$/),
  formToken,
});

// Cancelling asks for the id of the shopper's subscription and an explicit confirmation.
export const cancelSubscriptionInput = z.object({
  subscriptionId: z.uuid(),
  confirmed: z.literal("yes", { error: "Confirma que quieres cancelar la suscripción." }),
});
