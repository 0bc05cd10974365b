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
