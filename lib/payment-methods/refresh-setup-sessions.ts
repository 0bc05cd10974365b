import "server-only";
import { db } from "@/lib/db";
import { fintoc, FintocApiError, FintocUnavailableError } from "@/lib/fintoc";
import { mayAskFintocAbout } from "@/lib/limits/fintoc-reads";
import { applySetupSession } from "./apply-setup-session";
import { log } from "@/lib/log";

// When the shopper comes back from saving an account, the webhook may not have arrived: ask
// Fintoc about their open setup sessions and apply the answer through the webhook's own path.
export async function refreshOpenSetupSessions(userId: string): Promise<void> {
  const open = await db.checkoutSession.findMany({
    where: {
      userId,
      flow: "SETUP",
      status: { in: ["created", "in_progress"] },
      // Sessions expire after 24 h at the latest; older ones are not worth a request.
      createdAt: { gt: new Date(Date.now() - 24 * 60 * 60 * 1000) },
    },
    orderBy: { createdAt: "desc" },
    take: 3,
    select: { id: true },
  });
  for (const { id } of open) {
    if (!(await mayAskFintocAbout(id))) continue;
    try {
      const session = await fintoc().retrieveCheckoutSession(id);
      await db.$transaction((tx) => applySetupSession(tx, session));
    } catch (error) {
      if (!(error instanceof FintocApiError || error instanceof FintocUnavailableError))
        throw error;
      log.warn({ sessionId: id, reason: error.message }, "setup session refresh failed");
    }
  }
}
