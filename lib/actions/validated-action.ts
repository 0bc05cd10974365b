import { z } from "zod";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import { inRequestContext } from "@/lib/log/next-request";
import { fail, type ActionResult, type ActionState } from "./result";

// Server action wrappers, so that every action parses its input and checks who is asking the
// same way. Use them as the body of an exported action in an actions.ts:
//
//   export const removePaymentMethod = validatedActionWithUser(
//     z.object({ paymentMethodId: z.string().min(1) }),
//     async ({ paymentMethodId }, user) => { …; return succeed(); },
//   );
//
// and in the form: `const [state, action, pending] = useActionState(removePaymentMethod, null)`.
// The handler may call redirect() (it throws, and the wrapper lets it through). Ownership is
// still the handler's job: load records with the user's id in the query, never trust an id from
// the form alone.

export type FormAction<T> = (state: ActionState<T>, formData: FormData) => Promise<ActionResult<T>>;

export const invalidInputMessage = "Revisa los campos marcados.";
export const signedOutMessage = "Tu sesión expiró. Ingresa de nuevo para continuar.";

// Inputs whose value must never travel back to the browser.
const secretField = /password|secret|token/i;

function echoValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  if (!(formData instanceof FormData)) return values;
  for (const [name, value] of formData) {
    // Next adds $ACTION_* fields to forms submitted without JavaScript.
    if (typeof value !== "string" || name.startsWith("$") || secretField.test(name)) continue;
    values[name] = value;
  }
  return values;
}

// A FormData as a plain object for zod. A name sent several times keeps its last value; an
// action that needs lists should read formData.getAll() in its handler.
function formDataToObject(formData: FormData): Record<string, FormDataEntryValue> {
  return Object.fromEntries(formData);
}

function withEchoedValues<T>(result: ActionResult<T>, formData: FormData): ActionResult<T> {
  return result.ok ? result : { ...result, values: echoValues(formData) };
}

export function validatedAction<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.output<S>, formData: FormData) => Promise<ActionResult<T>>,
): FormAction<T> {
  return (_state, formData) =>
    inRequestContext(async () => {
      // A form always posts a FormData; anything else (a crafted call with an object, a string or
      // nothing) is refused the same way as a form with bad fields, rather than crashing here.
      if (!(formData instanceof FormData)) return fail(invalidInputMessage);
      const parsed = schema.safeParse(formDataToObject(formData));
      if (!parsed.success) {
        const { fieldErrors } = z.flattenError(parsed.error);
        return withEchoedValues<T>(fail(invalidInputMessage, fieldErrors), formData);
      }
      return withEchoedValues(await handler(parsed.data, formData), formData);
    });
}

// Same, for signed-in users only. A guest (or an expired session) gets a failure before the
// input is even parsed, so nothing about the form's rules leaks to them.
export function validatedActionWithUser<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.output<S>, user: SessionUser, formData: FormData) => Promise<ActionResult<T>>,
): FormAction<T> {
  return (state, formData) =>
    inRequestContext(async () => {
      const user = await getSessionUser();
      if (!user) return withEchoedValues<T>(fail(signedOutMessage), formData);
      return validatedAction(schema, (input: z.output<S>) => handler(input, user, formData))(
        state,
        formData,
      );
    });
}
