import type { ActionState } from "@/lib/actions";

// Always rendered, so screen readers already watch the region when a message arrives. Cart
// forms have no visible field to mark, so a field's message is shown here in place of the
// form-level one.
export function FormMessage({
  state,
  success,
  className,
}: {
  state: ActionState<unknown>;
  success?: string;
  className?: string;
}) {
  let text = "";
  if (state?.ok) text = success ?? "";
  else if (state)
    text =
      Object.values(state.fieldErrors).find((messages) => messages?.length)?.[0] ?? state.error;
  const failed = state !== null && !state.ok;
  return (
    <p
      role="status"
      aria-live="polite"
      className={`text-sm ${failed ? "font-medium text-red-700" : "text-emerald-800"} ${className ?? ""}`}
    >
      {text}
    </p>
  );
}
