import "server-only";
import { OrderPaidEmail } from "@/components/emails/order-paid-email";
import { renderEmail } from "@/lib/email/render";
import type { OutgoingEmail } from "@/lib/email/transport";
import { orderNumber } from "@/lib/orders/queries";
import type { LoadedNotification } from "./store";

const STORE_NAME = "Tienda Andina";

// The email a notification becomes, from the order as it is now in our database.
export async function composeEmail(
  notification: LoadedNotification,
  appUrl: string,
): Promise<OutgoingEmail> {
  const { order } = notification;
  const number = orderNumber(order.id);
  const orderUrl = new URL(`/orders/${order.id}`, appUrl).toString();
  const { html, text } = await renderEmail(
    <OrderPaidEmail
      storeName={STORE_NAME}
      orderNumber={number}
      orderUrl={orderUrl}
      currency={order.currency}
      amount={order.amount}
      items={order.items}
    />,
  );
  return {
    to: notification.email,
    subject: `Pedido ${number} pagado`,
    html,
    text,
    messageId: `<${notification.id}@notifications.tienda-andina>`,
  };
}
