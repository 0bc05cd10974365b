import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

// Cached on globalThis in production too: Next emits this module into several server chunks,
// and without the cache each chunk would open its own connection pool.
const globalForDb = globalThis as unknown as { prisma?: PrismaClient };

// A client whose pool opens at most `poolSize` connections (DATABASE_POOL_SIZE): what each
// instance may take of the server's max_connections.
export function createDatabaseClient(connectionString: string, poolSize: number): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: poolSize }) });
}

function client(): PrismaClient {
  const { DATABASE_URL, DATABASE_POOL_SIZE } = env();
  globalForDb.prisma ??= createDatabaseClient(DATABASE_URL, DATABASE_POOL_SIZE);
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
