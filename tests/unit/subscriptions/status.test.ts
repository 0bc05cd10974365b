import { describe, expect, it } from "vitest";
import { statusesBefore } from "@/lib/subscriptions/status";

describe("subscription statuses only move forward", () => {
  it("each status may be reached only from the ones before it", () => {
    expect(statusesBefore("PENDING")).toEqual([]);
    expect(statusesBefore("INCOMPLETE")).toEqual(["PENDING"]);
    expect(statusesBefore("ACTIVE")).toEqual(["PENDING", "INCOMPLETE"]);
    expect(statusesBefore("CANCELED")).toEqual(["PENDING", "INCOMPLETE", "ACTIVE"]);
  });

  it("only a session never finished expires; nothing leaves a final status", () => {
    expect(statusesBefore("EXPIRED")).toEqual(["PENDING"]);
    for (const target of ["PENDING", "INCOMPLETE", "ACTIVE", "CANCELED", "EXPIRED"] as const) {
      expect(statusesBefore(target)).not.toContain("CANCELED");
      expect(statusesBefore(target)).not.toContain("EXPIRED");
    }
  });
});
