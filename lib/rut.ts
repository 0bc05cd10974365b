// Chilean RUT (Rol Único Tributario): a body of up to 8 digits and a check digit (0-9 or K)
// computed with modulus 11. People type it in many shapes ("12.345.678-5", "123456785",
// "12345678-k"); we store and send one canonical form, "12345678-5".

const rutShape = /^0*(\d{1,8})([\dK])$/;

export function computeRutCheckDigit(body: string): string {
  let sum = 0;
  let factor = 2;
  for (let index = body.length - 1; index >= 0; index -= 1) {
    sum += Number(body[index]) * factor;
    factor = factor === 7 ? 2 : factor + 1;
  }
  const digit = 11 - (sum % 11);
  if (digit === 11) return "0";
  if (digit === 10) return "K";
  return String(digit);
}

// The canonical "12345678-5" form of a valid RUT, or null when the input is malformed or its
// check digit does not match (a typo in one digit always changes the check digit).
export function normalizeRut(input: string): string | null {
  const compact = input.replace(/[.\s-]/g, "").toUpperCase();
  const match = rutShape.exec(compact);
  if (!match) return null;
  const [, body = "", checkDigit] = match;
  if (Number(body) === 0 || computeRutCheckDigit(body) !== checkDigit) return null;
  return `${body}-${checkDigit}`;
}

export function isValidRut(input: string): boolean {
  return normalizeRut(input) !== null;
}

// "12.345.678-5", the way Chileans read it; null when the RUT is not valid.
export function formatRut(input: string): string | null {
  const normalized = normalizeRut(input);
  if (!normalized) return null;
  const [body = "", checkDigit] = normalized.split("-");
  return `${body.replace(/\B(?=(\d{3})+(?!\d))/g, ".")}-${checkDigit}`;
}
