import { expect, it } from "vitest";
import { guestCartCookieOptions } from "@/lib/cart/guest-cookie";

it("keeps the guest cart cookie HttpOnly, SameSite=Lax, for the whole store, and Secure under https", () => {
  const base = { httpOnly: true, sameSite: "lax", path: "/", maxAge: 2_592_000 };
  expect(guestCartCookieOptions("http://localhost:3000")).toEqual({ ...base, secure: false });
  expect(guestCartCookieOptions("https://tienda.example")).toEqual({ ...base, secure: true });
});
