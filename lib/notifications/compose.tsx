import "server-only";
import type { ReactElement } from "react";
import { AccountSavedEmail } from "@/components/emails/account-saved-email";
import { OrderPaidEmail } from "@/components/emails/order-paid-email";
import { PaymentNotCompletedEmail } from "@/components/emails/payment-not-completed-email";
import { bankName } from "@/lib/banks";
import { renderEmail } from "@/lib/email/render";
import type { OutgoingEmail } from "@/lib/email/transport";
import { orderNumber } from "@/lib/orders/queries";
import type { NotificationKind } from "./kinds";
import { loadSavedAccount, type LoadedNotification } from "./store";

const STORE_NAME = "Tienda Andina";

type Message = { subject: string; body: ReactElement };

// The email a notification becomes, from its cause as it is now in our database.
export async function composeEmail(
  notification: LoadedNotification,
  appUrl: string,
): Promise<OutgoingEmail> {
  const { subject, body } = await messageOf(notification, appUrl);
  const { html, text } = await renderEmail(body);
  return {
    to: notification.email,
    subject,
    html,
    text,
    messageId: `<${notification.id}@notifications.tienda-andina>`,
  };
}

async function messageOf(notification: LoadedNotification, appUrl: string): Promise<Message> {
  const kind = notification.kind as NotificationKind;
  if (kind === "account_saved") return accountSaved(notification.causeId, appUrl);
  const { order } = notification;
  if (!order) throw new Error(`notification ${notification.id} (${kind}) has no order`);
  const number = orderNumber(order.id);
  const orderUrl = new URL(`/orders/${order.id}`, appUrl).toString();
  switch (kind) {
    case "order_paid":
      return {
        subject: `Pedido ${number} pagado`,
        body: (
          <OrderPaidEmail
            storeName={STORE_NAME}
            orderNumber={number}
            orderUrl={orderUrl}
            currency={order.currency}
            amount={order.amount}
            items={order.items}
          />
        ),
      };
    case "payment_failed":
    case "session_expired": {
      const failed = kind === "payment_failed";
      return {
        subject: failed
          ? `El pago del pedido ${number} no se completó`
          : `Tu pedido ${number} sigue sin pagar`,
        body: (
          <PaymentNotCompletedEmail
            storeName={STORE_NAME}
            outcome={failed ? "failed" : "expired"}
            errorReason={notification.errorReason}
            orderNumber={number}
            retryUrl={orderUrl}
            currency={order.currency}
            amount={order.amount}
          />
        ),
      };
    }
    default:
      throw new Error(`notification ${notification.id} has an unknown kind ${kind}`);
  }
}

async function accountSaved(paymentMethodId: string, appUrl: string): Promise<Message> {
  const account = await loadSavedAccount(paymentMethodId);
  if (!account) throw new Error(`no payment method ${paymentMethodId} to email about`);
  return {
    subject: "Tu cuenta bancaria quedó guardada",
    body: (
      <AccountSavedEmail
        storeName={STORE_NAME}
        bankName={bankName(account.institutionId)}
        accountLast4={account.accountLast4}
        accountType={account.accountType}
        accountsUrl={new URL("/account/payment-methods", appUrl).toString()}
      />
    ),
  };
}
