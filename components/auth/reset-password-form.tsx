"use client";

import type { FormAction } from "@/lib/actions";
import { FormAlert } from "@/components/ui/form-alert";
import { NewPasswordField } from "@/components/ui/shared-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useFormFailure } from "@/components/ui/use-form-failure";

type Props = { action: FormAction<unknown>; token: string; passwordMinLength: number };

// The new password, twice. The link's token rides along in a hidden input (never echoed back by
// the action: lib/actions/validated-action.ts); a problem with it is shown as the form's alert.
export function ResetPasswordForm({ action, token, passwordMinLength }: Props) {
  const [failure, formAction] = useFormFailure(action);
  const linkProblem = failure?.fieldErrors.token?.[0];
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <input type="hidden" name="token" value={token} />
      <NewPasswordField failure={failure} minLength={passwordMinLength} label="Nueva contraseña" />
      <TextField
        name="passwordConfirmation"
        label="Repite la nueva contraseña"
        type="password"
        autoComplete="new-password"
        required
        errors={failure?.fieldErrors.passwordConfirmation}
      />
      <FormAlert message={linkProblem ?? failure?.error} />
      <SubmitButton pendingLabel="Guardando…">Guardar nueva contraseña</SubmitButton>
    </form>
  );
}
