import { randomUUID } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import pg from "pg";
import { sessionIdFromUrl } from "../../e2e/support/emulator-control";
import { addProductToCart, checkoutToHostedPage } from "../../e2e/support/shopper";

// The production database, as the specs look at it (read, plus the one product a merchant would
// have added: production has no seed), and a guest's way to Fintoc's hosted page.

let pool: pg.Pool | undefined;

// The specs' own connections are named, to tell them from the storefront's.
const SPEC_CONNECTION = "production-spec";
const specConnection = () => ({
  connectionString: process.env.PRODUCTION_DATABASE_URL,
  application_name: SPEC_CONNECTION,
});

export async function query<T extends pg.QueryResultRow>(
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  pool ??= new pg.Pool({ ...specConnection(), max: 3 });
  return (await pool.query<T>(sql, params)).rows;
}

// A connection of its own, for a spec that holds a row lock while the storefront works.
export async function connect(): Promise<pg.Client> {
  const client = new pg.Client(specConnection());
  await client.connect();
  return client;
}

// The storefront's sessions on the database: none once a killed server's are cleaned up.
export async function storefrontSessions(): Promise<number> {
  const [row] = await query<{ open: number }>(
    `SELECT count(*)::int AS open FROM pg_stat_activity
     WHERE datname = current_database() AND backend_type = 'client backend'
       AND application_name <> $1`,
    [SPEC_CONNECTION],
  );
  return row?.open ?? -1;
}

export const product = { name: "Poncho de lana de oveja, talla única", price: 45990 };

export async function addCatalogProduct(): Promise<void> {
  await query(
    `INSERT INTO "Product" (id, slug, name, description, category, price, "imagePath", stock)
     VALUES ($1, 'poncho-de-lana', $2, 'Tejido a mano en Chiloé.', 'Vestuario', $3,
             '/products/cafe-de-grano-tostado.svg', 100)
     ON CONFLICT (slug) DO NOTHING`,
    [randomUUID(), product.name, product.price],
  );
}

export async function stockOfProduct(): Promise<number> {
  const [row] = await query<{ stock: number }>(
    `SELECT stock FROM "Product" WHERE slug = 'poncho-de-lana'`,
  );
  return row?.stock ?? -1;
}

export async function orderOfSession(sessionId: string) {
  const [row] = await query<{ id: string; status: string }>(
    `SELECT o.id, o.status FROM "CheckoutSession" s JOIN "Order" o ON o.id = s."orderId"
     WHERE s.id = $1`,
    [sessionId],
  );
  if (!row) throw new Error(`no order for session ${sessionId}`);
  return row;
}

export async function inboxRows(eventId: string) {
  return query<{ outcome: string | null }>(`SELECT outcome FROM "WebhookEvent" WHERE id = $1`, [
    eventId,
  ]);
}

// A guest puts the product in the cart and checks out: the order exists, Fintoc's page is open.
export async function checkoutAsGuest(page: Page): Promise<{ sessionId: string; orderId: string }> {
  await addProductToCart(page, product.name);
  await checkoutToHostedPage(page);
  await expect(page.getByText(/Tienda Andina/).first()).toBeVisible();
  const sessionId = sessionIdFromUrl(page.url());
  return { sessionId, orderId: (await orderOfSession(sessionId)).id };
}
