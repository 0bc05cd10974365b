import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

// Cached on globalThis in production too: Next emits this module into several server chunks,
// and without the cache each chunk would open its own connection pool.
const globalForDb = globalThis as unknown as { prisma?: PrismaClient };

function client(): PrismaClient {
  globalForDb.prisma ??= new PrismaClient({
    adapter: new PrismaPg({ connectionString: env().DATABASE_URL, max: 10 }),
  });
  return globalForDb.prisma;
}

// Connects on first use rather than on import, so `next build` needs no database.
export const db = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const real = client();
    const value = Reflect.get(real, property, real);
    return typeof value === "function" ? value.bind(real) : value;
  },
});

export type { Prisma } from "@/lib/generated/prisma/client";
