// Institutions the hosted page offers. Chilean ids as Fintoc documents them (docs.fintoc.com);
// the Mexican ids are the emulator's own guess, Fintoc's list was not retrievable.
export const institutions: Record<string, Array<{ id: string; name: string }>> = {
  CLP: [
    { id: "cl_banco_de_chile", name: "Banco de Chile" },
    { id: "cl_banco_estado", name: "BancoEstado" },
    { id: "cl_banco_santander", name: "Banco Santander" },
    { id: "cl_banco_bci", name: "Bci" },
    { id: "cl_banco_itau", name: "Itaú" },
    { id: "cl_banco_scotiabank", name: "Scotiabank" },
    { id: "cl_banco_falabella", name: "Banco Falabella" },
    { id: "cl_banco_security", name: "Banco Security" },
    { id: "cl_banco_bice", name: "Banco BICE" },
    { id: "cl_mach", name: "MACH" },
    { id: "cl_tenpo", name: "Tenpo" },
  ],
  MXN: [
    { id: "mx_banco_bbva", name: "BBVA México" },
    { id: "mx_banco_banorte", name: "Banorte" },
    { id: "mx_banco_santander", name: "Santander México" },
  ],
};

const names = new Map(
  Object.values(institutions)
    .flat()
    .map((bank) => [bank.id, bank.name]),
);

export function institutionName(id: string): string {
  return names.get(id) ?? id;
}

export function isInstitution(id: string): boolean {
  return names.has(id);
}

// Fintoc's documented test logins (docs.fintoc.com, test mode). The emulator also accepts any RUT with a
// valid check digit and the test password, so a prefilled holder RUT can log in.
export const testLogins = ["41614850-3", "40427672-7", "41579263-8"];
export const testPassword = "jonsnow";
export const mexicanTestLogin = "5555555555";

export function normalizeRut(rut: string): string {
  return rut.replace(/[.\-\s]/g, "").toUpperCase();
}

export function isValidRut(rut: string): boolean {
  const clean = normalizeRut(rut);
  if (!/^\d{7,8}[0-9K]$/.test(clean)) return false;
  const body = clean.slice(0, -1);
  let sum = 0;
  let factor = 2;
  for (let i = body.length - 1; i >= 0; i--) {
    sum += Number(body[i]) * factor;
    factor = factor === 7 ? 2 : factor + 1;
  }
  const rest = 11 - (sum % 11);
  const expected = rest === 11 ? "0" : rest === 10 ? "K" : String(rest);
  return clean.endsWith(expected);
}

export function formatRut(rut: string): string {
  const clean = normalizeRut(rut);
  const body = clean.slice(0, -1).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${body}-${clean.slice(-1)}`;
}

// The accounts a logged-in test user "has": the MFA test accounts Fintoc documents for test mode.
export const testAccounts = [
  { number: "813990168", type: "checking_account" as const },
  { number: "422159212", type: "sight_account" as const },
];
