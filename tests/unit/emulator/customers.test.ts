import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startEmulator, type TestEmulator } from "./support";

let emulator: TestEmulator;
beforeEach(() => {
  emulator = startEmulator();
});
afterEach(() => emulator.close());

describe("/v2/customers", () => {
  it("creates a customer with Fintoc's normalisation", async () => {
    const response = await emulator.api("POST", "/v2/customers", {
      name: "Acme SpA",
      email: "Pagos@Acme.CL",
      phone: "+56912345678",
      address: { city: "Santiago", country: "CL", line1: "Av. Providencia 1234" },
      tax_id: { type: "cl_rut", value: "76.123.456-0" },
      metadata: { crm: "42" },
    });
    expect(response.status).toBe(201);
    const customer = await response.json();
    expect(Object.keys(customer)).toEqual([
      "id",
      "object",
      "address",
      "created_at",
      "email",
      "metadata",
      "mode",
      "name",
      "phone",
      "tax_id",
    ]);
    expect(customer).toMatchObject({
      object: "customer",
      email: "pagos@acme.cl",
      address: { country: "cl" },
      tax_id: { type: "cl_rut", value: "761234560" },
      metadata: { crm: "42" },
      mode: "test",
    });
    const fetched = await emulator.api("GET", `/v2/customers/${customer.id}`);
    expect(await fetched.json()).toEqual(customer);
  });

  it("uppercases a Mexican RFC", async () => {
    const customer = await (
      await emulator.api("POST", "/v2/customers", {
        tax_id: { type: "mx_rfc", value: "xaxx010101000" },
      })
    ).json();
    expect(customer.tax_id.value).toBe("XAXX010101000");
  });

  it.each([
    [{ name: "Sin contacto" }, "missing_parameter", "email"],
    [{ tax_id: { type: "cl_rut" } }, "missing_parameter", "tax_id.value"],
    [{ tax_id: { value: "1" } }, "missing_parameter", "tax_id.type"],
    [{ tax_id: { type: "us_ssn", value: "1" } }, "invalid_enum", "tax_id.type"],
    [{ email: "no-at-sign" }, "invalid_params", "email"],
    [{ email: "a@b.cl", phone: "912345678" }, "invalid_params", "phone"],
    [{ email: "a@b.cl", metadata: [] }, "invalid_params", "metadata"],
  ])("refuses %j", async (body, code, param) => {
    const response = await emulator.api("POST", "/v2/customers", body);
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatchObject({
      type: "invalid_request_error",
      code,
      param,
    });
    expect(emulator.deps.store.customers.size).toBe(0);
  });

  it("answers 409 to a tax_id that already exists, whatever its format", async () => {
    await emulator.api("POST", "/v2/customers", {
      tax_id: { type: "cl_rut", value: "11.111.111-1" },
    });
    const response = await emulator.api("POST", "/v2/customers", {
      tax_id: { type: "cl_rut", value: "111111111" },
    });
    expect(response.status).toBe(409);
    expect((await response.json()).error).toMatchObject({
      code: "customer_already_exists",
      param: "tax_id",
    });
  });
});
