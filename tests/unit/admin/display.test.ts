import { describe, expect, it } from "vitest";
import { formatPayload } from "@/lib/admin/payload";
import { describeStatusSource } from "@/lib/admin/status-source";

describe("describeStatusSource", () => {
  it("names each source and links webhook changes to their event", () => {
    expect(describeStatusSource("webhook:evt_123")).toEqual({
      label: "Webhook",
      eventId: "evt_123",
    });
    expect(describeStatusSource("return-page")).toEqual({
      label: "Página de retorno",
      eventId: null,
    });
    expect(describeStatusSource("reconcile")).toEqual({ label: "Conciliación", eventId: null });
    expect(describeStatusSource("retry")).toEqual({
      label: "Nuevo intento de pago",
      eventId: null,
    });
    expect(describeStatusSource("checkout")).toEqual({
      label: "Checkout (pedido creado)",
      eventId: null,
    });
    expect(describeStatusSource("something-new")).toEqual({
      label: "something-new",
      eventId: null,
    });
  });
});

describe("formatPayload", () => {
  it("indents JSON", () => {
    expect(formatPayload('{"id":"evt_1","data":{"a":1}}')).toEqual({
      text: '{\n  "id": "evt_1",\n  "data": {\n    "a": 1\n  }\n}',
      formatted: true,
    });
  });

  it("shows anything else as it came", () => {
    expect(formatPayload("<script>x</script>")).toEqual({
      text: "<script>x</script>",
      formatted: false,
    });
  });
});
