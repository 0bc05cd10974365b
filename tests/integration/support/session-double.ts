import type { SessionUser } from "@/lib/auth/session";

// Stands in for lib/auth/session in tests of server actions, which run outside a Next request
// and so have no Auth.js cookie to read. A test file mocks the module with this one and signs
// in by setting `session.user`:
//   vi.mock("@/lib/auth/session", () => import("../support/session-double"));
export const session: { user: SessionUser | null } = { user: null };

export async function getSessionUser(): Promise<SessionUser | null> {
  return session.user;
}
