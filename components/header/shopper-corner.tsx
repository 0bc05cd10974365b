"use client";

import { usePathname } from "next/navigation";
import { useEffect } from "react";
import { AccountMenu } from "@/components/header/account-menu";
import { SignInLink } from "@/components/header/sign-in-link";
import { CartLink } from "./cart-link";
import { reloadShopper, useShopper } from "@/lib/shopper-store";

// The header's account corner and cart count belong to one visitor, while the pages around them
// are cached for all: they load from /api/shopper after the page and again after every
// navigation (signing in or paying changes them); the cart's forms and page update the count
// (components/cart). Until the first answer, a blank the size of "Ingresar" holds the place.
export function ShopperCorner() {
  const shopper = useShopper();
  const pathname = usePathname();

  useEffect(() => {
    void reloadShopper();
  }, [pathname]);

  const user = shopper?.user;
  return (
    <>
      {shopper === null ? (
        <>
          <span
            aria-hidden="true"
            className="invisible rounded-full px-3 py-2 text-sm font-medium noscript:hidden"
          >
            Ingresar
          </span>
          {/* Without JavaScript the answer never comes: in the placeholder's stead, a plain link to
              the account, which asks a signed-out visitor to sign in first. */}
          <noscript>
            <a
              href="/account"
              className="rounded-full px-2 py-2 text-sm font-medium whitespace-nowrap text-stone-800 sm:px-3 hover:bg-clay-50 hover:text-clay-700"
            >
              Mi cuenta
            </a>
          </noscript>
        </>
      ) : user ? (
        <AccountMenu name={user.name} email={user.email} isAdmin={user.isAdmin} />
      ) : (
        <SignInLink />
      )}
      <CartLink count={shopper?.cartItemCount ?? null} />
    </>
  );
}
