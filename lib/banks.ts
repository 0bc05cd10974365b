// Chilean institutions Fintoc supports for bank transfers, by Fintoc's institution id. The
// shopper picks one in our UI, so the hosted page can preselect it and they never choose twice.
export const chileanBanks = [
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
] as const;

export type ChileanBankId = (typeof chileanBanks)[number]["id"];

const names = new Map<string, string>(chileanBanks.map((bank) => [bank.id, bank.name]));

export const chileanBankIds = chileanBanks.map((bank) => bank.id) as [
  ChileanBankId,
  ...ChileanBankId[],
];

export function bankName(institutionId: string | null | undefined): string {
  if (!institutionId) return "Cuenta bancaria";
  return names.get(institutionId) ?? institutionId;
}
