import { z } from "zod";
import { email, optionalRut } from "@/lib/forms/fields";

// The sign-in and sign-up forms' inputs.

export const passwordMinLength = 8;
// scrypt accepts any length; the cap only keeps absurd inputs out of the request.
const passwordMaxLength = 200;

// Where to go afterwards: a path of ours (safeCallbackPath checks it). 2 000 characters is more
// than any page of the store needs, with its query.
const callbackUrl = z.string().max(2_000, "La dirección de regreso es demasiado larga.").optional();

export const signInSchema = z.object({
  email,
  password: z
    .string({ error: "Ingresa tu contraseña." })
    .min(1, "Ingresa tu contraseña.")
    .max(passwordMaxLength, "Correo o contraseña incorrectos."),
  callbackUrl,
});

export const signUpSchema = z.object({
  name: z
    .string({ error: "Ingresa tu nombre." })
    .trim()
    .min(1, "Ingresa tu nombre.")
    .max(80, "Usa como máximo 80 caracteres."),
  email,
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
