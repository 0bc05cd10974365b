import "server-only";
import { consumeRateLimit } from "@/lib/auth/rate-limit";

// Pages that ask Fintoc about a session while they render (an order's return page, which
// reloads itself while the payment is pending; the saved accounts page after a setup) ask at
// most once a second per session, however many tabs, reloads or scripts request them: Fintoc's
// quota (about 100 requests a second per organisation) is shared with every shopper's payment.
// A page that may not ask shows what we already know, and the webhook or the next reload brings
// the rest.
export async function mayAskFintocAbout(sessionId: string): Promise<boolean> {
  const decision = await consumeRateLimit([
    { key: `fintoc:retrieve:${sessionId}`, limit: 1, windowSeconds: 1 },
  ]);
  return decision.allowed;
}
