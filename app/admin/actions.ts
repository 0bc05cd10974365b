"use server";

import { refresh } from "next/cache";
import { z } from "zod";
import { succeed } from "@/lib/actions";
import { adminAction } from "@/lib/admin/admin-action";
import { webhookEventId } from "@/lib/forms/fields";
import { replayStoredEvent } from "@/lib/admin/replay-event";
import { reconcilePendingSessions } from "@/lib/orders/reconcile";

const replayInput = z.object({ eventId: webhookEventId });

export const replayWebhookEvent = adminAction(replayInput, async ({ eventId }) => {
  const result = await replayStoredEvent(eventId);
  refresh();
  return result;
});

// Every open session, however recent (olderThanMs 0): whoever presses the button is looking at
// an order that seems stuck now, not ten minutes from now.
export const reconcileNow = adminAction(z.object({}), async () => {
  const report = await reconcilePendingSessions({ olderThanMs: 0 });
  refresh();
  return succeed(report);
});
