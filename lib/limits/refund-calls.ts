import "server-only";
import type { Outcome } from "@/lib/actions";
import { consumeRateLimit } from "@/lib/auth/rate-limit";
import { env } from "@/lib/env";
import { requestAddress } from "./request-address";
import { waitInSpanish } from "./wait-message";

// The console's refunds and their cancellations call Fintoc too, from the same quota (about 100
// requests a second per organisation) the shoppers' payments need. A merchant refunding a day's
// returns one by one stays far inside the limit; a stolen console session or a script pressing
// "Reembolsar" in a loop does not. Counted per merchant and per client address, over
// RATE_LIMIT_FINTOC_WINDOW_SECONDS, apart from the shoppers' own counts.

export function tooManyRefundRequestsMessage(retryAfterSeconds: number): string {
  return `Pediste muchos reembolsos seguidos. Espera ${waitInSpanish(retryAfterSeconds)} y vuelve a intentarlo.`;
}

export async function allowRefundCall(adminId: string): Promise<Outcome> {
  const config = env();
  const windowSeconds = config.RATE_LIMIT_FINTOC_WINDOW_SECONDS;
  const decision = await consumeRateLimit([
    { key: `refund:admin:${adminId}`, limit: config.RATE_LIMIT_REFUNDS_PER_ADMIN, windowSeconds },
    {
      key: `refund:address:${await requestAddress()}`,
      limit: config.RATE_LIMIT_REFUNDS_PER_ADDRESS,
      windowSeconds,
    },
  ]);
  if (decision.allowed) return { ok: true };
  return { ok: false, error: tooManyRefundRequestsMessage(decision.retryAfterSeconds) };
}
