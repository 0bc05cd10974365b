import type { z } from "zod";
import {
  fail,
  signedOutMessage,
  validatedAction,
  type ActionResult,
  type FormAction,
} from "@/lib/actions";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import { inRequestContext } from "@/lib/log/next-request";

export const adminOnlyMessage = "Esta acción es solo para la administración de la tienda.";

// validatedActionWithUser for the console: the role is checked before the input is even
// parsed, so nobody else learns anything about the form's rules, and the handler is never
// reached. Server actions are public endpoints: hiding the buttons is not enough.
export function adminAction<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.output<S>, admin: SessionUser) => Promise<ActionResult<T>>,
): FormAction<T> {
  return (state, formData) =>
    inRequestContext(async () => {
      const user = await getSessionUser();
      if (!user) return fail(signedOutMessage);
      if (user.role !== "ADMIN") return fail(adminOnlyMessage);
      return validatedAction(schema, (input: z.output<S>) => handler(input, user))(state, formData);
    });
}
