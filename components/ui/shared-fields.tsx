"use client";

import type { ComponentProps } from "react";
import type { ActionFailure } from "@/lib/actions";
import { TextField } from "./text-field";

type Preset = Omit<ComponentProps<typeof TextField>, "name" | "label"> & {
  failure: ActionFailure | null;
};

// The inputs several forms ask for, so that each looks and behaves the same everywhere. Their
// rules live in lib/forms/fields.ts; `failure` puts back what was typed and shows its error.

export function EmailField({ failure, defaultValue = "", ...input }: Preset) {
  return (
    <TextField
      name="email"
      label="Correo electrónico"
      type="email"
      autoComplete="email"
      required
      defaultValue={failure?.values.email ?? defaultValue}
      errors={failure?.fieldErrors.email}
      {...input}
    />
  );
}

// Optional everywhere it is asked for, hence the label.
export function OptionalRutField({ failure, ...input }: Preset) {
  return (
    <TextField
      name="rut"
      label="RUT (opcional)"
      autoComplete="off"
      placeholder="12.345.678-5"
      defaultValue={failure?.values.rut ?? ""}
      errors={failure?.fieldErrors.rut}
      {...input}
    />
  );
}

// A password being chosen (signing up, resetting one): the browser may suggest a strong one.
// Never filled back from a failure: a password does not travel back to the page. The minimum
// comes from the page (lib/auth/schemas.ts, which the browser's bundle does not load).
export function NewPasswordField({
  failure,
  minLength,
  label = "Contraseña",
}: {
  failure: ActionFailure | null;
  minLength: number;
  label?: string;
}) {
  return (
    <TextField
      name="password"
      label={label}
      type="password"
      autoComplete="new-password"
      minLength={minLength}
      required
      hint={`Al menos ${minLength} caracteres. Una frase larga es más segura que una palabra rara.`}
      errors={failure?.fieldErrors.password}
    />
  );
}
