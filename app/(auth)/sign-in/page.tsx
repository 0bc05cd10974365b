import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getSessionUser, safeCallbackPath } from "@/lib/auth";
import { SignInForm } from "@/components/auth/sign-in-form";
import { SuccessNotice } from "@/components/ui/success-notice";
import { signInAction } from "../actions";

export const metadata: Metadata = { title: "Ingresar" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const linkClass = "font-semibold text-clay-700 underline-offset-2 hover:underline";

// Where a password reset lands (app/(auth)/actions.ts).
const passwordChanged =
  "Listo: tu contraseña quedó cambiada y cerramos tu sesión en todos tus dispositivos. Ingresa con la nueva.";

// Auth.js' own endpoints report failures as ?error=…&code=…; our form reports them itself.
function noticeFor(error: unknown, code: unknown): string | null {
  if (typeof error !== "string") return null;
  if (code === "rate_limited")
    return "Demasiados intentos de ingreso. Espera unos minutos y vuelve a intentarlo.";
  if (error === "CredentialsSignin") return "Correo o contraseña incorrectos.";
  return "No pudimos iniciar tu sesión. Inténtalo de nuevo.";
}

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  if (await getSessionUser()) redirect(callbackUrl);

  return (
    <>
      <h1 className="font-display text-3xl font-bold text-stone-900">Ingresa a tu cuenta</h1>
      <p className="mt-2 text-stone-700">
        Revisa tus pedidos y paga en un clic con tu cuenta bancaria guardada.
      </p>
      {params.reset === "done" ? (
        <div className="mt-6">
          <SuccessNotice message={passwordChanged} />
        </div>
      ) : null}
      <div className="mt-6">
        <SignInForm
          action={signInAction}
          callbackUrl={callbackUrl}
          notice={noticeFor(params.error, params.code)}
        />
      </div>
      <p className="mt-4 text-center text-sm">
        <Link href="/forgot-password" className={linkClass}>
          ¿Olvidaste tu contraseña?
        </Link>
      </p>
      <p className="mt-6 text-center text-sm text-stone-700">
        ¿No tienes cuenta?{" "}
        <Link href={`/sign-up?${new URLSearchParams({ callbackUrl })}`} className={linkClass}>
          Crea una
        </Link>
      </p>
    </>
  );
}
