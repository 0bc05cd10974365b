// The queue's tasks (lib/jobs/worker.ts runs them). Names are stored in the queue's rows, so a
// rename strands the jobs already queued under the old one.
export const TASK = {
  sendNotification: "send_notification",
  reconcile: "reconcile",
  cleanup: "cleanup",
  sendPasswordReset: "send_password_reset",
} as const;
