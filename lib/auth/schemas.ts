import { z } from "zod";
import { email, optionalRut } from "@/lib/forms/fields";
import { resetTokenPattern } from "./password-reset/token";

// The sign-in, sign-up and password-reset forms' inputs.

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

// A password someone chooses (at sign-up, or through a reset link): the same rules both ways.
const newPassword = z
  .string({ error: "Elige una contraseña." })
  .min(passwordMinLength, `La contraseña debe tener al menos ${passwordMinLength} caracteres.`)
  .max(passwordMaxLength, `La contraseña puede tener como máximo ${passwordMaxLength} caracteres.`);

export const signUpSchema = z.object({
  name: z
    .string({ error: "Ingresa tu nombre." })
    .trim()
    .min(1, "Ingresa tu nombre.")
    .max(80, "Usa como máximo 80 caracteres."),
  email,
  password: newPassword,
  rut: optionalRut,
  callbackUrl,
});

export const forgotPasswordSchema = z.object({ email });

export const invalidResetLinkMessage =
  "Este enlace no es válido. Revisa que lo copiaste completo o pide uno nuevo.";

export const resetPasswordSchema = z
  .object({
    // The link's token, carried in a hidden input: anything but its exact shape is a link that
    // was cut or tampered with.
    token: z.string({ error: invalidResetLinkMessage }).regex(resetTokenPattern, {
      error: invalidResetLinkMessage,
    }),
    password: newPassword,
    passwordConfirmation: z
      .string({ error: "Repite la contraseña." })
      .max(passwordMaxLength, "Las contraseñas no coinciden."),
  })
  .refine((input) => input.password === input.passwordConfirmation, {
    path: ["passwordConfirmation"],
    error: "Las contraseñas no coinciden.",
  });

export type SignInInput = z.output<typeof signInSchema>;
export type SignUpInput = z.output<typeof signUpSchema>;
