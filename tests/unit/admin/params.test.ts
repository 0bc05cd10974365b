import { describe, expect, it } from "vitest";
import { inboxQuery, parseInboxParams } from "@/lib/admin/inbox-params";
import { orderSearchWhere, parseOrderParams } from "@/lib/admin/order-params";
import { hrefWith, pageLinks } from "@/lib/admin/search-params";

describe("inbox filters from the URL", () => {
  it("reads type, outcome and dates, and turns the days into Santiago instants", () => {
    const { filters, page } = parseInboxParams({
      tipo: " payment_intent.succeeded ",
      resultado: "FAILED",
      desde: "2026-11-01",
      hasta: "2026-11-02",
    });
    expect(filters).toEqual({
      tipo: "payment_intent.succeeded",
      resultado: "FAILED",
      desde: "2026-11-01",
      hasta: "2026-11-02",
    });
    expect(page.cursor).toBeNull();
    expect(inboxQuery(filters)).toEqual({
      type: "payment_intent.succeeded",
      outcome: "FAILED",
      from: new Date("2026-11-01T03:00:00.000Z"),
      until: new Date("2026-11-03T03:00:00.000Z"),
    });
  });

  it("drops what it cannot read instead of failing the page", () => {
    const { filters } = parseInboxParams({
      tipo: "",
      resultado: "MAYBE",
      desde: "ayer",
      hasta: ["2026-11-02", "x"],
    });
    expect(filters).toEqual({
      tipo: undefined,
      resultado: undefined,
      desde: undefined,
      hasta: "2026-11-02",
    });
  });
});

describe("order filters and search", () => {
  it("reads a status and a search, ignoring an unknown status", () => {
    expect(parseOrderParams({ estado: "PAID", q: "  ana@example.cl " }).filters).toEqual({
      estado: "PAID",
      q: "ana@example.cl",
    });
    expect(parseOrderParams({ estado: "LOST" }).filters).toEqual({
      estado: undefined,
      q: undefined,
    });
  });

  it("sends each kind of search to the right field", () => {
    expect(orderSearchWhere("cs_123")).toEqual({ sessions: { some: { id: "cs_123" } } });
    expect(orderSearchWhere("pi_123")).toEqual({
      sessions: { some: { paymentIntentId: "pi_123" } },
    });
    expect(orderSearchWhere("Ana@Example.cl")).toEqual({ email: "ana@example.cl" });
    expect(orderSearchWhere("#ABCD1234")).toEqual({ id: { endsWith: "abcd1234" } });
  });
});

describe("links", () => {
  it("keeps the filters, leaves out empty ones, and adds the cursor", () => {
    expect(hrefWith("/admin/orders", { estado: "PAID", q: undefined })).toBe(
      "/admin/orders?estado=PAID",
    );
    expect(hrefWith("/admin/orders", {})).toBe("/admin/orders");
    const at = new Date("2026-11-20T10:00:00.000Z");
    const links = pageLinks(
      "/admin/webhooks",
      { tipo: "a.b" },
      { older: { at, id: "evt_1" }, newer: null },
    );
    expect(links.newer).toBeNull();
    expect(links.first).toBe("/admin/webhooks?tipo=a.b");
    expect(new URL(links.older!, "http://x").searchParams.get("antes")).toBe(
      "2026-11-20T10:00:00.000Z,evt_1",
    );
  });
});
