import { randomUUID } from "node:crypto";
import type { Pool } from "pg";
import { signCartId } from "@/lib/cart/signing";
import { seedDatabase } from "../db/seed-database";
import { benchCatalogSize, SEARCHES, type CatalogSize } from "./catalog";
import type { HttpClient } from "./http";
import { runLighthouse, type LighthouseFigures, type LighthousePage } from "./lighthouse";
import { BENCH_APP_URL, BENCH_SECRETS } from "./servers";

// The catalog sections at two sizes: first the seed's own catalog, then grown to LARGE_CATALOG
// products with the generator `npm run db:seed -- --products` uses (prisma/seed-catalog.ts).
// Growing cannot be undone in the run, so both sizes are measured here, in this order.

export const LARGE_CATALOG = 10_000;

export interface ScaleRun {
  products: number;
  http: CatalogSize | null;
  lighthouse: LighthouseFigures[] | null;
}

export interface ScaleContext {
  app: HttpClient;
  serverPid: number;
  pool: Pool;
  databaseUrl: string;
  product: { slug: string; imagePath: string };
  scale: number;
  http: boolean;
  // Lighthouse runs per page and form factor; 0 leaves Lighthouse out.
  lighthouseRuns: number;
}

export async function benchCatalogAtScale(context: ScaleContext): Promise<ScaleRun[]> {
  const runs: ScaleRun[] = [];
  const cookie = await guestCartCookie(context.pool, context.product.slug);
  for (const grow of [false, true]) {
    if (grow) await growCatalog(context);
    const http = context.http
      ? await benchCatalogSize(
          { ...context, staticPath: context.product.imagePath },
          context.product,
          context.scale,
        )
      : null;
    const lighthouse =
      context.lighthouseRuns > 0
        ? await runLighthouse(
            BENCH_APP_URL,
            lighthousePages(context.product.slug, cookie),
            context.lighthouseRuns,
          )
        : null;
    runs.push({ products: await productCount(context.pool), http, lighthouse });
  }
  return runs;
}

function lighthousePages(productSlug: string, cookie: string): LighthousePage[] {
  return [
    { name: "catalog", path: "/" },
    { name: "product", path: `/products/${productSlug}` },
    { name: "search results", path: `/buscar?q=${encodeURIComponent(SEARCHES.common)}` },
    { name: "cart", path: "/cart", cookie },
    { name: "checkout", path: "/checkout", cookie },
  ];
}

// A guest's cart holding one of the seed's products, as the cart and checkout pages need.
async function guestCartCookie(pool: Pool, productSlug: string): Promise<string> {
  const cartId = `bench_lh_${randomUUID()}`;
  await pool.query(`INSERT INTO "Cart" (id, "updatedAt") VALUES ($1, now())`, [cartId]);
  await pool.query(
    `INSERT INTO "CartItem" ("cartId", "productId", quantity)
     SELECT $1, id, 1 FROM "Product" WHERE slug = $2`,
    [cartId, productSlug],
  );
  return `guest_cart=${signCartId(cartId, BENCH_SECRETS.AUTH_SECRET)}`;
}

async function productCount(pool: Pool): Promise<number> {
  const { rows } = await pool.query<{ count: string }>(`SELECT count(*) FROM "Product"`);
  return Number(rows[0]!.count);
}

// After a bulk load the planner needs fresh statistics (autovacuum would gather them within a
// minute or so; the benchmark does not wait). The cached catalog pages then still hold the
// small catalog until they are refreshed: wait until they show a second page.
async function growCatalog({ app, pool, databaseUrl }: ScaleContext): Promise<void> {
  await seedDatabase(databaseUrl, { products: LARGE_CATALOG });
  await pool.query(`ANALYZE "Product"`);
  for (const path of ["/", "/?categoria=Vinos"]) {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const page = await app.send("GET", path);
      if (page.status === 200 && page.body.includes("pagina=2")) break;
      if (Date.now() > deadline)
        throw new Error(`${path} still shows the small catalog a minute after it grew`);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  }
}
