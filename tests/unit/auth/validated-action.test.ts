import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/session";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => session.user }));

const {
  fail,
  invalidInputMessage,
  signedOutMessage,
  succeed,
  validatedAction,
  validatedActionWithUser,
} = await import("@/lib/actions");

const schema = z.object({
  email: z
    .string()
    .trim()
    .pipe(z.email({ error: "Correo inválido." })),
  quantity: z.coerce.number().int().min(1, "Al menos 1."),
});

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

const ana: SessionUser = { id: "user_ana", email: "ana@example.cl", name: "Ana", role: "SHOPPER" };

beforeEach(() => {
  session.user = null;
});

describe("validatedAction", () => {
  it("hands the parsed, typed input to the handler", async () => {
    const handler = vi.fn(async (input: z.output<typeof schema>) => succeed(input.quantity * 2));
    const result = await validatedAction(schema, handler)(
      null,
      form({ email: " a@b.cl ", quantity: "3" }),
    );
    expect(handler).toHaveBeenCalledWith({ email: "a@b.cl", quantity: 3 }, expect.any(FormData));
    expect(result).toEqual({ ok: true, data: 6 });
  });

  it("returns field errors without running the handler when the input is invalid", async () => {
    const handler = vi.fn(async () => succeed());
    const result = await validatedAction(schema, handler)(
      null,
      form({ email: "nope", quantity: "0" }),
    );
    expect(handler).not.toHaveBeenCalled();
    expect(result).toEqual({
      ok: false,
      error: invalidInputMessage,
      fieldErrors: { email: ["Correo inválido."], quantity: ["Al menos 1."] },
      values: { email: "nope", quantity: "0" },
    });
  });

  it("echoes what was typed on a handler's failure, but never passwords or Next's own fields", async () => {
    const action = validatedAction(
      z.object({ email: z.string(), password: z.string() }),
      async () => fail("Correo o contraseña incorrectos."),
    );
    const result = await action(
      null,
      form({
        email: "ana@example.cl",
        password: "secreto123",
        newPassword: "x",
        $ACTION_ID_abc: "",
      }),
    );
    expect(result).toEqual({
      ok: false,
      error: "Correo o contraseña incorrectos.",
      fieldErrors: {},
      values: { email: "ana@example.cl" },
    });
  });

  it("lets a redirect thrown by the handler through", async () => {
    const redirect = new Error("NEXT_REDIRECT");
    const action = validatedAction(schema, async () => {
      throw redirect;
    });
    await expect(action(null, form({ email: "a@b.cl", quantity: "1" }))).rejects.toBe(redirect);
  });
});

describe("validatedActionWithUser", () => {
  it("refuses a guest before parsing, and never runs the handler", async () => {
    const handler = vi.fn(async () => succeed());
    const result = await validatedActionWithUser(schema, handler)(
      null,
      form({ email: "bad", quantity: "x" }),
    );
    expect(handler).not.toHaveBeenCalled();
    expect(result).toMatchObject({ ok: false, error: signedOutMessage, fieldErrors: {} });
  });

  it("passes the signed-in user to the handler", async () => {
    session.user = ana;
    const handler = vi.fn(async (_input: z.output<typeof schema>, user: SessionUser) =>
      succeed(user.id),
    );
    const result = await validatedActionWithUser(schema, handler)(
      null,
      form({ email: "a@b.cl", quantity: "2" }),
    );
    expect(handler).toHaveBeenCalledWith(
      { email: "a@b.cl", quantity: 2 },
      ana,
      expect.any(FormData),
    );
    expect(result).toEqual({ ok: true, data: "user_ana" });
  });

  it("still validates the input for signed-in users", async () => {
    session.user = ana;
    const handler = vi.fn(async () => succeed());
    const result = await validatedActionWithUser(schema, handler)(
      null,
      form({ email: "a@b.cl", quantity: "0" }),
    );
    expect(handler).not.toHaveBeenCalled();
    expect(result).toMatchObject({ ok: false, fieldErrors: { quantity: ["Al menos 1."] } });
  });

  it("refuses a call that brings no FormData (a crafted request) as bad input, for guests too", async () => {
    const handler = vi.fn(async () => succeed());
    for (const notAForm of [undefined, "email=a@b.cl", { email: "a@b.cl", quantity: 2 }, [1]]) {
      const call = (action: (state: null, formData: FormData) => Promise<unknown>) =>
        action(null, notAForm as unknown as FormData);
      expect(await call(validatedAction(schema, handler) as never)).toEqual(
        fail(invalidInputMessage),
      );
      session.user = null;
      expect(await call(validatedActionWithUser(schema, handler) as never)).toEqual(
        fail(signedOutMessage),
      );
      session.user = ana;
      expect(await call(validatedActionWithUser(schema, handler) as never)).toEqual(
        fail(invalidInputMessage),
      );
    }
    expect(handler).not.toHaveBeenCalled();
  });
});
