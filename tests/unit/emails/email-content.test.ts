import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { AccountSavedEmail } from "@/components/emails/account-saved-email";
import { OrderPaidEmail } from "@/components/emails/order-paid-email";
import { PaymentNotCompletedEmail } from "@/components/emails/payment-not-completed-email";
import { renderEmail } from "@/lib/email/render";
import { describeErrorReason } from "@/lib/orders/error-reasons";

// What each email says, in both parts: the HTML and the plain text derived from it.

const storeName = "Tienda Andina";
const orderUrl = "https://tienda.example/orders/ord_123";

function bothParts({ html, text }: { html: string; text: string }) {
  // React escapes text in HTML; compare what a reader sees.
  return [html.replace(/&#x27;/g, "'").replace(/&quot;/g, '"'), text];
}

describe("the payment failed email", () => {
  const failed = (errorReason: string | null) =>
    renderEmail(
      createElement(PaymentNotCompletedEmail, {
        storeName,
        outcome: "failed",
        errorReason,
        orderNumber: "ABCD1234",
        retryUrl: orderUrl,
        currency: "CLP",
        amount: 12990,
      }),
    );

  it("says why in the order page's words, the amount as $12.990 and links to the retry", async () => {
    for (const part of bothParts(await failed("insufficient_funds"))) {
      // The plain text sets headings in capitals.
      expect(part.toLowerCase()).toContain("el pago no se completó");
      expect(part).toContain("Tu cuenta no tenía saldo suficiente para esta transferencia.");
      expect(part).toContain("$12.990");
      expect(part).toContain("ABCD1234");
      expect(part).toContain(orderUrl);
      expect(part).toContain("Intentar el pago de nuevo");
    }
  });

  it("an unknown reason gets the pages' general sentence, not Fintoc's code", async () => {
    const { text } = await failed("some_new_reason");
    expect(text).toContain(describeErrorReason("some_new_reason"));
    expect(text).not.toContain("some_new_reason");
  });
});

describe("the session expired email", () => {
  it("says the order is still unpaid, without a bank's reason, and links to the retry", async () => {
    const rendered = await renderEmail(
      createElement(PaymentNotCompletedEmail, {
        storeName,
        outcome: "expired",
        errorReason: null,
        orderNumber: "ABCD1234",
        retryUrl: orderUrl,
        currency: "CLP",
        amount: 1500000,
      }),
    );
    for (const part of bothParts(rendered)) {
      // The plain text sets headings in capitals.
      expect(part.toLowerCase()).toContain("tu pedido sigue sin pagar");
      expect(part).toContain("$1.500.000");
      expect(part).toContain(orderUrl);
      expect(part).not.toContain(describeErrorReason(null));
    }
  });
});

describe("the account saved email", () => {
  it("names the bank and the masked account as the account page does, and links to it", async () => {
    const accountsUrl = "https://tienda.example/account/payment-methods";
    const rendered = await renderEmail(
      createElement(AccountSavedEmail, {
        storeName,
        bankName: "Banco Santander",
        accountLast4: "6286",
        accountType: "sight_account",
        accountsUrl,
      }),
    );
    for (const part of bothParts(rendered)) {
      // The plain text sets headings in capitals.
      expect(part.toLowerCase()).toContain("cuenta bancaria guardada");
      expect(part).toContain("Banco Santander ••••6286");
      expect(part).toContain("Cuenta vista");
      expect(part).toContain(accountsUrl);
      expect(part).not.toContain("una compra");
    }
  });
});

describe("the order paid email", () => {
  it("lists the items and the total as $12.990 with the order's link", async () => {
    const rendered = await renderEmail(
      createElement(OrderPaidEmail, {
        storeName,
        orderNumber: "ABCD1234",
        orderUrl,
        currency: "CLP",
        amount: 12990,
        items: [{ name: "Café de Chiloé", quantity: 1, unitAmount: 12990 }],
      }),
    );
    for (const part of bothParts(rendered)) {
      expect(part).toContain("Café de Chiloé");
      expect(part).toContain("$12.990");
      expect(part).toContain(orderUrl);
    }
  });
});
