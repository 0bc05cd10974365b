import { query } from "./database";

// Enough products of one category to fill more than a page (24), for the specs that page through
// results. Its own category, sorted after the seed's, so the seeded pages stay as they were.
export const candles = { category: "Velas y aromas", count: 30 };

export const candleName = (index: number) =>
  `Vela de cera de abeja n.º ${String(index).padStart(2, "0")}`;

export async function addCandles(): Promise<void> {
  await query(
    `INSERT INTO "Product" ("id", "slug", "name", "description", "category", "price", "imagePath", "stock")
     SELECT 'e2e-vela-' || i, 'vela-de-cera-de-abeja-' || i, 'Vela de cera de abeja n.º ' || lpad(i::text, 2, '0'),
       'Vela hecha a mano en Chiloé, con mecha de algodón.', $1, 3000 + i * 100,
       '/products/miel-de-ulmo.svg', 10
     FROM generate_series(1, $2::int) AS i
     ON CONFLICT DO NOTHING`,
    [candles.category, candles.count],
  );
}

export async function removeCandles(): Promise<void> {
  await query(`DELETE FROM "Product" WHERE "category" = $1`, [candles.category]);
}
