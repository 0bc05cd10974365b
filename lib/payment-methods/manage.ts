import "server-only";
import { db } from "@/lib/db";

// What the account page lets a user do with their saved methods. Every query carries the
// user's id: a payment method id from someone else's account matches no row, and the user gets
// the same answer as for an id that does not exist (false).

export async function setDefaultPaymentMethodForUser(
  userId: string,
  paymentMethodId: string,
): Promise<boolean> {
  const method = await db.paymentMethod.findFirst({
    where: { id: paymentMethodId, userId, status: "ACTIVE" },
    select: { id: true },
  });
  if (!method) return false;
  await db.user.update({ where: { id: userId }, data: { defaultPaymentMethodId: method.id } });
  return true;
}

// Fintoc documents no call to detach a saved method, so removing it is ours alone: the store
// stops offering it and will not accept it for a payment again. The oldest active method left
// becomes the default if the removed one was.
export async function removePaymentMethodForUser(
  userId: string,
  paymentMethodId: string,
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.paymentMethod.updateMany({
      where: { id: paymentMethodId, userId, status: { not: "REMOVED" } },
      data: { status: "REMOVED" },
    });
    if (count === 0) return false;
    const next = await tx.paymentMethod.findFirst({
      where: { userId, status: "ACTIVE" },
      orderBy: { createdAt: "asc" },
      select: { id: true },
    });
    await tx.user.updateMany({
      where: { id: userId, defaultPaymentMethodId: paymentMethodId },
      data: { defaultPaymentMethodId: next?.id ?? null },
    });
    return true;
  });
}
