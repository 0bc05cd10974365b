import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { resetRequestedMessage } from "@/lib/auth/password-reset/messages";
import { forgotPasswordAction } from "../actions";

export const metadata: Metadata = { title: "Recuperar contraseña" };

// Open to everyone, signed in or not: someone signed in on one device may have forgotten the
// password on another. Rendered per request, as sign-in is, so that its scripts carry this
// response's nonce under the strict policy (lib/security/page-headers.ts).
export default async function ForgotPasswordPage() {
  await connection();
  return (
    <>
      <h1 className="font-display text-3xl font-bold text-stone-900">¿Olvidaste tu contraseña?</h1>
      <p className="mt-2 text-stone-700">
        Escribe el correo de tu cuenta y te enviaremos un enlace para elegir una nueva.
      </p>
      <div className="mt-6">
        <ForgotPasswordForm action={forgotPasswordAction} sentMessage={resetRequestedMessage} />
      </div>
      <p className="mt-6 text-center text-sm text-stone-700">
        ¿La recordaste?{" "}
        <Link
          href="/sign-in"
          className="font-semibold text-clay-700 underline-offset-2 hover:underline"
        >
          Ingresa
        </Link>
      </p>
    </>
  );
}
