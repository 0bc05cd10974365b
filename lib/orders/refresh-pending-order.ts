import "server-only";
import { FintocApiError, FintocUnavailableError } from "@/lib/fintoc";
import { mayAskFintocAbout } from "@/lib/limits/fintoc-reads";
import { loadOrderView, type ViewableOrder } from "./access";
import { refreshSessionFromFintoc } from "./refresh-from-fintoc";
import { log } from "@/lib/log";

// While an order waits for its webhook, ask Fintoc directly. Returns the order re-read after
// applying, or null when there was nothing to ask (or Fintoc could not answer: the page then
// shows what we know and keeps polling).
export async function refreshPendingOrder(order: ViewableOrder): Promise<ViewableOrder | null> {
  const session = order.sessions[0];
  if (order.status !== "PENDING" || !session || session.attempt !== order.attempt) return null;
  if (session.status === "expired" || session.paymentIntentStatus === "succeeded") return null;
  if (!(await mayAskFintocAbout(session.id))) return null;
  try {
    await refreshSessionFromFintoc(session.id, "return-page");
  } catch (error) {
    if (error instanceof FintocApiError || error instanceof FintocUnavailableError) {
      log.warn({ sessionId: session.id, reason: error.message }, "order refresh failed");
      return null;
    }
    throw error;
  }
  return loadOrderView(order.id);
}
