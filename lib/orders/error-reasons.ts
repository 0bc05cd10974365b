// Fintoc's error_reason values for bank transfers, in words a shopper understands. Fintoc adds
// reasons over time, so an unknown one gets a general sentence rather than a raw code.

const reasons: Record<string, string> = {
  insufficient_funds: "Tu cuenta no tenía saldo suficiente para esta transferencia.",
  amount_limit_reached: "La transferencia supera el monto máximo que tu banco permite hoy.",
  maximum_amount_error: "El monto supera el máximo que permite tu banco para transferencias.",
  new_contact_amount_limit_reached:
    "Tu banco limita el monto que se puede transferir a un destinatario nuevo. Intenta de nuevo mañana o con otra cuenta.",
  new_contact_transfer_number_limit_reached:
    "Tu banco limita cuántas transferencias se pueden hacer a un destinatario nuevo. Intenta más tarde.",
  bank_account_locked: "Tu cuenta bancaria está bloqueada. Contacta a tu banco o usa otra cuenta.",
  bank_connection_error:
    "No pudimos comunicarnos con tu banco. Inténtalo de nuevo en unos minutos.",
  bank_not_available:
    "Tu banco no está disponible en este momento. Inténtalo más tarde o usa otra cuenta.",
  login_credentials_locked:
    "Tus claves del banco están bloqueadas. Contacta a tu banco para desbloquearlas.",
  login_invalid_credentials: "El RUT o la clave del banco no eran correctos.",
  mfa_authorization_timeout: "Se acabó el tiempo para autorizar la transferencia en tu banco.",
  mfa_invalid_authorization: "La autorización de la transferencia no fue válida.",
  mfa_locked: "Tu segundo factor de autenticación está bloqueado. Contacta a tu banco.",
  mfa_unavailable:
    "Tu banco no pudo pedir la autorización de la transferencia. Inténtalo más tarde.",
  recipient_account_not_allowed: "Tu banco no permite transferir a la cuenta de la tienda.",
  rejected: "Rechazaste la transferencia en tu banco.",
  user_rejected: "Rechazaste la transferencia en tu banco.",
  checkout_unavailable: "No pudimos iniciar el pago.",
};

export function describeErrorReason(reason: string | null | undefined): string {
  if (!reason) return "El pago no se completó.";
  return reasons[reason] ?? "Tu banco no completó la transferencia.";
}
