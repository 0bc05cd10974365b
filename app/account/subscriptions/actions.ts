"use server";

import { refresh } from "next/cache";
import { fail, succeed, validatedActionWithUser } from "@/lib/actions";
import { allowFintocCall } from "@/lib/limits/fintoc-calls";
import { cancelSubscriptionForUser } from "@/lib/subscriptions/cancel";
import { cancelSubscriptionInput } from "@/lib/subscriptions/input";

// Cancelling asks Fintoc, so it takes an abuse-limit slot like every call that changes
// something there. Whose subscription it is, is checked against the session's user.
export const cancelSubscription = validatedActionWithUser(
  cancelSubscriptionInput,
  async ({ subscriptionId }, user) => {
    const allowed = await allowFintocCall(user.id);
    if (!allowed.ok) return fail(allowed.error);
    const result = await cancelSubscriptionForUser(user.id, subscriptionId);
    if (!result.ok) return fail(result.error);
    refresh();
    return succeed();
  },
);
