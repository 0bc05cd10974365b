import type { FormAction } from "@/lib/actions";
import type { AdminOrderDetail } from "@/lib/admin/order-detail";
import type { RequeueReport } from "@/lib/admin/requeue";
import { CardSection } from "@/components/ui/card";
import { EmailState } from "./email-state";
import { RequeueButton } from "./requeue-button";

const ordinal = (index: number) => `${index + 1}.º`;

// Every email the shopper was sent about this order, oldest first, each with its state; a
// failed one (its job is dead) can be put back in the queue from here.
export function OrderEmails({
  notifications,
  requeueAction,
}: {
  notifications: AdminOrderDetail["notifications"];
  requeueAction: FormAction<RequeueReport>;
}) {
  return (
    <CardSection titleId="emails-title" title="Correos al cliente">
      {notifications.length === 0 ? (
        <p className="mt-3 text-sm text-stone-600">Ninguno todavía.</p>
      ) : (
        <ul className="mt-3 divide-y divide-stone-200 text-sm font-medium text-stone-900">
          {notifications.map((notification, index) => (
            <li key={notification.id} className="py-3 first:pt-0 last:pb-0">
              <EmailState notification={notification}>
                {notification.status === "failed" ? (
                  <RequeueButton
                    name="notificationId"
                    value={notification.id}
                    label={`el ${ordinal(index)} correo`}
                    action={requeueAction}
                  />
                ) : null}
              </EmailState>
            </li>
          ))}
        </ul>
      )}
    </CardSection>
  );
}
