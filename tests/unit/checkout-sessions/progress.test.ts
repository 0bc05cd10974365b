import { describe, expect, it } from "vitest";
import {
  intentStatusesAheadOf,
  isIntentStatusNewer,
  isSessionStatusNewer,
  sessionStatusesAheadOf,
} from "@/lib/checkout-sessions/progress";

// The lists are what lib/orders/pay-order.ts compares against in SQL: they must say exactly
// what the predicates say, for every pair of statuses Fintoc sends and one it might add.
const sessionStatuses = ["created", "in_progress", "expired", "finished", "paused"];
const intentStatuses = [
  "created",
  "in_progress",
  "pending",
  "requires_action",
  "succeeded",
  "failed",
  "rejected",
  "expired",
  "reversed",
];

describe("statuses ahead of a new one", () => {
  it("a session status overwrites exactly the stored statuses not in its list", () => {
    for (const next of sessionStatuses) {
      for (const stored of sessionStatuses) {
        expect(!sessionStatusesAheadOf(next).includes(stored), `${stored} → ${next}`).toBe(
          isSessionStatusNewer(stored, next),
        );
      }
    }
  });

  it("an intent status overwrites exactly the stored statuses not in its list", () => {
    for (const next of intentStatuses) {
      for (const stored of intentStatuses) {
        expect(!intentStatusesAheadOf(next).includes(stored), `${stored} → ${next}`).toBe(
          isIntentStatusNewer(stored, next),
        );
      }
    }
  });

  it("a finished session and a settled intent are overwritten by nothing earlier", () => {
    expect(sessionStatusesAheadOf("expired")).toEqual(["finished"]);
    expect(sessionStatusesAheadOf("finished")).toEqual([]);
    expect(intentStatusesAheadOf("pending").sort()).toEqual([
      "expired",
      "failed",
      "rejected",
      "succeeded",
    ]);
    expect(intentStatusesAheadOf("succeeded")).toEqual([]);
  });
});
