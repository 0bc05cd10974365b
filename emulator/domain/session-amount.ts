import { invalidParam, missingParam } from "../api/errors";
import { readArray, readInteger, readObject, readString } from "../api/params";
import type { JsonObject, StoredSession } from "../types";
import { readRecurring } from "./subscription-items";

interface LineItems {
  items: JsonObject[];
  total: number;
}

// line_items: [{ quantity, price_data: { currency, unit_amount, product_data: { name, image_url? } } }]
// Subscription items also carry price_data.recurring.
function readLineItems(
  body: JsonObject,
  currency: string,
  recurring: boolean,
): LineItems | undefined {
  const raw = readArray(body, "line_items");
  if (raw === undefined) return undefined;
  if (raw.length === 0)
    throw invalidParam("invalid_array", "line_items must not be empty.", "line_items");
  let total = 0;
  const items = raw.map((entry, index) => {
    const path = `line_items[${index}]`;
    if (!entry || typeof entry !== "object" || Array.isArray(entry)) {
      throw invalidParam("invalid_params", `${path} must be an object.`, path);
    }
    const item = entry as JsonObject;
    const quantity = readInteger(item, "quantity", `${path}.quantity`, "invalid_params", 1);
    if (quantity === undefined) throw missingParam(`${path}.quantity`);
    if (item.price !== undefined && item.price !== null && item.price_data === undefined) {
      // Fintoc also takes the id of an existing price; the emulator has no Prices API.
      throw invalidParam("invalid_params", `No such price: ${String(item.price)}`, `${path}.price`);
    }
    const price = readObject(item, "price_data", `${path}.price_data`);
    if (!price) throw missingParam(`${path}.price_data`);
    const itemCurrency = readString(price, "currency", `${path}.price_data.currency`);
    if (itemCurrency !== undefined && itemCurrency !== currency) {
      throw invalidParam(
        "invalid_currency",
        `${path}.price_data.currency must match the session currency (${currency}).`,
        `${path}.price_data.currency`,
      );
    }
    const unitAmount = readInteger(
      price,
      "unit_amount",
      `${path}.price_data.unit_amount`,
      "invalid_amount",
      0,
    );
    if (unitAmount === undefined) throw missingParam(`${path}.price_data.unit_amount`);
    const product = readObject(price, "product_data", `${path}.price_data.product_data`);
    const name = product
      ? readString(product, "name", `${path}.price_data.product_data.name`)
      : undefined;
    if (!product || !name?.trim()) throw missingParam(`${path}.price_data.product_data.name`);
    const imageUrl = readString(product, "image_url", `${path}.price_data.product_data.image_url`);
    total += quantity * unitAmount;
    return {
      quantity,
      price_data: {
        currency,
        unit_amount: unitAmount,
        product_data: { name, ...(imageUrl ? { image_url: imageUrl } : {}) },
        ...(recurring ? { recurring: readRecurring(price, `${path}.price_data.recurring`) } : {}),
      },
    };
  });
  return { items, total };
}

// payment: amount or line_items (equal totals when both); setup: neither; subscription: both
// (docs.fintoc.com accept-recurring-payments), equal.
export function readAmount(
  body: JsonObject,
  flow: StoredSession["flow"],
  currency: string,
): { amount: number | null; lineItems: JsonObject[] | null } {
  let amount = readInteger(body, "amount", "amount", "invalid_amount", 1) ?? null;
  const lineItems = readLineItems(body, currency, flow === "subscription");
  if (flow === "subscription") {
    if (!lineItems) throw missingParam("line_items");
    if (amount === null) throw missingParam("amount");
  }
  if (flow === "setup") {
    if (amount !== null)
      throw invalidParam("invalid_params", "amount must be omitted for the setup flow.", "amount");
    if (lineItems)
      throw invalidParam(
        "invalid_params",
        "line_items must be omitted for the setup flow.",
        "line_items",
      );
  } else if (amount === null && !lineItems) {
    throw invalidParam(
      "missing_parameter",
      "Missing required param: amount (send amount or line_items).",
      "amount",
    );
  } else if (lineItems && amount !== null && lineItems.total !== amount) {
    throw invalidParam(
      "invalid_amount",
      `amount (${amount}) must equal the total of line_items (${lineItems.total}).`,
      "amount",
    );
  } else if (lineItems && amount === null) {
    if (lineItems.total < 1)
      throw invalidParam(
        "invalid_amount",
        "The total of line_items must be positive.",
        "line_items",
      );
    amount = lineItems.total;
  }
  return { amount, lineItems: lineItems?.items ?? null };
}
