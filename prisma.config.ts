import { defineConfig } from "prisma/config";

// Prisma's CLI reads this file. The storefront itself never does: lib/db.ts connects through
// the pg driver adapter with the URL from lib/env.ts.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:54329/postgres" },
});
