import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { FintocApiError } from "@/lib/fintoc/errors";
import { createShopper, uniqueRut } from "../payment-methods/action-fixtures";

// Which 409s mean "this RUT already has a customer". The emulator answers a second request
// with a key still in flight too quickly to catch one, so Fintoc's answer is scripted here.

const createCustomer = vi.hoisted(() => vi.fn());
vi.mock("@/lib/fintoc", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/fintoc")>()),
  fintoc: () => ({ createCustomer }),
}));

const { ensureFintocCustomer } = await import("@/lib/customers/ensure-fintoc-customer");

const conflict = (code: string) =>
  new FintocApiError(409, "invalid_request_error", code, null, `conflict: ${code}`);

async function storedCustomerId(userId: string) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { fintocCustomerId: true },
  });
  return user.fintocCustomerId;
}

beforeEach(() => createCustomer.mockReset());

describe("ensureFintocCustomer and Fintoc's 409s", () => {
  it("a RUT Fintoc already has: the user gets an email-only customer", async () => {
    const user = await createShopper({ rut: uniqueRut() });
    createCustomer.mockRejectedValueOnce(conflict("customer_already_exists"));
    createCustomer.mockResolvedValueOnce({ id: "cus_email_only" });

    expect(await ensureFintocCustomer(user.id)).toBe("cus_email_only");
    expect(createCustomer).toHaveBeenCalledTimes(2);
    expect(createCustomer.mock.calls[1]![0]).not.toHaveProperty("tax_id");
    expect(await storedCustomerId(user.id)).toBe("cus_email_only");
  });

  it("our own request still in flight (idempotency_key_in_use) fails instead of making a second customer", async () => {
    const user = await createShopper({ rut: uniqueRut() });
    createCustomer.mockRejectedValueOnce(conflict("idempotency_key_in_use"));

    await expect(ensureFintocCustomer(user.id)).rejects.toThrow("idempotency_key_in_use");
    expect(createCustomer).toHaveBeenCalledTimes(1);
    expect(await storedCustomerId(user.id)).toBeNull();
  });
});
