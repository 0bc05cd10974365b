import { describe, expect, it } from "vitest";
import { endOfSantiagoDay, startOfSantiagoDay } from "@/lib/admin/santiago-day";

// Chile: UTC-3 in summer, UTC-4 in winter; in 2026 the clocks go back at the end of Saturday
// 4 April and forward at the end of Saturday 5 September (midnight becomes 01:00).
describe("Santiago day boundaries", () => {
  it.each([
    ["2026-01-15", "2026-01-15T03:00:00.000Z", "2026-01-16T03:00:00.000Z"],
    ["2026-07-15", "2026-07-15T04:00:00.000Z", "2026-07-16T04:00:00.000Z"],
    // 25 hours: the last hour of 4 April is lived twice.
    ["2026-04-04", "2026-04-04T03:00:00.000Z", "2026-04-05T04:00:00.000Z"],
    // 23 hours: 6 September starts at 01:00, there is no midnight.
    ["2026-09-05", "2026-09-05T04:00:00.000Z", "2026-09-06T04:00:00.000Z"],
    ["2026-09-06", "2026-09-06T04:00:00.000Z", "2026-09-07T03:00:00.000Z"],
    ["2026-12-31", "2026-12-31T03:00:00.000Z", "2027-01-01T03:00:00.000Z"],
  ])("%s runs from %s to %s", (day, start, end) => {
    expect(startOfSantiagoDay(day).toISOString()).toBe(start);
    expect(endOfSantiagoDay(day).toISOString()).toBe(end);
  });
});
