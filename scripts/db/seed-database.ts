import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { seed } from "@/prisma/seed";
import { seedLargeCatalog } from "@/prisma/seed-catalog";

export type SeedOptions = {
  // Grow the catalog to this many products (prisma/seed-catalog.ts); absent, the seed's own 11.
  products?: number;
};

// prisma/seed.ts is idempotent, so this runs on every `npm run dev` start and test run; so is
// the large catalog.
export async function seedDatabase(url: string, options: SeedOptions = {}): Promise<void> {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 2 }) });
  try {
    await seed(db);
    if (options.products !== undefined) {
      const created = await seedLargeCatalog(db, options.products);
      console.log(`Added ${created} generated products.`);
    }
  } finally {
    await db.$disconnect();
  }
}
