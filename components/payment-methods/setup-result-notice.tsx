// Shown when Fintoc sends the user back. The query string only chooses the wording: whether an
// account was saved is what the list below says, from our database.
export function SetupResultNotice({ result }: { result?: string }) {
  if (result === "guardada") {
    return (
      <p
        role="status"
        className="rounded-lg border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900"
      >
        Volviste de tu banco. Si autorizaste la cuenta, aparecerá abajo apenas Fintoc la active
        (suele tardar unos segundos).
      </p>
    );
  }
  if (result === "cancelada") {
    return (
      <p
        role="status"
        className="rounded-lg border border-stone-200 bg-white px-4 py-3 text-sm text-stone-800"
      >
        Cancelaste el proceso: no se guardó ninguna cuenta.
      </p>
    );
  }
  return null;
}
