import { formatPayload } from "@/lib/admin/payload";

const preClass =
  "max-h-[32rem] overflow-auto rounded-xl bg-stone-900 p-4 font-mono text-xs leading-relaxed text-stone-100";

// The payload as text inside <pre>: React escapes it, so markup in a payload is shown, never
// run. Scrollable regions are focusable for keyboard users.
export function PayloadViewer({ rawBody }: { rawBody: string }) {
  const { text, formatted } = formatPayload(rawBody);
  return (
    <section aria-labelledby="payload-title" className="space-y-3">
      <h2 id="payload-title" className="text-lg font-semibold text-stone-900">
        Payload
      </h2>
      {formatted ? null : (
        <p className="text-sm text-amber-900">
          El cuerpo guardado no es JSON válido: se muestra tal cual llegó.
        </p>
      )}
      <pre tabIndex={0} aria-label="Payload del evento" data-testid="payload" className={preClass}>
        {text}
      </pre>
      {formatted ? (
        <details className="rounded-xl bg-white p-4 ring-1 ring-stone-200">
          <summary className="cursor-pointer text-sm font-medium text-stone-800">
            Cuerpo exacto recibido ({rawBody.length.toLocaleString("es-CL")} caracteres)
          </summary>
          <p className="mt-2 text-xs text-stone-600">
            Estos son los bytes que Fintoc firmó; la firma se verificó sobre ellos, no sobre la
            versión formateada.
          </p>
          <pre
            tabIndex={0}
            aria-label="Cuerpo exacto del evento"
            className={`${preClass} mt-3 whitespace-pre-wrap break-all`}
          >
            {rawBody}
          </pre>
        </details>
      ) : null}
    </section>
  );
}
