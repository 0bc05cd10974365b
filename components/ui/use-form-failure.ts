"use client";

import { useActionState } from "react";
import type { ActionFailure, FormAction } from "@/lib/actions";

// A form bound to its server action, and the last failure it returned (null before the first
// submission and after a success): what the form shows next to its inputs and in its alert.
export function useFormFailure<T>(
  action: FormAction<T>,
): [failure: ActionFailure | null, formAction: (formData: FormData) => void] {
  const [state, formAction] = useActionState(action, null);
  return [state && !state.ok ? state : null, formAction];
}
