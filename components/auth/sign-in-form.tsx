"use client";

import type { FormAction } from "@/lib/actions";
import { FormAlert } from "@/components/ui/form-alert";
import { EmailField } from "@/components/ui/shared-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useFormFailure } from "@/components/ui/use-form-failure";

type Props = {
  action: FormAction<unknown>;
  callbackUrl: string;
  // A message carried in the URL, e.g. from Auth.js' own endpoints.
  notice?: string | null;
};

export function SignInForm({ action, callbackUrl, notice }: Props) {
  const [failure, formAction] = useFormFailure(action);
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <EmailField failure={failure} inputMode="email" />
      <TextField
        name="password"
        label="Contraseña"
        type="password"
        autoComplete="current-password"
        required
        errors={failure?.fieldErrors.password}
      />
      <FormAlert message={failure?.error ?? notice} />
      <SubmitButton pendingLabel="Ingresando…">Ingresar</SubmitButton>
    </form>
  );
}
