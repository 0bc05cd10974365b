import "server-only";
import { notFound } from "next/navigation";
import { getSessionUser, requireUser, type SessionUser } from "@/lib/auth";

// For every console page. A signed-in shopper gets the same 404 as for a page that does not
// exist: the console's existence is none of their business.
export async function requireAdmin(returnTo: string): Promise<SessionUser> {
  const user = await requireUser(returnTo);
  if (user.role !== "ADMIN") notFound();
  return user;
}

// For the console's layout: a signed-in shopper gets the 404 before any of the console's
// chrome is sent. Signed-out visitors are left to the page, which knows its own URL for the
// way back after sign-in.
export async function refuseNonAdmins(): Promise<void> {
  const user = await getSessionUser();
  if (user && user.role !== "ADMIN") notFound();
}
