import type { Tx } from "@/lib/db-types";
import type { BankAccount } from "@/lib/fintoc";

// A PAC mandate as payment_method.activated reports it: the account a subscription charges,
// shown on "Mis suscripciones". Stored by its pm_… alone, so it does not matter whether the
// event comes before or after the session that names it; an active mandate stays active.
export async function recordMandate(
  tx: Tx,
  mandate: { id: string; customerId: string; account: BankAccount },
): Promise<void> {
  const { active, holderId, ...details } = mandate.account;
  void holderId;
  const status = active ? "active" : "pending";
  // Insert-or-nothing, then update: safe when two reports of one mandate run concurrently.
  await tx.subscriptionMandate.createMany({
    data: [{ id: mandate.id, fintocCustomerId: mandate.customerId, status, ...details }],
    skipDuplicates: true,
  });
  await tx.subscriptionMandate.updateMany({
    where: { id: mandate.id },
    data: { ...details, ...(active ? { status } : {}) },
  });
}
