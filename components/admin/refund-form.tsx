"use client";

import { useActionState, useState } from "react";
import type { FormAction } from "@/lib/actions";
import type { RequestedRefund } from "@/lib/refunds/request-refund";
import { formatMoney } from "@/lib/money";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";

// "Reembolsar": the whole of what is left or a part, with a reason and the choice to put the
// units back in stock, then a confirmation step. The token makes a double click one refund.
export function RefundForm({
  orderId,
  refundable,
  canRestock,
  token,
  action,
}: {
  orderId: string;
  refundable: number;
  canRestock: boolean;
  token: string;
  action: FormAction<RequestedRefund>;
}) {
  const [state, formAction] = useActionState(action, null);
  const [scope, setScope] = useState<"all" | "part">("all");
  const [amount, setAmount] = useState("");
  const [reviewing, setReviewing] = useState(false);
  const failure = state && !state.ok ? state : null;
  const typed = Number(amount.replace(/^\$\s*/, "").replaceAll(".", ""));
  const shown = scope === "all" ? refundable : Number.isInteger(typed) && typed > 0 ? typed : null;

  if (state?.ok) {
    return (
      <p role="status" className="text-sm text-emerald-800">
        Pedimos a Fintoc el reembolso de {formatMoney(state.data.amount)}. Su estado se actualiza
        cuando Fintoc avisa.
      </p>
    );
  }
  return (
    <form action={formAction} className="space-y-4" aria-label="Reembolsar el pedido">
      <input type="hidden" name="orderId" value={orderId} />
      <input type="hidden" name="requestToken" value={token} />
      <input type="hidden" name="confirmed" value={reviewing ? "yes" : ""} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-stone-800">¿Cuánto reembolsar?</legend>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="radio"
            name="scope"
            value="all"
            checked={scope === "all"}
            onChange={() => setScope("all")}
          />
          Todo lo que queda ({formatMoney(refundable)})
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="radio"
            name="scope"
            value="part"
            checked={scope === "part"}
            onChange={() => setScope("part")}
          />
          Una parte
        </label>
      </fieldset>
      {scope === "part" ? (
        <div className="max-w-64">
          <TextField
            name="amount"
            label={`Monto en pesos (máximo ${formatMoney(refundable)})`}
            inputMode="numeric"
            value={amount}
            onChange={(event) => setAmount(event.target.value)}
            errors={failure?.fieldErrors.amount}
          />
        </div>
      ) : null}
      <TextField
        name="reason"
        label="Motivo"
        required
        minLength={3}
        maxLength={300}
        defaultValue={failure?.values.reason ?? ""}
        errors={failure?.fieldErrors.reason}
      />
      {canRestock ? (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="restock" />
          Devolver las unidades del pedido al stock
        </label>
      ) : null}
      <FormAlert message={failure?.error} />
      {reviewing ? (
        <div className="space-y-3 rounded-xl bg-amber-50 p-4 ring-1 ring-amber-200">
          <p className="text-sm text-amber-950">
            Vas a devolver {shown !== null ? formatMoney(shown) : "el monto indicado"} a la cuenta
            que pagó. Fintoc no lo deshace una vez en proceso.
          </p>
          <div className="flex flex-wrap gap-2">
            <SubmitButton pendingLabel="Reembolsando…" className="btn-primary">
              Confirmar reembolso
            </SubmitButton>
            <button type="button" className="btn-secondary" onClick={() => setReviewing(false)}>
              Volver
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="btn-primary" onClick={() => setReviewing(true)}>
          Reembolsar
        </button>
      )}
    </form>
  );
}
