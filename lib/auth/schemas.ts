import { z } from "zod";
import { normalizeRut } from "@/lib/rut";

// The sign-in and sign-up forms' inputs. Emails are compared lowercased everywhere (the
// unique index, the rate-limit keys), so "Ana@Mail.cl" and "ana@mail.cl" are one account.

export const passwordMinLength = 8;
// scrypt accepts any length; the cap only keeps absurd inputs out of the request.
const passwordMaxLength = 200;

export const emailSchema = z
  .string({ error: "Ingresa tu correo." })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "Ingresa un correo válido, como nombre@dominio.cl." }).max(254));

const callbackUrl = z.string().optional();

export const signInSchema = z.object({
  email: emailSchema,
  password: z
    .string({ error: "Ingresa tu contraseña." })
    .min(1, "Ingresa tu contraseña.")
    .max(passwordMaxLength, "Correo o contraseña incorrectos."),
  callbackUrl,
});

// An empty RUT input means "not given"; anything else must have a valid check digit.
const optionalRut = z
  .string()
  .trim()
  .optional()
  .transform((value, context) => {
    if (!value) return undefined;
    const rut = normalizeRut(value);
    if (!rut) {
      context.addIssue({
        code: "custom",
        message: "El RUT no es válido: revisa el dígito verificador.",
      });
      return z.NEVER;
    }
    return rut;
  });

export const signUpSchema = z.object({
  name: z
    .string({ error: "Ingresa tu nombre." })
    .trim()
    .min(1, "Ingresa tu nombre.")
    .max(80, "Usa como máximo 80 caracteres."),
  email: emailSchema,
  password: z
    .string({ error: "Elige una contraseña." })
    .min(passwordMinLength, `La contraseña debe tener al menos ${passwordMinLength} caracteres.`)
    .max(
      passwordMaxLength,
      `La contraseña puede tener como máximo ${passwordMaxLength} caracteres.`,
    ),
  rut: optionalRut,
  callbackUrl,
});

export type SignInInput = z.output<typeof signInSchema>;
export type SignUpInput = z.output<typeof signUpSchema>;
