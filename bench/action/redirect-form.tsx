"use client";

import { useActionState } from "react";

type Props = { action: (state: null, formData: FormData) => Promise<null>; checkoutToken: string };

// Built like components/checkout/checkout-form.tsx (useActionState, a hidden token, two
// fields), so the browser posts the same kind of form.
export function RedirectForm({ action, checkoutToken }: Props) {
  const [, formAction] = useActionState(action, null);
  return (
    <form action={formAction}>
      <input type="hidden" name="checkoutToken" value={checkoutToken} />
      <input name="email" type="email" />
      <input name="rut" />
      <button type="submit">Pagar</button>
    </form>
  );
}
