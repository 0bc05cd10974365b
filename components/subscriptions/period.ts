// "al mes", "cada 2 meses": how often a plan charges, after its price.
export function perPeriod(intervalMonths: number): string {
  return intervalMonths === 1 ? "al mes" : `cada ${intervalMonths} meses`;
}

// "cada mes", "cada 2 meses": the same, inside a sentence.
export function everyPeriod(intervalMonths: number): string {
  return intervalMonths === 1 ? "cada mes" : `cada ${intervalMonths} meses`;
}
