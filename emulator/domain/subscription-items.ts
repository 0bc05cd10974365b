import { invalidParam, missingParam } from "../api/errors";
import { readEnum, readInteger, readObject } from "../api/params";
import type { JsonObject } from "../types";

// Fintoc bills subscriptions monthly only ("Fintoc supports month only", subscription object).
export function readRecurring(price: JsonObject, path: string): JsonObject {
  const recurring = readObject(price, "recurring", path);
  if (!recurring) throw missingParam(path);
  const interval = readEnum(recurring, "interval", ["month"] as const, `${path}.interval`);
  if (interval === undefined) throw missingParam(`${path}.interval`);
  const count =
    readInteger(recurring, "interval_count", `${path}.interval_count`, "invalid_params", 1) ?? 1;
  if (count > 12) {
    throw invalidParam(
      "invalid_params",
      `${path}.interval_count must be at most 12 months.`,
      `${path}.interval_count`,
    );
  }
  return { interval, interval_count: count };
}

const MAX_ITEMS = 10;

// One subscription bills every item on one schedule, so the items must agree on it
// (docs: at most 10 items, same currency and interval).
export function checkSubscriptionItems(items: JsonObject[]): void {
  if (items.length > MAX_ITEMS) {
    throw invalidParam(
      "invalid_array",
      `A subscription takes at most ${MAX_ITEMS} line_items.`,
      "line_items",
    );
  }
  const counts = new Set(
    items.map((item) => {
      const price = item.price_data as JsonObject;
      return (price.recurring as JsonObject).interval_count;
    }),
  );
  if (counts.size > 1) {
    throw invalidParam(
      "invalid_params",
      "Every line item of a subscription must recur on the same interval_count.",
      "line_items",
    );
  }
}
