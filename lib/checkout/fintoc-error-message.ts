import { FintocApiError, FintocUnavailableError } from "@/lib/fintoc";

// What a shopper reads when Fintoc could not start the payment. The technical detail goes to
// the server log; the shopper gets something they can act on.
export function describeFintocError(error: unknown): string {
  if (error instanceof FintocUnavailableError) {
    return "No pudimos conectar con el servicio de pagos. Tu carrito sigue intacto: inténtalo de nuevo en unos segundos.";
  }
  if (error instanceof FintocApiError) {
    if (error.status === 429)
      return "Hay muchas solicitudes en este momento. Espera unos segundos e inténtalo de nuevo.";
    if (error.status === 401 || error.status === 403) {
      return "La tienda no pudo autenticarse con el servicio de pagos. Ya fuimos notificados; inténtalo más tarde.";
    }
    if (error.status >= 500)
      return "El servicio de pagos tuvo un problema. Tu carrito sigue intacto: inténtalo de nuevo.";
    return `El servicio de pagos rechazó la solicitud (${error.code ?? error.type}). Revisa tus datos e inténtalo de nuevo.`;
  }
  return "No pudimos iniciar el pago. Tu carrito sigue intacto: inténtalo de nuevo.";
}
