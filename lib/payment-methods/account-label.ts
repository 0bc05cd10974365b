// How a saved account is named to its owner, on the account page and in the email that says it
// is ready: the bank, the last four digits (all we keep) and the kind of account.

const accountTypes: Record<string, string> = {
  checking_account: "Cuenta corriente",
  sight_account: "Cuenta vista",
};

export function maskedAccount(last4: string | null): string {
  return last4 ? `••••${last4}` : "";
}

export function accountTypeLabel(type: string | null): string | null {
  return type ? (accountTypes[type] ?? type) : null;
}
