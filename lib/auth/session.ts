import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { Role } from "@/lib/generated/prisma/enums";
import { signInPath } from "./callback-url";
import { auth } from "./next-auth";
import { hasSessionCookie } from "./session-cookie";

export type SessionUser = { id: string; email: string; name: string; role: Role };

// Once per request, however many components ask (while rendering: React's cache does not span a
// server action). A guest, with no session cookie, is answered without a trip through Auth.js,
// which would otherwise make and hash a CSRF token just to say "nobody".
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  if (!hasSessionCookie((await cookies()).getAll())) return null;
  const session = await auth();
  const user = session?.user;
  return user?.id ? { id: user.id, email: user.email, name: user.name, role: user.role } : null;
});

// For pages and actions that only make sense signed in. `returnTo` is where sign-in sends the
// user back to (a page cannot know its own URL in a server component).
export async function requireUser(returnTo: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(signInPath(returnTo));
  return user;
}
