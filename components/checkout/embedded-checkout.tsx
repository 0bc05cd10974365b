"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef, useState } from "react";
import { useFormStatus } from "react-dom";
import type { ActionState } from "@/lib/actions";
import type { WidgetHandOver } from "@/lib/checkout/fintoc-widget";
import { FormAlert } from "@/components/ui/form-alert";
import type { WidgetProps } from "./checkout-form";
import { useFintocWidget } from "./use-fintoc-widget";

type Phase = "idle" | "open" | "confirming" | "exited";

// Fintoc's widget event for a payment the shopper has started (its documented events list).
const PAYMENT_IN_PROGRESS = "payment_in_progress";

function WidgetButton({
  value,
  formAction,
  children,
}: {
  value: "embedded" | "hosted";
  // Another action than the form's own (paying the order made earlier again).
  formAction?: (formData: FormData) => void;
  children: string;
}) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      name="ui"
      value={value}
      formAction={formAction}
      disabled={pending}
      aria-disabled={pending}
      className={value === "embedded" ? "btn-secondary w-full py-3 text-base" : "btn-secondary"}
    >
      {children}
    </button>
  );
}

// "Pagar aquí": Fintoc's widget in our page, beside the hosted page's button of the same form.
// Rendered only once the page runs. The callbacks are signals, never proof (Fintoc says so):
// onSuccess sends the shopper to the order's page, which asks our server until the order
// settles (it retrieves the session and applies it as a webhook would); onExit leaves the order
// pending, to try again here or on Fintoc's page. An exit after onEvent("payment_in_progress")
// may be a shopper who closed the widget while the bank moves the money, or a payment the bank
// refused: the page asks our server which, rather than offer to pay again at once.
export function EmbeddedCheckout({
  widget,
  result,
}: {
  widget: WidgetProps;
  // The form's last result: a success carries the order and its session's token.
  result: ActionState<WidgetHandOver>;
}) {
  const { config, payAgain, checkAfterExit } = widget;
  const router = useRouter();
  const { load, open, destroy } = useFintocWidget(config);
  const [again, againAction] = useActionState(payAgain, null);
  // The latest success carries the order and the token the widget opens on; the callbacks
  // record which one ended and how.
  const latest = again?.ok ? again : result?.ok ? result : null;
  const [ended, setEnded] = useState<{ of: typeof latest; how: "success" | "exit" } | null>(null);
  const phase: Phase = !latest
    ? "idle"
    : ended?.of === latest
      ? ended.how === "success"
        ? "confirming"
        : "exited"
      : "open";
  const orderId = latest?.data.orderId ?? null;
  const notice = useRef<HTMLDivElement>(null);
  // Which way to pay again, set on the form data itself: a button's own name and value are
  // not reliably part of what a formAction receives.
  const payAgainIn = (ui: "embedded" | "hosted") => (formData: FormData) => {
    formData.set("ui", ui);
    againAction(formData);
  };

  // Each new success (the form's, or a "volver a intentar") opens the widget on its token.
  useEffect(() => {
    if (!latest) return;
    const { orderId: order, sessionToken } = latest.data;
    let paying = false;
    const confirm = () => {
      setEnded({ of: latest, how: "success" });
      destroy();
      router.push(`/orders/${order}`);
    };
    const exit = () =>
      setEnded((current) => (current?.of === latest ? current : { of: latest, how: "exit" }));
    // Closed once the payment started: "Confirmando tu pago…" while our server asks Fintoc,
    // then the order's page if the money is moving, else the offer to pay again.
    const askOurServer = async () => {
      setEnded({ of: latest, how: "success" });
      const form = new FormData();
      form.set("orderId", order);
      const answer = await checkAfterExit(null, form).catch(() => null);
      if (answer?.ok && answer.data.underway) router.push(`/orders/${order}`);
      else setEnded({ of: latest, how: "exit" });
    };
    open(sessionToken, {
      onEvent: (name) => {
        if (name === PAYMENT_IN_PROGRESS) paying = true;
      },
      onSuccess: confirm,
      onExit: () => {
        destroy();
        if (paying) void askOurServer();
        else exit();
      },
    });
  }, [latest, open, destroy, router, checkAfterExit]);

  useEffect(() => {
    if (phase === "exited" || phase === "confirming") notice.current?.focus();
  }, [phase]);

  if (load === "idle") return null;

  return (
    <div className="space-y-3">
      {phase === "exited" || phase === "confirming" ? null : load === "ready" ? (
        <WidgetButton value="embedded">Pagar aquí, sin salir de la tienda</WidgetButton>
      ) : load === "loading" ? (
        <button type="button" disabled aria-disabled className="btn-secondary w-full py-3">
          Preparando el pago aquí…
        </button>
      ) : (
        <p role="alert" className="rounded-lg bg-amber-50 px-4 py-3 text-sm text-amber-900">
          No pudimos cargar el pago de Fintoc en esta página. Puedes pagar igual en la página de
          Fintoc con el botón de arriba.
        </p>
      )}
      <div ref={notice} tabIndex={-1} role="status" aria-live="polite" className="outline-none">
        {phase === "confirming" ? (
          <p className="flex items-center gap-2 rounded-lg bg-stone-100 px-4 py-3 text-sm">
            <span
              className="size-4 animate-spin rounded-full border-2 border-stone-300 border-t-stone-700"
              aria-hidden
            />
            Confirmando tu pago…
          </p>
        ) : null}
        {phase === "exited" && orderId ? (
          <div className="space-y-3 rounded-lg bg-amber-50 px-4 py-3 text-sm text-amber-950">
            <p className="font-medium">Tu pedido quedó pendiente de pago.</p>
            <p>No recibimos tu pago. Puedes intentarlo de nuevo aquí o en la página de Fintoc.</p>
            <input type="hidden" name="orderId" value={orderId} />
            <div className="flex flex-wrap gap-2">
              <WidgetButton value="embedded" formAction={payAgainIn("embedded")}>
                Volver a intentar
              </WidgetButton>
              <WidgetButton value="hosted" formAction={payAgainIn("hosted")}>
                Pagar en la página de Fintoc
              </WidgetButton>
            </div>
          </div>
        ) : null}
      </div>
      {phase === "exited" ? <FormAlert message={again && !again.ok ? again.error : null} /> : null}
    </div>
  );
}
