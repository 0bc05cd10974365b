// What moved an order, as OrderStatusChange.source records it ("webhook:evt_…", "return-page",
// "reconcile", "retry", "checkout"), in the console's words. A webhook source names the event,
// so the console can link to it in the inbox.

export type StatusSource = { label: string; eventId: string | null };

const labels: Record<string, string> = {
  checkout: "Checkout (pedido creado)",
  "return-page": "Página de retorno",
  reconcile: "Conciliación",
  retry: "Nuevo intento de pago",
};

const webhookPrefix = "webhook:";

export function describeStatusSource(source: string): StatusSource {
  if (source.startsWith(webhookPrefix)) {
    const eventId = source.slice(webhookPrefix.length);
    return { label: "Webhook", eventId: eventId || null };
  }
  return { label: labels[source] ?? source, eventId: null };
}
