import "server-only";
import type { Outcome } from "@/lib/actions";
import { consumeRateLimit, type RateLimitRule } from "@/lib/auth/rate-limit";
import { readGuestCartId } from "@/lib/cart/guest-cookie";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { requestAddress } from "./request-address";
import { waitInSpanish } from "./wait-message";

// Every action that creates something at Fintoc (a Checkout Session for a payment, a one-click
// payment, saving an account, a new attempt) takes a slot here first, before anything is
// created at Fintoc or written in our database. Fintoc allows about 100 requests a second per
// organisation (docs.fintoc.com, "API rate limits"): one script submitting the checkout in a
// loop would otherwise spend it for every real shopper. Limited per shopper (the signed-in user,
// or the guest's cart) and per client address, both over RATE_LIMIT_FINTOC_WINDOW_SECONDS.

function fintocCallRules(shopperKey: string | null, address: string): RateLimitRule[] {
  const config = env();
  const windowSeconds = config.RATE_LIMIT_FINTOC_WINDOW_SECONDS;
  const rules: RateLimitRule[] = [
    {
      key: `fintoc:address:${address}`,
      limit: config.RATE_LIMIT_FINTOC_PER_ADDRESS,
      windowSeconds,
    },
  ];
  if (shopperKey)
    rules.push({
      key: `fintoc:${shopperKey}`,
      limit: config.RATE_LIMIT_FINTOC_PER_SHOPPER,
      windowSeconds,
    });
  return rules;
}

export function tooManyPaymentRequestsMessage(retryAfterSeconds: number): string {
  return `Hiciste muchas solicitudes de pago seguidas. Espera ${waitInSpanish(retryAfterSeconds)} y vuelve a intentarlo.`;
}

// `userId` comes from the session (null for a guest, who is counted by the cart in their
// cookie; a guest without one is counted by address only).
export async function allowFintocCall(userId: string | null): Promise<Outcome> {
  const guestCartId = userId ? null : await readGuestCartId();
  const shopperKey = userId ? `user:${userId}` : guestCartId ? `cart:${guestCartId}` : null;
  const address = await requestAddress();
  const decision = await consumeRateLimit(fintocCallRules(shopperKey, address));
  if (decision.allowed) return { ok: true };
  const { retryAfterSeconds } = decision;
  log.warn({ limit: "fintoc-calls", shopperKey, address, retryAfterSeconds }, "rate limited");
  return { ok: false, error: tooManyPaymentRequestsMessage(decision.retryAfterSeconds) };
}
