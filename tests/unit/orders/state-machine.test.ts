import { describe, expect, it } from "vitest";
import type { OrderStatus } from "@/lib/generated/prisma/enums";
import {
  nextOrderState,
  statusesAllowingTransition,
  type PaymentOutcome,
} from "@/lib/orders/state-machine";

const statuses: OrderStatus[] = ["PENDING", "PAID", "FAILED", "EXPIRED", "CANCELED"];
const outcomes: PaymentOutcome[] = [
  { kind: "paid" },
  { kind: "failed", reason: "insufficient_funds" },
  { kind: "expired" },
  { kind: "pending" },
  { kind: "open" },
];

// The whole table, written out by hand: [status, outcome kind, same attempt?] → next status.
const expected: Record<string, OrderStatus | null> = {};
for (const status of statuses) {
  for (const current of [true, false]) {
    expected[`${status}|paid|${current}`] = status === "PAID" ? null : "PAID";
    expected[`${status}|failed|${current}`] = status === "PENDING" && current ? "FAILED" : null;
    expected[`${status}|expired|${current}`] = status === "PENDING" && current ? "EXPIRED" : null;
    expected[`${status}|pending|${current}`] = null;
    expected[`${status}|open|${current}`] = null;
  }
}

describe("nextOrderState", () => {
  for (const status of statuses) {
    for (const outcome of outcomes) {
      for (const current of [true, false]) {
        const key = `${status}|${outcome.kind}|${current}`;
        it(`${status} + ${outcome.kind} (${current ? "current" : "older"} attempt) → ${expected[key] ?? "unchanged"}`, () => {
          const transition = nextOrderState({ status, attempt: 2 }, outcome, current ? 2 : 1);
          expect(transition?.to ?? null).toBe(expected[key]);
          if (transition) expect(statusesAllowingTransition(transition.to)).toContain(status);
        });
      }
    }
  }

  it("keeps Fintoc's error_reason on a failure, and clears it on success", () => {
    expect(nextOrderState({ status: "PENDING", attempt: 1 }, outcomes[1]!, 1)).toEqual({
      to: "FAILED",
      failureReason: "insufficient_funds",
    });
    expect(nextOrderState({ status: "FAILED", attempt: 1 }, { kind: "paid" }, 1)).toEqual({
      to: "PAID",
      failureReason: null,
    });
  });
});

// Applies a sequence of outcomes, as the webhook path would, and returns the final status.
function run(sequence: PaymentOutcome[]): OrderStatus {
  let order = { status: "PENDING" as OrderStatus, attempt: 1 };
  for (const outcome of sequence) {
    const transition = nextOrderState(order, outcome, 1);
    if (transition) order = { ...order, status: transition.to };
  }
  return order.status;
}

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, index) =>
    permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [
      item,
      ...rest,
    ]),
  );
}

describe("any order of delivery, with duplicates", () => {
  it("a success anywhere in the stream always ends PAID", () => {
    const events: PaymentOutcome[] = [
      { kind: "pending" },
      { kind: "paid" },
      { kind: "expired" },
      { kind: "open" },
      { kind: "paid" },
    ];
    for (const sequence of permutations(events)) expect(run(sequence)).toBe("PAID");
  });

  it("without a success, the first final outcome wins and later ones never change it", () => {
    const events: PaymentOutcome[] = [
      { kind: "pending" },
      outcomes[1]!,
      { kind: "open" },
      outcomes[1]!,
    ];
    for (const sequence of permutations(events)) expect(run(sequence)).toBe("FAILED");
  });

  it("pending and open signals alone never move an order", () => {
    for (const sequence of permutations<PaymentOutcome>([
      { kind: "pending" },
      { kind: "open" },
      { kind: "pending" },
    ])) {
      expect(run(sequence)).toBe("PENDING");
    }
  });
});
