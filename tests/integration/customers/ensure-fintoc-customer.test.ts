import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createShopper, uniqueRut } from "../payment-methods/action-fixtures";
import { startFintocEmulator } from "../payment-methods/fintoc-emulator";

// One Fintoc customer per user, made at the real emulator over HTTP. The emulator refuses a
// second customer with a tax_id it already has (409 customer_already_exists), as Fintoc does.

const fintoc = await startFintocEmulator();
afterAll(() => fintoc.close());

const { ensureFintocCustomer } = await import("@/lib/customers/ensure-fintoc-customer");

async function storedCustomerId(userId: string) {
  return (
    await db.user.findUniqueOrThrow({ where: { id: userId }, select: { fintocCustomerId: true } })
  ).fintocCustomerId;
}

describe("ensureFintocCustomer", () => {
  it("creates the user's customer with their RUT on first use, stores it, and reuses it", async () => {
    const rut = uniqueRut();
    const user = await createShopper({ rut });

    let mark = fintoc.requests.length;
    const customerId = await ensureFintocCustomer(user.id);
    expect(fintoc.requests.slice(mark)).toEqual(["POST /v2/customers"]);
    expect(await storedCustomerId(user.id)).toBe(customerId);
    expect(fintoc.customersOf(user.id)).toEqual([
      expect.objectContaining({
        id: customerId,
        email: user.email,
        name: user.name,
        metadata: { user_id: user.id },
        tax_id: { type: "cl_rut", value: rut.replace("-", "") },
      }),
    ]);

    // Reused from our database: Fintoc is not asked again.
    mark = fintoc.requests.length;
    expect(await ensureFintocCustomer(user.id)).toBe(customerId);
    expect(fintoc.requests.slice(mark)).toEqual([]);
    expect(fintoc.customersOf(user.id)).toHaveLength(1);
  });

  it("a user who already has a customer keeps it, without a call to Fintoc", async () => {
    const user = await createShopper({ rut: uniqueRut(), customerId: "cus_made_before" });
    const mark = fintoc.requests.length;
    expect(await ensureFintocCustomer(user.id)).toBe("cus_made_before");
    expect(fintoc.requests.slice(mark)).toEqual([]);
    expect(fintoc.customersOf(user.id)).toEqual([]);
  });

  it("a user without a RUT gets a customer identified by email", async () => {
    const user = await createShopper();
    const customerId = await ensureFintocCustomer(user.id);
    expect(fintoc.customersOf(user.id)).toEqual([
      expect.objectContaining({ id: customerId, email: user.email, tax_id: null }),
    ]);
  });

  it("two users with the same RUT both get a customer of their own; the second one has no tax_id", async () => {
    const rut = uniqueRut();
    const first = await createShopper({ rut });
    // Typed differently: the emulator (like Fintoc) compares RUTs, not strings.
    const second = await createShopper({
      rut: `${rut.slice(0, 2)}.${rut.slice(2, 5)}.${rut.slice(5)}`,
    });

    const firstId = await ensureFintocCustomer(first.id);
    const mark = fintoc.requests.length;
    const secondId = await ensureFintocCustomer(second.id);
    // Refused for the RUT (409), then made by email.
    expect(fintoc.requests.slice(mark)).toEqual(["POST /v2/customers", "POST /v2/customers"]);

    expect(secondId).not.toBe(firstId);
    expect(await storedCustomerId(first.id)).toBe(firstId);
    expect(await storedCustomerId(second.id)).toBe(secondId);
    expect(fintoc.customersOf(first.id)).toEqual([
      expect.objectContaining({
        id: firstId,
        tax_id: { type: "cl_rut", value: rut.replace("-", "") },
      }),
    ]);
    // The refused attempt left nothing behind: one customer, by email only.
    expect(fintoc.customersOf(second.id)).toEqual([
      expect.objectContaining({
        id: secondId,
        email: second.email,
        tax_id: null,
        metadata: { user_id: second.id },
      }),
    ]);
    // And it stays theirs.
    expect(await ensureFintocCustomer(second.id)).toBe(secondId);
    expect(fintoc.customersOf(second.id)).toHaveLength(1);
  });

  it("concurrent first uses by one user end with one stored customer, which every caller gets", async () => {
    const rut = uniqueRut();
    const user = await createShopper({ rut });

    const returned = await Promise.all([1, 2, 3].map(() => ensureFintocCustomer(user.id)));

    const stored = await storedCustomerId(user.id);
    expect(stored).toMatch(/^cus_/);
    expect(returned).toEqual([stored, stored, stored]);
    // Idempotency key per user: Fintoc made one customer, and it carries the user's RUT.
    expect(fintoc.customersOf(user.id)).toEqual([
      expect.objectContaining({
        id: stored,
        tax_id: { type: "cl_rut", value: rut.replace("-", "") },
      }),
    ]);
  });
});
