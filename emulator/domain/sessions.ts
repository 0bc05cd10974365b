import { ApiError, invalidParam } from "../api/errors";
import { isoSeconds } from "../clock";
import type { Deps } from "../deps";
import { newId, randomBase62 } from "../ids";
import type { JsonObject, Mode, StoredSession } from "../types";
import { findCustomerByTaxId, storeCustomer } from "./customers";
import { emitEvent } from "./events";
import { renderSession } from "./render";
import { readSessionParams } from "./session-params";

export function createSession(deps: Deps, mode: Mode, body: JsonObject): StoredSession {
  const input = readSessionParams(deps, mode, body);
  let customerId: string | null = null;
  if (input.customer && "id" in input.customer) customerId = input.customer.id;
  if (input.customer && "data" in input.customer) {
    // INFERRED: customer_data whose tax_id matches an existing customer reuses that customer
    // (POST /v2/customers would refuse the duplicate with a 409).
    const data = input.customer.data;
    const existing = data.tax_id ? findCustomerByTaxId(deps, mode, data.tax_id) : undefined;
    customerId = (existing ?? storeCustomer(deps, mode, data)).id;
  }
  const id = newId("cs");
  const session: StoredSession = {
    ...input,
    id,
    object: "checkout_session",
    created_at: isoSeconds(deps.clock.now()),
    customer: customerId,
    payment_intent: null,
    // Seed 000: session_token is null when both success_url and cancel_url are sent.
    session_token: input.success_url && input.cancel_url ? null : `${id}_sec_${randomBase62(24)}`,
    setup_intent: input.flow === "setup" ? newId("seti") : null,
    status: "created",
    subscription: null,
    hosted: null,
  };
  deps.store.sessions.set(id, session);
  deps.store.changed();
  return session;
}

export function getSession(deps: Deps, mode: Mode, id: string): StoredSession {
  const session = deps.store.sessions.get(id);
  if (!session || session.mode !== mode)
    throw new ApiError(
      404,
      "invalid_request_error",
      "missing_resource",
      `No such checkout_session: ${id}`,
      "id",
    );
  return session;
}

export function isOpen(session: StoredSession): boolean {
  return session.status === "created" || session.status === "in_progress";
}

export function markInProgress(deps: Deps, session: StoredSession): void {
  if (session.status !== "created") return;
  session.status = "in_progress";
  deps.store.changed();
}

// Expiring also expires the session's unfinished payment (docs.fintoc.com) and emits
// checkout_session.expired (plus payment_intent.expired when a payment had started).
export function expireSession(deps: Deps, session: StoredSession): void {
  if (!isOpen(session)) return;
  session.status = "expired";
  const intent = session.payment_intent
    ? deps.store.paymentIntents.get(session.payment_intent)
    : undefined;
  if (intent && (intent.status === "created" || intent.status === "in_progress"))
    intent.status = "expired";
  deps.store.changed();
  emitEvent(
    deps,
    "checkout_session.expired",
    renderSession(deps, session, "webhook"),
    session.mode,
  );
  if (intent?.status === "expired") emitEvent(deps, "payment_intent.expired", intent, session.mode);
}

// POST /v2/checkout_sessions/{id}/expire: only a `created` session can be expired (docs);
// anything else is a 400, as Stripe answers for a session that is no longer open.
export function expireByApi(deps: Deps, session: StoredSession): void {
  if (session.status !== "created") {
    throw invalidParam(
      "invalid_status",
      `Only a checkout session with status created can be expired; this one is ${session.status}.`,
      null,
    );
  }
  expireSession(deps, session);
}

export function expireIfDue(deps: Deps, session: StoredSession): boolean {
  if (!isOpen(session) || Date.parse(session.expires_at) > deps.clock.now().getTime()) return false;
  expireSession(deps, session);
  return true;
}

export function expireDueSessions(deps: Deps): number {
  let expired = 0;
  for (const session of deps.store.sessions.values()) {
    if (expireIfDue(deps, session)) expired++;
  }
  return expired;
}
