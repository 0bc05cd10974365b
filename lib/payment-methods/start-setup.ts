import "server-only";
import { env } from "@/lib/env";
import { fintoc } from "@/lib/fintoc";
import { setupSessionParams } from "@/lib/fintoc/session-requests";
import { describeFintocError } from "@/lib/checkout/fintoc-error-message";
import { storeSetupSession } from "@/lib/checkout-sessions/store";
import { ensureFintocCustomer } from "@/lib/customers/ensure-fintoc-customer";
import type { Outcome } from "@/lib/actions";
import { errorFields, log } from "@/lib/log";

export type SetupResult = Outcome<{ redirectUrl: string }>;

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
      setupSessionParams({
        customerId: customer,
        userId,
        institutionId: input.institutionId,
        holderRut: input.holderRut,
        successUrl: `${APP_URL}/account/payment-methods?resultado=guardada`,
        cancelUrl: `${APP_URL}/account/payment-methods?resultado=cancelada`,
      }),
      `setup-${userId}-${input.formToken}`,
    );
    if (!session.redirectUrl)
      throw new Error(`Fintoc returned setup session ${session.id} without redirect_url`);
    await storeSetupSession(session, { userId, institutionId: input.institutionId });
    return { ok: true, redirectUrl: session.redirectUrl };
  } catch (error) {
    log.error({ userId, ...errorFields(error) }, "bank-account setup failed");
    return { ok: false, error: describeFintocError(error) };
  }
}
