"use server";

import { redirect } from "next/navigation";
import { fail, validatedActionWithUser } from "@/lib/actions";
import { allowFintocCall } from "@/lib/limits/fintoc-calls";
import { subscribeInput } from "@/lib/subscriptions/input";
import { startSubscription } from "@/lib/subscriptions/subscribe";

// Subscribing creates something at Fintoc, so it takes an abuse-limit slot like checkout. The
// form names the plan; the price is ours.
export const subscribe = validatedActionWithUser(subscribeInput, async (input, user) => {
  const allowed = await allowFintocCall(user.id);
  if (!allowed.ok) return fail(allowed.error);
  const result = await startSubscription(user.id, input);
  if (!result.ok) return fail(result.error);
  redirect(result.redirectUrl);
});
