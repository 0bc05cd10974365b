import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { createUser } from "../auth/fixtures";

// A shopper with a Fintoc customer, and Fintoc's payloads for saving one of their accounts.

export async function userWithCustomer() {
  const user = await createUser();
  const customerId = `cus_${randomUUID().slice(0, 12)}`;
  await db.user.update({ where: { id: user.id }, data: { fintocCustomerId: customerId } });
  return { ...user, customerId };
}

// Seed 004's payment_method.activated payload, for this customer.
export function activatedMethod(id: string, customer: string, accountNumber = "9530516286") {
  return {
    id,
    object: "payment_method",
    card: null,
    created_at: new Date().toISOString(),
    customer,
    mode: "test",
    metadata: {},
    bank_transfer: {
      account_holder_id: "123456789",
      account_number: accountNumber,
      account_type: "checking_account",
      institution_id: "cl_banco_santander",
      status: "active",
    },
    type: "bank_transfer",
  };
}

export function finishedSetup(sessionId: string, customer: string, paymentMethod: string) {
  return {
    id: sessionId,
    object: "checkout_session",
    flow: "setup",
    status: "finished",
    mode: "test",
    currency: "CLP",
    metadata: {},
    customer: {
      id: customer,
      object: "customer",
      email: "x@example.cl",
      name: "X",
      metadata: {},
      tax_id: null,
    },
    payment_method: paymentMethod,
    payment_method_types: ["bank_transfer"],
    payment_resource: {},
    setup_intent: "seti_123",
    redirect_url: `http://localhost:4010/checkout/${sessionId}`,
  };
}
