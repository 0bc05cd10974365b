"use client";

import { useActionState } from "react";
import type { FormAction } from "@/lib/actions";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";

type Props = { action: FormAction<unknown>; callbackUrl: string; passwordMinLength: number };

export function SignUpForm({ action, callbackUrl, passwordMinLength }: Props) {
  const [state, formAction] = useActionState(action, null);
  const failure = state && !state.ok ? state : null;

  return (
    <form action={formAction} className="space-y-5" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField
        name="name"
        label="Nombre"
        autoComplete="name"
        required
        defaultValue={failure?.values.name ?? ""}
        errors={failure?.fieldErrors.name}
      />
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
        autoComplete="new-password"
        minLength={passwordMinLength}
        required
        hint={`Al menos ${passwordMinLength} caracteres. Una frase larga es más segura que una palabra rara.`}
        errors={failure?.fieldErrors.password}
      />
      <TextField
        name="rut"
        label="RUT (opcional)"
        autoComplete="off"
        placeholder="12.345.678-5"
        defaultValue={failure?.values.rut ?? ""}
        hint="Lo usamos para preseleccionar tu cuenta bancaria cuando pagas o guardas una cuenta."
        errors={failure?.fieldErrors.rut}
      />
      <FormAlert message={failure?.error} />
      <SubmitButton pendingLabel="Creando tu cuenta…">Crear cuenta</SubmitButton>
    </form>
  );
}
