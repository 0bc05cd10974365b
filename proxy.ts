import { NextResponse, type NextRequest } from "next/server";
import { hasSessionCookie } from "@/lib/auth/session-cookie";

// A cheap first gate for signed-in areas: no session cookie at all means straight to sign-in,
// with the way back. It does not verify the cookie (that needs the secret and a decryption on
// every request); the pages and actions check the session themselves with requireUser().

export function proxy(request: NextRequest) {
  if (hasSessionCookie(request.cookies.getAll())) return NextResponse.next();

  const { pathname, search } = request.nextUrl;
  const signIn = new URL("/sign-in", request.url);
  signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(signIn);
}

export const config = {
  matcher: ["/account/:path*", "/admin/:path*"],
};
