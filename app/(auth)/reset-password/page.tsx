import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { deadLinkAdvice, deadLinkTitles } from "@/lib/auth/password-reset/messages";
import { resetLinkState } from "@/lib/auth/password-reset/reset";
import { passwordMinLength } from "@/lib/auth/schemas";
import { resetPasswordAction } from "../actions";

export const metadata: Metadata = { title: "Nueva contraseña" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const linkClass = "font-semibold text-clay-700 underline-offset-2 hover:underline";

// Where the reset email's link lands. Looking changes nothing: a link is used only when its
// form is sent. A dead link says which way it died and offers a new one.
export default async function ResetPasswordPage({ searchParams }: Props) {
  const { token } = await searchParams;
  const linkToken = typeof token === "string" ? token : "";
  const state = await resetLinkState(linkToken);

  if (state !== "valid") {
    return (
      <>
        <h1 className="font-display text-3xl font-bold text-stone-900">{deadLinkTitles[state]}</h1>
        <p className="mt-2 text-stone-700">{deadLinkAdvice[state]}</p>
        <Link href="/forgot-password" className="btn-primary mt-6 block w-full py-3 text-center">
          Pedir un enlace nuevo
        </Link>
        <p className="mt-6 text-center text-sm text-stone-700">
          ¿Ya tienes tu contraseña?{" "}
          <Link href="/sign-in" className={linkClass}>
            Ingresa
          </Link>
        </p>
      </>
    );
  }

  return (
    <>
      <h1 className="font-display text-3xl font-bold text-stone-900">Elige una nueva contraseña</h1>
      <p className="mt-2 text-stone-700">
        Al guardarla cerraremos tu sesión en todos tus dispositivos; después ingresa con la nueva.
      </p>
      <div className="mt-6">
        <ResetPasswordForm
          action={resetPasswordAction}
          token={linkToken}
          passwordMinLength={passwordMinLength}
        />
      </div>
      <p className="mt-6 text-center text-sm text-stone-700">
        ¿El enlace no funciona?{" "}
        <Link href="/forgot-password" className={linkClass}>
          Pide uno nuevo
        </Link>
      </p>
    </>
  );
}
