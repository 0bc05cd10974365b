"use client";

import type { FormAction } from "@/lib/actions";
import { TextField } from "@/components/ui/text-field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormFailure } from "@/components/ui/use-form-failure";
import { CardSection } from "@/components/ui/card";

type Props = {
  action: FormAction<unknown>;
  banks: { id: string; name: string }[];
  defaultRut: string;
  formToken: string;
};

export function AddBankAccountForm({ action, banks, defaultRut, formToken }: Props) {
  const [failure, formAction] = useFormFailure(action);
  const bankError = failure?.fieldErrors.institutionId?.[0];

  return (
    <CardSection titleId="add-account-title" title="Agregar una cuenta bancaria" roomy>
      <p className="mt-1 text-sm text-stone-600">
        Te llevaremos a Fintoc para autorizarla en tu banco. No se hace ningún cargo.
      </p>
      <form action={formAction} className="mt-4 space-y-4" noValidate>
        <input type="hidden" name="formToken" value={formToken} />
        <div>
          <label htmlFor="institutionId" className="block text-sm font-medium text-stone-800">
            Banco
          </label>
          <select
            id="institutionId"
            name="institutionId"
            required
            defaultValue={failure?.values.institutionId ?? ""}
            aria-invalid={bankError ? true : undefined}
            aria-describedby={bankError ? "institutionId-error" : undefined}
            className="mt-1 block w-full rounded-lg border border-stone-300 bg-white px-3 py-2.5 text-base shadow-sm"
          >
            <option value="" disabled>
              Elige tu banco
            </option>
            {banks.map((bank) => (
              <option key={bank.id} value={bank.id}>
                {bank.name}
              </option>
            ))}
          </select>
          {bankError ? (
            <p id="institutionId-error" className="mt-1 text-sm text-red-700">
              {bankError}
            </p>
          ) : null}
        </div>
        <TextField
          name="holderRut"
          label="RUT del titular"
          placeholder="12.345.678-5"
          autoComplete="off"
          required
          defaultValue={failure?.values.holderRut ?? defaultRut}
          errors={failure?.fieldErrors.holderRut}
        />
        <FormAlert message={failure?.error} />
        <SubmitButton pendingLabel="Conectando con Fintoc…" className="btn-primary">
          Continuar a mi banco
        </SubmitButton>
      </form>
    </CardSection>
  );
}
