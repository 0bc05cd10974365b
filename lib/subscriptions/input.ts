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

export const subscriptionIdInput = z.object({ subscriptionId: z.uuid() });
