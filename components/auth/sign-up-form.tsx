"use client";

import type { FormAction } from "@/lib/actions";
import { FormAlert } from "@/components/ui/form-alert";
import { EmailField, NewPasswordField, OptionalRutField } from "@/components/ui/shared-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useFormFailure } from "@/components/ui/use-form-failure";

type Props = { action: FormAction<unknown>; callbackUrl: string; passwordMinLength: number };

export function SignUpForm({ action, callbackUrl, passwordMinLength }: Props) {
  const [failure, formAction] = useFormFailure(action);
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
      <EmailField failure={failure} inputMode="email" />
      <NewPasswordField failure={failure} minLength={passwordMinLength} />
      <OptionalRutField
        failure={failure}
        hint="Lo usamos para preseleccionar tu cuenta bancaria cuando pagas o guardas una cuenta."
      />
      <FormAlert message={failure?.error} />
      <SubmitButton pendingLabel="Creando tu cuenta…">Crear cuenta</SubmitButton>
    </form>
  );
}
