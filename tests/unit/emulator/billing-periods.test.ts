import { describe, expect, it } from "vitest";
import { periodStart } from "@/emulator/domain/billing-periods";

const iso = (date: Date) => date.toISOString();

describe("a subscription's periods from its billing_cycle_anchor", () => {
  it("keeps the anchor's day and time, month after month and across years", () => {
    const anchor = "2026-11-15T13:45:10Z";
    expect(iso(periodStart(anchor, 1, 0))).toBe("2026-11-15T13:45:10.000Z");
    expect(iso(periodStart(anchor, 1, 1))).toBe("2026-12-15T13:45:10.000Z");
    expect(iso(periodStart(anchor, 1, 2))).toBe("2027-01-15T13:45:10.000Z");
    expect(iso(periodStart(anchor, 3, 2))).toBe("2027-05-15T13:45:10.000Z");
  });

  it("falls on a short month's last day, and comes back to the anchor's day after it", () => {
    const anchor = "2027-01-31T10:00:00Z";
    expect(iso(periodStart(anchor, 1, 1))).toBe("2027-02-28T10:00:00.000Z");
    expect(iso(periodStart(anchor, 1, 2))).toBe("2027-03-31T10:00:00.000Z");
    expect(iso(periodStart(anchor, 1, 3))).toBe("2027-04-30T10:00:00.000Z");
    expect(iso(periodStart("2028-01-31T10:00:00Z", 1, 1))).toBe("2028-02-29T10:00:00.000Z");
  });
});
