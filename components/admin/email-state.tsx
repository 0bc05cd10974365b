import type { AdminOrderDetail } from "@/lib/admin/order-detail";
import { PreciseTime } from "@/components/ui/date-time";
import { StatusBadge, type BadgeTone } from "@/components/ui/status-badge";

const kindLabels: Record<string, string> = { order_paid: "Confirmación de pago" };

const states: Record<string, { label: string; tone: BadgeTone }> = {
  queued: { label: "En cola", tone: "waiting" },
  sent: { label: "Enviado", tone: "good" },
  failed: { label: "Falló", tone: "bad" },
};

type Notification = AdminOrderDetail["notifications"][number];

// One email to the shopper and where it stands: queued (with the last failed try's reason
// while the queue retries), sent, or failed once the queue gave up (docs/emails.md).
export function EmailState({ notification }: { notification: Notification }) {
  const state = states[notification.status] ?? { label: notification.status, tone: "neutral" };
  return (
    <span className="block space-y-1" data-testid={`email-${notification.kind}`}>
      <span className="flex flex-wrap items-center gap-2">
        {kindLabels[notification.kind] ?? notification.kind}
        <StatusBadge tone={state.tone}>{state.label}</StatusBadge>
      </span>
      <span className="block text-xs font-normal text-stone-600">
        {notification.sentAt ? (
          <>
            Enviado a {notification.email} · <PreciseTime value={notification.sentAt} />
          </>
        ) : (
          <>
            Para {notification.email} · en cola desde <PreciseTime value={notification.createdAt} />
          </>
        )}
        {notification.attempts > 1 || notification.lastError
          ? ` · ${notification.attempts} ${notification.attempts === 1 ? "intento" : "intentos"}`
          : null}
      </span>
      {notification.lastError && notification.status !== "sent" ? (
        <span className="block text-xs font-normal text-red-800">
          Último error: <code className="font-mono break-all">{notification.lastError}</code>
        </span>
      ) : null}
    </span>
  );
}
