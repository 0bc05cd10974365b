import type { Role } from "@/lib/generated/prisma/enums";

// What our sessions carry: the user's id (for every ownership check), email, name and role.

declare module "next-auth" {
  interface User {
    role?: Role;
  }

  interface Session {
    user: { id: string; email: string; name: string; role: Role };
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    role?: Role;
  }
}
