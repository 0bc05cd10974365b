import "server-only";
import { db } from "@/lib/db";
import { fintoc, FintocApiError } from "@/lib/fintoc";
import { normalizeRut } from "@/lib/rut";

// Each user gets one Fintoc customer, created the first time a feature needs it (saving an
// account, or paying with one) and then reused. The idempotency key is the user, so a retry or
// two tabs racing each other get the same customer from Fintoc.
export async function ensureFintocCustomer(userId: string): Promise<string> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, name: true, rut: true, fintocCustomerId: true },
  });
  if (user.fintocCustomerId) return user.fintocCustomerId;

  const rut = user.rut ? normalizeRut(user.rut) : null;
  const base = { email: user.email, name: user.name, metadata: { user_id: userId } };
  let customerId: string;
  try {
    const withRut = rut
      ? { ...base, tax_id: { type: "cl_rut" as const, value: rut.replace("-", "") } }
      : base;
    customerId = (await fintoc().createCustomer(withRut, `customer-${userId}`)).id;
  } catch (error) {
    // 409: Fintoc already has a customer with this RUT (made by another integration of the
    // merchant, or by a write of ours that was lost). Fintoc has no lookup by tax id that we
    // can rely on, so this user gets a customer of their own, identified by email. A 409 for
    // our own key still in flight (another tab) is not that: falling back would give the user
    // a second customer without their RUT, so it fails like any other error and is retried.
    if (!isDuplicateTaxId(error)) throw error;
    customerId = (await fintoc().createCustomer(base, `customer-${userId}-without-rut`)).id;
  }

  // Only the first writer stores its id; a concurrent loser adopts the winner's.
  await db.user.updateMany({
    where: { id: userId, fintocCustomerId: null },
    data: { fintocCustomerId: customerId },
  });
  const stored = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { fintocCustomerId: true },
  });
  return stored.fintocCustomerId ?? customerId;
}

function isDuplicateTaxId(error: unknown): boolean {
  return (
    error instanceof FintocApiError &&
    error.status === 409 &&
    error.code !== "idempotency_key_in_use"
  );
}
