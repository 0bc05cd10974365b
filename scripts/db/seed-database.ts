import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { seed } from "@/prisma/seed";

// prisma/seed.ts is idempotent, so this runs on every `npm run dev` start and test run.
export async function seedDatabase(url: string): Promise<void> {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 2 }) });
  try {
    await seed(db);
  } finally {
    await db.$disconnect();
  }
}
