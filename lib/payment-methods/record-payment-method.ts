import type { Tx } from "@/lib/db-types";
import type { PaymentMethod } from "@/lib/fintoc/objects";
import { recordAccountDetails } from "./record-account-details";

export type RecordResult = { applied: true; userId: string } | { applied: false; reason: string };

// Stores what Fintoc told us about a saved payment method. Called for
// `payment_method.activated` (full details) and for a finished setup or save-during-payment
// session (just the id, until activation, and for a setup the bank chosen on our page). Any
// order, any number of times, concurrently: the insert does nothing if the row exists, a method
// never goes back from ACTIVE to PENDING, and one the user removed stays removed. Activation
// emails the owner once (record-account-details.ts).
export async function recordPaymentMethod(
  tx: Tx,
  input: {
    id: string;
    customerId: string;
    method?: PaymentMethod;
    institutionId?: string | null;
  },
): Promise<RecordResult> {
  const user = await tx.user.findUnique({
    where: { fintocCustomerId: input.customerId },
    select: { id: true },
  });
  if (!user) return { applied: false, reason: `no user for customer ${input.customerId}` };

  await tx.paymentMethod.createMany({
    data: [
      {
        id: input.id,
        userId: user.id,
        fintocCustomerId: input.customerId,
        type: input.method?.type ?? "bank_transfer",
        institutionId: input.institutionId ?? null,
      },
    ],
    skipDuplicates: true,
  });

  const account = input.method?.bankAccount;
  if (account) await recordAccountDetails(tx, { id: input.id, userId: user.id }, account);
  const row = await tx.paymentMethod.findUniqueOrThrow({
    where: { id: input.id },
    select: { status: true, userId: true },
  });
  if (row.status === "REMOVED" || row.userId !== user.id) return { applied: true, userId: user.id };
  // The first method a user saves becomes their default; later ones do not take over.
  await tx.user.updateMany({
    where: { id: user.id, defaultPaymentMethodId: null },
    data: { defaultPaymentMethodId: input.id },
  });
  return { applied: true, userId: user.id };
}
