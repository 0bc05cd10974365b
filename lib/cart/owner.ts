import "server-only";
import { getSessionUser } from "@/lib/auth";

export type CartOwner = { kind: "user"; userId: string } | { kind: "guest"; cartId: string | null };

export async function getCurrentUserId(): Promise<string | null> {
  const user = await getSessionUser();
  return user?.id ?? null;
}
