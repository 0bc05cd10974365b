import type { ReactNode } from "react";
import type { AdminOrderDetail } from "@/lib/admin/order-detail";
import { PreciseTime } from "@/components/ui/date-time";
import { StatusBadge, type BadgeTone } from "@/components/ui/status-badge";

const kindLabels: Record<string, string> = {
  order_paid: "Confirmación de pago",
  payment_failed: "Pago fallido",
  session_expired: "Plazo de pago vencido",
  account_saved: "Cuenta bancaria guardada",
};

const states: Record<string, { label: string; tone: BadgeTone }> = {
  queued: { label: "En cola", tone: "waiting" },
  sent: { label: "Enviado", tone: "good" },
  failed: { label: "Falló", tone: "bad" },
};

type Notification = AdminOrderDetail["notifications"][number];

// One email to the shopper and where it stands: queued (with the last failed try's reason
// while the queue retries), sent, or failed once the queue gave up (docs/emails.md). An email
// about an attempt names its session and Fintoc's error_reason, as the sessions table does.
export function EmailState({
  notification,
  children,
}: {
  notification: Notification;
  // What the merchant can do about it (the re-queue button of a failed one).
  children?: ReactNode;
}) {
  const state = states[notification.status] ?? { label: notification.status, tone: "neutral" };
  return (
    <div className="space-y-1" data-testid={`email-${notification.kind}`}>
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
      {notification.kind !== "order_paid" ? (
        <span className="block text-xs font-normal text-stone-600">
          Sesión <code className="font-mono break-all">{notification.causeId}</code>
          {notification.errorReason ? (
            <>
              {" "}
              · motivo <code className="font-mono">{notification.errorReason}</code>
            </>
          ) : null}
        </span>
      ) : null}
      {notification.lastError && notification.status !== "sent" ? (
        <span className="block text-xs font-normal text-red-800">
          Último error: <code className="font-mono break-all">{notification.lastError}</code>
        </span>
      ) : null}
      {children}
    </div>
  );
}
