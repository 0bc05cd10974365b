"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

// Brings people back to the page they were on once they have signed in.
export function SignInLink() {
  const pathname = usePathname();
  const onAuthPage = pathname === "/sign-in" || pathname === "/sign-up";
  const href = onAuthPage
    ? "/sign-in"
    : `/sign-in?${new URLSearchParams({ callbackUrl: pathname })}`;
  return (
    <Link
      href={href}
      data-testid="sign-in-link"
      className="rounded-full px-3 py-2 text-sm font-medium text-stone-800 hover:bg-clay-50 hover:text-clay-700"
    >
      Ingresar
    </Link>
  );
}
