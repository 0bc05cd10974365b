import { z } from "zod";
import { normalizeRut } from "@/lib/rut";

// The rules for the inputs several forms share, so that a value one form accepts is accepted by
// every other, with the same Spanish message. Forms compose their schemas from these.

// Emails are compared lowercased everywhere (the unique index, the rate-limit keys), so
// "Ana@Mail.cl" and "ana@mail.cl" are one person. 254 characters is the longest address SMTP
// can deliver to (RFC 5321).
export const email = z
  .string({ error: "Ingresa tu correo." })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "Ingresa un correo válido, como nombre@dominio.cl." }).max(254));

const invalidRut = "El RUT no es válido: revisa el dígito verificador.";

function rutOrIssue(value: string, message: string, context: z.RefinementCtx): string {
  const rut = normalizeRut(value);
  if (rut) return rut;
  context.addIssue({ code: "custom", message });
  return z.NEVER;
}

// An empty input means "not given" (null, as it is stored); anything else must have a valid
// check digit, and comes out normalised ("12345678-5").
export const optionalRut = z
  .string()
  .trim()
  .optional()
  .transform((value, context) => (value ? rutOrIssue(value, invalidRut, context) : null));

// A RUT the form cannot do without; `message` says whose it is.
export function requiredRut(message: string) {
  return z
    .string({ error: message })
    .trim()
    .transform((value, context) => rutOrIssue(value, message, context));
}

// The one-time token a form carries (a UUID the page rendered): it makes a double submission
// one operation. A missing or mangled one means the page is stale.
export const formToken = z.uuid({ error: "El formulario expiró. Recarga la página." });

// The id of a record as a form posts it. The record is then loaded with the caller's id in the
// query: the id alone proves nothing. Our own ids (uuid, cuid) fit in 64 characters; Fintoc says
// nothing of its ids' length (clients must not parse them), so those may take up to 255.
function recordId(messages: { missing: string; invalid: string }, maxLength: number) {
  return z
    .string({ error: messages.missing })
    .trim()
    .min(1, messages.missing)
    .max(maxLength, messages.invalid);
}

export const productId = recordId(
  { missing: "Falta indicar el producto.", invalid: "El producto indicado no es válido." },
  64,
);

export const orderId = recordId(
  { missing: "Falta indicar el pedido.", invalid: "El pedido indicado no es válido." },
  64,
);

// Saved bank accounts keep the id Fintoc gave them.
export const paymentMethodId = recordId(
  { missing: "Elige una cuenta.", invalid: "La cuenta indicada no es válida." },
  255,
);

// Fintoc's id of a webhook event, as the merchant console's replay form posts it.
export const webhookEventId = recordId(
  { missing: "Falta el id del evento.", invalid: "Ese id de evento es demasiado largo." },
  255,
);

// graphile-worker's job id (a bigint), as the queue's re-queue form posts it.
export const jobId = z
  .string({ error: "Falta indicar el trabajo." })
  .trim()
  .regex(/^[1-9][0-9]{0,17}$/, "El trabajo indicado no es válido.");

// A notification's id (a UUID), as an order's email re-queue form posts it.
export const notificationId = z.uuid({ error: "El correo indicado no es válido." });

// An amount in pesos as a merchant types it ("12990", "12.990" or "$12.990"): a whole number,
// since CLP has no smaller unit.
export const clpAmount = z
  .string({ error: "Ingresa un monto." })
  .trim()
  .transform((value) => value.replace(/^\$\s*/, "").replaceAll(".", ""))
  .pipe(
    z
      .string()
      .regex(/^\d{1,10}$/, "Ingresa un monto en pesos, sin decimales (por ejemplo 12.990).")
      .transform(Number)
      .pipe(z.number().int().min(1, "El monto debe ser de al menos $1.")),
  );

export const refundId = recordId(
  { missing: "Falta indicar el reembolso.", invalid: "El reembolso indicado no es válido." },
  64,
);
