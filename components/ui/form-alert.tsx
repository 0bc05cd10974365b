// The form-wide message, in a live region so screen readers announce it when it appears.
export function FormAlert({ message }: { message?: string | null }) {
  return (
    <div aria-live="polite" role="status">
      {message ? (
        <p className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
          {message}
        </p>
      ) : null}
    </div>
  );
}
