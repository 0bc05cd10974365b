"use client";

import { useActionState } from "react";
import type { FormAction } from "@/lib/actions";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";

type Props = {
  action: FormAction<unknown>;
  callbackUrl: string;
  // A message carried in the URL, e.g. from Auth.js' own endpoints.
  notice?: string | null;
};

export function SignInForm({ action, callbackUrl, notice }: Props) {
  const [state, formAction] = useActionState(action, null);
  const failure = state && !state.ok ? state : null;

  return (
    <form action={formAction} className="space-y-5" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField
        name="email"
        label="Correo electrónico"
        type="email"
        autoComplete="email"
        inputMode="email"
        required
        defaultValue={failure?.values.email ?? ""}
        errors={failure?.fieldErrors.email}
      />
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
