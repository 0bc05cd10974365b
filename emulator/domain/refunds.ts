import { ApiError, invalidParam, notFound } from "../api/errors";
import { readEnum, readInteger, readMetadata, requireString } from "../api/params";
import type { Deps } from "../deps";
import { newId } from "../ids";
import type { JsonObject, Mode, Refund, RefundStatus } from "../types";
import { emitEvent } from "./events";

// Refunds of a succeeded payment intent (docs.fintoc.com/reference/payments-api/refunds):
// `POST /v1/refunds` opens one as `pending`; the bank takes it `in_progress` and then to
// `succeeded` or `failed`; only a pending refund can be canceled. The sum of a payment's live
// refunds (all but failed and canceled) never exceeds its amount.

export const failureCodes = ["insufficient_funds", "fraud_risk", "account_closed"] as const;

// How long each step takes on the emulated clock (INFERRED: Fintoc runs refunds in daily
// batches; a minute each keeps `npm run fintoc clock` demos short).
export const REFUND_STEP_MS = 60_000;

const alive = (refund: Refund) => refund.status !== "failed" && refund.status !== "canceled";

export function refundedAmount(deps: Deps, intentId: string): number {
  let sum = 0;
  for (const refund of deps.store.refunds.values()) {
    if (refund.resource_id === intentId && alive(refund)) sum += refund.amount;
  }
  return sum;
}

export function createRefund(deps: Deps, mode: Mode, body: JsonObject): Refund {
  requireString(body, "resource_type");
  readEnum(body, "resource_type", ["payment_intent"] as const);
  const resourceId = requireString(body, "resource_id");
  const intent = deps.store.paymentIntents.get(resourceId);
  if (!intent || intent.mode !== mode) throw notFound("payment_intent", resourceId);
  if (body.recipient_account !== undefined && body.recipient_account !== null) {
    // Only payments whose payer account Fintoc cannot tell (Botón BancoEstado) need one, and
    // the emulator's payments are all bank transfers with a known sender.
    throw invalidParam(
      "invalid_params",
      "recipient_account is not allowed for this payment: Fintoc refunds to the account that paid.",
      "recipient_account",
    );
  }
  if (intent.status !== "succeeded") {
    throw invalidParam(
      "invalid_status",
      `Only a succeeded payment intent can be refunded; ${intent.id} is ${intent.status}.`,
      "resource_id",
    );
  }
  const left = intent.amount - refundedAmount(deps, intent.id);
  const amount = readInteger(body, "amount", "amount", "invalid_amount", 1) ?? left;
  if (amount < 1 || amount > left) {
    throw invalidParam(
      "invalid_amount",
      `The sum of all refunds of ${intent.id} cannot exceed its amount; ${left} is left to refund.`,
      "amount",
    );
  }
  const now = deps.clock.now().toISOString();
  const refund: Refund = {
    id: newId("re"),
    object: "refund",
    amount,
    created_at: now,
    currency: intent.currency,
    failure_code: null,
    metadata: readMetadata(body) ?? {},
    mode,
    recipient_account: null,
    resource_id: intent.id,
    resource_type: "payment_intent",
    status: "pending",
    updated_at: now,
  };
  deps.store.refunds.set(refund.id, refund);
  deps.store.changed();
  return refund;
}

export function getRefund(deps: Deps, mode: Mode, id: string): Refund {
  const refund = deps.store.refunds.get(id);
  if (!refund || refund.mode !== mode) throw notFound("refund", id);
  return refund;
}

function setStatus(deps: Deps, refund: Refund, status: RefundStatus): void {
  refund.status = status;
  refund.updated_at = deps.clock.now().toISOString();
  deps.store.changed();
}

export function cancelRefund(deps: Deps, refund: Refund): void {
  if (refund.status !== "pending") {
    throw invalidParam(
      "invalid_status",
      `Only refunds in pending status can be canceled; ${refund.id} is ${refund.status}.`,
      null,
    );
  }
  setStatus(deps, refund, "canceled");
}

// Moves a refund forward, through `in_progress` first if it was still pending, emitting
// refund.in_progress and then refund.succeeded|failed as the bank would.
export function advanceRefund(
  deps: Deps,
  refund: Refund,
  status: "in_progress" | "succeeded" | "failed",
  failureCode: string | null = null,
): void {
  const open = refund.status === "pending" || refund.status === "in_progress";
  if (!open || (status === "in_progress" && refund.status === "in_progress")) {
    throw new ApiError(
      400,
      "invalid_request_error",
      "invalid_status",
      `refund ${refund.id} is ${refund.status} and cannot become ${status}.`,
    );
  }
  if (refund.status === "pending") {
    setStatus(deps, refund, "in_progress");
    emitEvent(deps, "refund.in_progress", refund, refund.mode);
  }
  if (status === "in_progress") return;
  refund.failure_code = status === "failed" ? (failureCode ?? "insufficient_funds") : null;
  setStatus(deps, refund, status);
  emitEvent(deps, `refund.${status}`, refund, refund.mode);
}

// On the emulated clock: a pending refund starts after one step and succeeds after another.
export function advanceDueRefunds(deps: Deps): number {
  const now = deps.clock.now().getTime();
  let moved = 0;
  for (const refund of deps.store.refunds.values()) {
    const since = now - Date.parse(refund.updated_at);
    if (refund.status === "pending" && since >= REFUND_STEP_MS) {
      const done = now - Date.parse(refund.created_at) >= 2 * REFUND_STEP_MS;
      advanceRefund(deps, refund, done ? "succeeded" : "in_progress");
      moved++;
    } else if (refund.status === "in_progress" && since >= REFUND_STEP_MS) {
      advanceRefund(deps, refund, "succeeded");
      moved++;
    }
  }
  return moved;
}
