import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { NewAccountPanel } from "@/components/checkout/new-account-panel";
import { OrderSummary } from "@/components/checkout/order-summary";
import { SavedAccountPanel } from "@/components/checkout/saved-account-panel";
import { getSessionUser } from "@/lib/auth";
import { getCart } from "@/lib/cart/current";
import { formatMoney } from "@/lib/money";
import { getOneClickMethodOrNull } from "@/lib/payment-methods/queries";
import { widgetConfig } from "@/lib/checkout/widget-config";
import {
  checkOrderAfterWidgetExit,
  payOrderAgainAction,
  payWithSavedAccount,
  startCheckout,
} from "./actions";

export const metadata: Metadata = { title: "Pagar" };

export default async function CheckoutPage() {
  const [cart, user] = await Promise.all([getCart(), getSessionUser()]);

  if (cart.lines.length === 0) {
    return (
      <section className="mx-auto max-w-xl px-4 py-16 text-center">
        <h1 className="font-display text-3xl">Tu carrito está vacío</h1>
        <p className="mt-3 text-stone-700">Agrega algún producto antes de pagar.</p>
        <Link href="/" className="btn-primary mt-6">
          Ver productos
        </Link>
      </section>
    );
  }

  const savedMethod = user ? await getOneClickMethodOrNull(user.id) : null;
  const total = formatMoney(cart.subtotal, cart.currency);
  // The widget's public key and script (never the secret key): "Pagar aquí" beside the
  // hosted page. Without a public key, the hosted page only.
  const config = widgetConfig();
  const widget = config
    ? { config, payAgain: payOrderAgainAction, checkAfterExit: checkOrderAfterWidgetExit }
    : null;

  return (
    <div className="mx-auto grid max-w-5xl gap-8 px-4 py-8 md:grid-cols-[1fr_22rem] md:py-12">
      <section aria-labelledby="checkout-title">
        <h1 id="checkout-title" className="font-display text-3xl">
          Pagar con transferencia
        </h1>
        <p className="mt-2 text-stone-700">
          Sin tarjeta: pagas directo desde tu cuenta bancaria, a través de Fintoc.
        </p>
        {savedMethod ? (
          <SavedAccountPanel
            action={payWithSavedAccount}
            widget={widget}
            paymentMethodId={savedMethod.id}
            checkoutToken={randomUUID()}
            accountLabel={`${savedMethod.bankName} ••••${savedMethod.accountLast4 ?? ""}`}
            totalLabel={total}
          />
        ) : null}
        <NewAccountPanel
          action={startCheckout}
          widget={widget}
          checkoutToken={randomUUID()}
          defaultEmail={user?.email ?? ""}
          totalLabel={total}
          signedIn={user !== null}
          offeredAlongsideSaved={savedMethod !== null}
        />
      </section>
      <OrderSummary
        lines={cart.lines.map((line) => ({
          key: line.productId,
          name: line.name,
          quantity: line.quantity,
          total: line.lineTotal,
        }))}
        total={cart.subtotal}
        currency={cart.currency}
      />
    </div>
  );
}
