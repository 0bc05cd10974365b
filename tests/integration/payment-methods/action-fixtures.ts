import { randomInt, randomUUID } from "node:crypto";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { computeRutCheckDigit } from "@/lib/rut";
import { createUser } from "../auth/fixtures";

// Server actions are called as the browser calls them: a FormData in, an ActionResult out, or
// a thrown NEXT_REDIRECT when they send the shopper elsewhere.

export function form(fields: Record<string, string> = {}): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

// Where the action redirected to. Fails the test if it returned instead.
export async function redirectOf(action: Promise<unknown>): Promise<string> {
  const thrown = await action.then(
    (result) => {
      throw new Error(`expected a redirect, the action returned ${JSON.stringify(result)}`);
    },
    (error: unknown) => error,
  );
  const digest = (thrown as { digest?: unknown }).digest;
  if (typeof digest !== "string" || !digest.startsWith("NEXT_REDIRECT;")) throw thrown;
  // NEXT_REDIRECT;<type>;<url>;<status>;
  return digest.split(";").slice(2, -2).join(";");
}

// A fresh valid RUT in its canonical form, so no two tests share one at the emulator.
export function uniqueRut(): string {
  const body = String(randomInt(10_000_000, 99_999_999));
  return `${body}-${computeRutCheckDigit(body)}`;
}

export async function createShopper({
  rut,
  customerId,
}: { rut?: string; customerId?: string } = {}) {
  const { id, email, name, role } = await createUser();
  if (rut || customerId)
    await db.user.update({ where: { id }, data: { rut, fintocCustomerId: customerId } });
  const sessionUser: SessionUser = { id, email, name, role };
  return sessionUser;
}

type MethodStatus = "PENDING" | "ACTIVE" | "REMOVED";

// A saved method as the webhooks leave it, made directly: these tests are about what the
// account actions do with it, not how it arrived.
export async function storeMethod(
  userId: string,
  {
    status = "ACTIVE",
    createdAt = new Date(),
    fintocCustomerId = "cus_test",
  }: { status?: MethodStatus; createdAt?: Date; fintocCustomerId?: string } = {},
) {
  return db.paymentMethod.create({
    data: {
      id: `pm_${randomUUID().replaceAll("-", "").slice(0, 16)}`,
      userId,
      fintocCustomerId,
      status,
      institutionId: "cl_banco_estado",
      accountLast4: "1234",
      accountType: "checking_account",
      createdAt,
    },
  });
}

export async function userState(userId: string) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { defaultPaymentMethodId: true, fintocCustomerId: true },
  });
  const methods = await db.paymentMethod.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: { id: true, status: true },
  });
  return { ...user, methods };
}
