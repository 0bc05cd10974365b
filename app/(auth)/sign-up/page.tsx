import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getSessionUser, safeCallbackPath } from "@/lib/auth";
import { passwordMinLength } from "@/lib/auth/schemas";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { signUpAction } from "../actions";

export const metadata: Metadata = { title: "Crear cuenta" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignUpPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  if (await getSessionUser()) redirect(callbackUrl);

  return (
    <>
      <h1 className="font-display text-3xl font-bold text-stone-900">Crea tu cuenta</h1>
      <p className="mt-2 text-stone-700">
        Guarda tu cuenta bancaria y sigue tus pedidos desde un solo lugar.
      </p>
      <div className="mt-6">
        <SignUpForm
          action={signUpAction}
          callbackUrl={callbackUrl}
          passwordMinLength={passwordMinLength}
        />
      </div>
      <p className="mt-6 text-center text-sm text-stone-700">
        ¿Ya tienes cuenta?{" "}
        <Link
          href={`/sign-in?${new URLSearchParams({ callbackUrl })}`}
          className="font-semibold text-clay-700 underline-offset-2 hover:underline"
        >
          Ingresa
        </Link>
      </p>
    </>
  );
}
