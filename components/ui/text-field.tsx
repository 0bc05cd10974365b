"use client";

import { useState, type InputHTMLAttributes, type ReactNode } from "react";

type Props = InputHTMLAttributes<HTMLInputElement> & {
  name: string;
  label: string;
  hint?: ReactNode;
  errors?: string[];
};

// A labelled input whose hint and error are tied to it for screen readers (aria-describedby),
// and which says it is invalid (aria-invalid) rather than only turning red.
export function TextField({ name, label, hint, errors, type = "text", ...input }: Props) {
  const [revealed, setRevealed] = useState(false);
  const isPassword = type === "password";
  const describedBy = [hint ? `${name}-hint` : null, errors?.length ? `${name}-error` : null]
    .filter(Boolean)
    .join(" ");

  return (
    <div>
      <label htmlFor={name} className="block text-sm font-medium text-stone-800">
        {label}
      </label>
      <div className="relative mt-1">
        <input
          id={name}
          name={name}
          type={isPassword && revealed ? "text" : type}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={describedBy || undefined}
          className={`block w-full rounded-lg border border-stone-300 bg-white px-3 py-2.5 text-base shadow-sm focus:border-clay-500 aria-invalid:border-red-600 ${isPassword ? "pr-24" : ""}`}
          {...input}
        />
        {isPassword ? (
          <button
            type="button"
            onClick={() => setRevealed((value) => !value)}
            aria-pressed={revealed}
            aria-controls={name}
            className="absolute inset-y-1 right-1 rounded-md px-3 text-sm font-medium text-clay-700 hover:bg-clay-50"
          >
            {revealed ? "Ocultar" : "Mostrar"}
          </button>
        ) : null}
      </div>
      {hint ? (
        <p id={`${name}-hint`} className="mt-1 text-xs text-stone-600">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`${name}-error`} className="mt-1 text-sm text-red-700">
          {errors[0]}
        </p>
      ) : null}
    </div>
  );
}
