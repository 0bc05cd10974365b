import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { fintoc } from "@/lib/fintoc";
import type { Prisma } from "@/lib/generated/prisma/client";
import { describeFintocError } from "@/lib/checkout/fintoc-error-message";
import { ensureFintocCustomer } from "@/lib/customers/ensure-fintoc-customer";

export type SetupResult = { ok: true; redirectUrl: string } | { ok: false; error: string };

// Seed 004, step 1: a `flow: setup` Checkout Session for the user's Fintoc customer, with the
// bank and RUT they already chose here preselected, so the hosted page does not ask again.
export async function startBankAccountSetup(
  userId: string,
  input: { institutionId: string; holderRut: string; formToken: string },
): Promise<SetupResult> {
  try {
    const customer = await ensureFintocCustomer(userId);
    const { APP_URL } = env();
    const session = await fintoc().createCheckoutSession(
      {
        flow: "setup",
        currency: "CLP",
        customer,
        payment_method_types: ["bank_transfer"],
        payment_method_options: {
          bank_transfer: {
            sender_account: { institution_id: input.institutionId, holder_id: input.holderRut },
          },
        },
        metadata: { user_id: userId },
        success_url: `${APP_URL}/account/payment-methods?resultado=guardada`,
        cancel_url: `${APP_URL}/account/payment-methods?resultado=cancelada`,
      },
      `setup-${userId}-${input.formToken}`,
    );
    if (!session.redirect_url)
      throw new Error(`Fintoc returned setup session ${session.id} without redirect_url`);
    await db.checkoutSession.upsert({
      where: { id: session.id },
      create: {
        id: session.id,
        flow: "SETUP",
        status: session.status,
        userId,
        institutionId: input.institutionId,
        redirectUrl: session.redirect_url,
        lastPayload: session as unknown as Prisma.InputJsonValue,
      },
      update: {},
    });
    return { ok: true, redirectUrl: session.redirect_url };
  } catch (error) {
    console.error(
      `[payment-methods] setup for user ${userId} failed:`,
      error instanceof Error ? error.message : error,
    );
    return { ok: false, error: describeFintocError(error) };
  }
}
