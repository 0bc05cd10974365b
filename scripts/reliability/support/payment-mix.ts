import type { OrderStatus } from "@/lib/generated/prisma/enums";

// What happens to each order of a storm, in proportions close to a real store's day: most
// payments succeed, some fail or are rejected by the bank, some stay pending and settle later
// (either way), and some shoppers never pay (the session expires, or they cancel on Fintoc's page).

export type PlannedOutcome =
  | "succeeded"
  | "failed"
  | "rejected"
  | "pending_then_succeeded"
  | "pending_then_failed"
  | "expired"
  | "canceled";

// One cycle of 25 orders, repeated: 16 end paid, 6 failed, 3 expired.
const CYCLE: PlannedOutcome[] = [
  ...Array<PlannedOutcome>(14).fill("succeeded"),
  "failed",
  "failed",
  "failed",
  "rejected",
  "rejected",
  "pending_then_succeeded",
  "pending_then_succeeded",
  "pending_then_failed",
  "expired",
  "expired",
  "canceled",
];

const ERROR_REASONS = ["insufficient_funds", "bank_account_locked", "mfa_authorization_timeout"];

export interface PaymentPlan {
  outcome: PlannedOutcome;
  // Sent with a failed outcome; what the order's failureReason must say.
  errorReason: string | null;
}

export function planPayment(index: number): PaymentPlan {
  const outcome = CYCLE[index % CYCLE.length] as PlannedOutcome;
  const errorReason =
    outcome === "failed" ? (ERROR_REASONS[index % ERROR_REASONS.length] as string) : null;
  return { outcome, errorReason };
}

export interface ExpectedOrder {
  status: OrderStatus;
  failureReason: string | null;
  sessionStatus: "finished" | "expired";
  intentStatus: "succeeded" | "failed" | "rejected" | null;
}

// The one right end state of an order after every event of its payment has been applied.
export function expectedOrder(plan: PaymentPlan): ExpectedOrder {
  switch (plan.outcome) {
    case "succeeded":
    case "pending_then_succeeded":
      return {
        status: "PAID",
        failureReason: null,
        sessionStatus: "finished",
        intentStatus: "succeeded",
      };
    case "failed":
      return {
        status: "FAILED",
        failureReason: plan.errorReason,
        sessionStatus: "finished",
        intentStatus: "failed",
      };
    case "pending_then_failed":
      // The emulator settles a failed transfer with its default reason.
      return {
        status: "FAILED",
        failureReason: "insufficient_funds",
        sessionStatus: "finished",
        intentStatus: "failed",
      };
    case "rejected":
      return {
        status: "FAILED",
        failureReason: "rejected",
        sessionStatus: "finished",
        intentStatus: "rejected",
      };
    case "expired":
    case "canceled":
      return {
        status: "EXPIRED",
        failureReason: null,
        sessionStatus: "expired",
        intentStatus: null,
      };
  }
}
