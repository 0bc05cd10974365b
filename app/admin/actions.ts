"use server";

import { refresh } from "next/cache";
import { z } from "zod";
import { fail, succeed } from "@/lib/actions";
import { adminAction } from "@/lib/admin/admin-action";
import { jobId, notificationId, webhookEventId } from "@/lib/forms/fields";
import { replayStoredEvent } from "@/lib/admin/replay-event";
import { requeueJobFromConsole, requeueNotificationFromConsole } from "@/lib/admin/requeue";
import { allowRefundCall } from "@/lib/limits/refund-calls";
import { reconcilePendingSessions } from "@/lib/orders/reconcile";
import { cancelRefund } from "@/lib/refunds/cancel-refund";
import { cancelRefundInput, refundInput } from "@/lib/refunds/refund-input";
import { requestRefund } from "@/lib/refunds/request-refund";

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

// "Reembolsar" on a paid order: the whole of what is left, or a part of it. Merchants only
// (adminAction checks the role before reading the form).
export const refundOrder = adminAction(refundInput, async (input, admin) => {
  const allowed = await allowRefundCall(admin.id);
  if (!allowed.ok) return fail(allowed.error);
  const outcome = await requestRefund({ ...input, adminId: admin.id });
  refresh();
  if (!outcome.ok) {
    return fail(outcome.error, outcome.field ? { [outcome.field]: [outcome.error] } : {});
  }
  return succeed(outcome.refund);
});

export const cancelOrderRefund = adminAction(cancelRefundInput, async (input, admin) => {
  const allowed = await allowRefundCall(admin.id);
  if (!allowed.ok) return fail(allowed.error);
  const outcome = await cancelRefund(input.orderId, input.refundId);
  refresh();
  return outcome.ok ? succeed() : fail(outcome.error);
});

// "Volver a encolar" on a dead job (the overview's queue) or a failed email (its order's page):
// the job gets its attempts back and runs at once; its email is "queued" again.
export const requeueJob = adminAction(z.object({ jobId }), async (input) => {
  const result = await requeueJobFromConsole(input.jobId);
  refresh();
  return result;
});

export const requeueNotification = adminAction(z.object({ notificationId }), async (input) => {
  const result = await requeueNotificationFromConsole(input.notificationId);
  refresh();
  return result;
});
