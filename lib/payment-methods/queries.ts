import "server-only";
import { bankName } from "@/lib/banks";
import { db } from "@/lib/db";
import { formatRut } from "@/lib/rut";

export type SavedPaymentMethod = {
  id: string;
  bankName: string;
  accountLast4: string | null;
  accountType: string | null;
  status: "PENDING" | "ACTIVE";
  isDefault: boolean;
};

// The user's saved methods, default first. Removed ones are history, not choices.
export async function listPaymentMethodsForUser(userId: string): Promise<SavedPaymentMethod[]> {
  const [user, methods] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { defaultPaymentMethodId: true } }),
    db.paymentMethod.findMany({
      where: { userId, status: { not: "REMOVED" } },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  return methods
    .map((method) => ({
      id: method.id,
      bankName: bankName(method.institutionId),
      accountLast4: method.accountLast4,
      accountType: method.accountType,
      status: method.status as "PENDING" | "ACTIVE",
      isDefault: method.id === user.defaultPaymentMethodId,
    }))
    .sort((a, b) => Number(b.isDefault) - Number(a.isDefault));
}

// The method a one-click payment uses: the user's default if it is active, else their first
// active one. Null when they have none ready.
export async function getOneClickMethodOrNull(userId: string): Promise<SavedPaymentMethod | null> {
  const methods = await listPaymentMethodsForUser(userId);
  return methods.find((method) => method.status === "ACTIVE") ?? null;
}

// Only an ACTIVE method of this very user: an id from a form that belongs to someone else, or
// that is pending or removed, is not usable.
export async function getActiveMethodForUserOrNull(userId: string, paymentMethodId: string) {
  return db.paymentMethod.findFirst({
    where: { id: paymentMethodId, userId, status: "ACTIVE" },
    select: { id: true, fintocCustomerId: true },
  });
}

// The RUT the account was opened with, formatted for the "holder's RUT" input (most people save
// their own account); empty when they gave none.
export async function getHolderRutDefault(userId: string): Promise<string> {
  const { rut } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { rut: true } });
  return rut ? (formatRut(rut) ?? "") : "";
}
