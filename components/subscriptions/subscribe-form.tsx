"use client";

import type { FormAction } from "@/lib/actions";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormFailure } from "@/components/ui/use-form-failure";

type Props = { action: FormAction<unknown>; planSlug: string; formToken: string };

// Only the plan travels: what it costs and what it charges are read from our database.
export function SubscribeForm({ action, planSlug, formToken }: Props) {
  const [failure, formAction] = useFormFailure(action);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="planSlug" value={planSlug} />
      <input type="hidden" name="formToken" value={formToken} />
      <FormAlert message={failure?.error} />
      <SubmitButton pendingLabel="Conectando con Fintoc…">Suscribirme</SubmitButton>
    </form>
  );
}
