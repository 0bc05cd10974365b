import { Heading, Text } from "@react-email/components";
import { accountTypeLabel, maskedAccount } from "@/lib/payment-methods/account-label";
import { EmailLayout } from "./email-layout";
import { EmailLink } from "./email-link";
import { headingStyle, textStyle } from "./email-styles";

export type AccountSavedEmailProps = {
  storeName: string;
  bankName: string;
  accountLast4: string | null;
  accountType: string | null;
  // The account's payment methods page, where the shopper can make it the default or remove it.
  accountsUrl: string;
};

// "Cuenta bancaria guardada": sent once, when Fintoc says the saved account is active and can
// pay in one click. It names the account as the account page does (bank, ••••1234), so a
// shopper who did not save it notices.
export function AccountSavedEmail(props: AccountSavedEmailProps) {
  const account = [props.bankName, maskedAccount(props.accountLast4)].filter(Boolean).join(" ");
  const type = accountTypeLabel(props.accountType);
  return (
    <EmailLayout
      storeName={props.storeName}
      because={`tu cuenta en ${props.storeName}`}
      preview={`Tu cuenta ${account} quedó guardada`}
    >
      <Heading as="h1" style={headingStyle}>
        Cuenta bancaria guardada
      </Heading>
      <Text style={textStyle}>
        Tu cuenta {account}
        {type ? ` (${type})` : ""} quedó guardada y activa. La próxima vez podrás pagar con ella en
        un clic, sin volver a ingresar a tu banco.
      </Text>
      <EmailLink href={props.accountsUrl} label="Ver mis cuentas bancarias" />
    </EmailLayout>
  );
}
