// A message that something went well, in a live region so screen readers announce it when it
// appears (FormAlert is its counterpart for failures).
export function SuccessNotice({ message }: { message?: string | null }) {
  return (
    <div aria-live="polite" role="status">
      {message ? (
        <p className="rounded-lg border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900">
          {message}
        </p>
      ) : null}
    </div>
  );
}
