"use client";

import { useActionState } from "react";
import type { FormAction } from "@/lib/actions";
import { FormAlert } from "@/components/ui/form-alert";
import { EmailField } from "@/components/ui/shared-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { SuccessNotice } from "@/components/ui/success-notice";

type Props = { action: FormAction<undefined>; sentMessage: string };

// Asks for the email a reset link goes to. The answer to a well-formed email is always the same
// sentence (`sentMessage`), account or not; the form stays, to ask again.
export function ForgotPasswordForm({ action, sentMessage }: Props) {
  const [state, formAction] = useActionState(action, null);
  const failure = state && !state.ok ? state : null;
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <EmailField failure={failure} inputMode="email" />
      <SuccessNotice message={state?.ok ? sentMessage : null} />
      <FormAlert message={failure?.error} />
      <SubmitButton pendingLabel="Enviando…">Enviar enlace</SubmitButton>
    </form>
  );
}
