const digits: Record<string, number> = { CLP: 0, MXN: 2 };

// CLP has no minor unit (12990 is $12.990); MXN has centavos (12990 is $129.90).
export function formatAmount(amount: number, currency: string): string {
  const fraction = digits[currency] ?? 0;
  return new Intl.NumberFormat(currency === "MXN" ? "es-MX" : "es-CL", {
    style: "currency",
    currency,
    minimumFractionDigits: fraction,
    maximumFractionDigits: fraction,
  }).format(amount / 10 ** fraction);
}

export function maskAccount(number: string): string {
  return `•••• ${number.slice(-4)}`;
}

export const accountTypeLabel: Record<string, string> = {
  checking_account: "Cuenta corriente",
  sight_account: "Cuenta vista",
};

export function formatDateTime(iso: string): string {
  return new Intl.DateTimeFormat("es-CL", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "America/Santiago",
  }).format(new Date(iso));
}

// "Banco de Chile" → "CH", "BancoEstado" → "BE", "BBVA México" → "BM".
export function bankInitials(name: string): string {
  const words = name.split(/\s+/).filter((word) => !/^(banco|de|del)$/i.test(word));
  if (words.length > 1)
    return words
      .map((word) => word[0])
      .join("")
      .slice(0, 2)
      .toUpperCase();
  const word = words[0] ?? name;
  const capitals = word.replace(/[^A-ZÁÉÍÓÚÑ]/g, "");
  return (capitals.length >= 2 ? capitals : word).slice(0, 2).toUpperCase();
}

// "al mes", "cada 3 meses": how often a subscription charges.
export function everyMonths(count: number): string {
  return count === 1 ? "al mes" : `cada ${count} meses`;
}

export function formatDate(date: Date): string {
  return new Intl.DateTimeFormat("es-CL", {
    dateStyle: "long",
    timeZone: "America/Santiago",
  }).format(date);
}

export function dayOfMonth(date: Date): string {
  return new Intl.DateTimeFormat("es-CL", { day: "numeric", timeZone: "America/Santiago" }).format(
    date,
  );
}
