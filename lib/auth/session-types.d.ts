import type { Role } from "@/lib/generated/prisma/enums";

// What our sessions carry: the user's id (for every ownership check), email, name and role; the
// token also carries the sessionVersion it was issued under.

declare module "next-auth" {
  interface User {
    role?: Role;
    sessionVersion?: number;
  }

  interface Session {
    user: { id: string; email: string; name: string; role: Role };
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    role?: Role;
    // The user's sessionVersion when this session began (lib/auth/session-version.ts).
    sessionVersion?: number;
  }
}
