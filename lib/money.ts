// Amounts are integers in the currency's smallest unit. CLP has none, so 12990 is $12.990;
// MXN has centavos, so 12990 is $129.90.

const minorUnitDigits: Record<string, number> = { CLP: 0, MXN: 2 };

const formatters = new Map<string, Intl.NumberFormat>();

export function formatMoney(amount: number, currency = "CLP"): string {
  const digits = minorUnitDigits[currency];
  if (digits === undefined) throw new Error(`Unsupported currency: ${currency}`);
  if (!Number.isSafeInteger(amount)) throw new Error(`Amount must be an integer: ${amount}`);
  let formatter = formatters.get(currency);
  if (!formatter) {
    formatter = new Intl.NumberFormat(currency === "CLP" ? "es-CL" : "es-MX", {
      style: "currency",
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatters.set(currency, formatter);
  }
  return formatter.format(amount / 10 ** digits);
}
