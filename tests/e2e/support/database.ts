import pg from "pg";

// Read-only looks at the storefront's database, to check that what the pages say is what the
// rows hold. DATABASE_URL is the test database `npm test` provisioned.
let pool: pg.Pool | undefined;

export async function query<T extends pg.QueryResultRow>(
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  pool ??= new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
  const result = await pool.query<T>(sql, params);
  return result.rows;
}

export async function orderState(orderId: string) {
  const [order] = await query<{
    status: string;
    attempt: number;
    amount: number;
    failureReason: string | null;
  }>(`SELECT status, attempt, amount, "failureReason" FROM "Order" WHERE id = $1`, [orderId]);
  const items = await query<{ name: string; quantity: number; unitAmount: number }>(
    `SELECT name, quantity, "unitAmount" FROM "OrderItem" WHERE "orderId" = $1 ORDER BY name`,
    [orderId],
  );
  const sessions = await query<{
    id: string;
    status: string;
    paymentIntentStatus: string | null;
    attempt: number;
  }>(
    `SELECT id, status, "paymentIntentStatus", attempt FROM "CheckoutSession" WHERE "orderId" = $1 ORDER BY "createdAt"`,
    [orderId],
  );
  const [{ count: notifications } = { count: 0 }] = await query<{ count: number }>(
    `SELECT count(*)::int AS count FROM "Notification" WHERE "orderId" = $1 AND kind = 'order_paid'`,
    [orderId],
  );
  const inbox = await query<{ type: string; outcome: string | null }>(
    `SELECT type, outcome FROM "WebhookEvent" WHERE "orderId" = $1 ORDER BY "receivedAt"`,
    [orderId],
  );
  return { order, items, sessions, notifications, inbox };
}

export async function orderIdOfSession(sessionId: string): Promise<string> {
  const [row] = await query<{ orderId: string }>(
    `SELECT "orderId" FROM "CheckoutSession" WHERE id = $1`,
    [sessionId],
  );
  if (!row) throw new Error(`no stored checkout session ${sessionId}`);
  return row.orderId;
}

export async function paymentIntentOfSession(sessionId: string): Promise<string> {
  const [row] = await query<{ paymentIntentId: string | null }>(
    `SELECT "paymentIntentId" FROM "CheckoutSession" WHERE id = $1`,
    [sessionId],
  );
  if (!row?.paymentIntentId) throw new Error(`no payment intent recorded for ${sessionId}`);
  return row.paymentIntentId;
}

// Fintoc's ids of an order's refunds, oldest first.
export async function refundsOf(orderId: string) {
  return query<{ fintocRefundId: string | null; amount: number; status: string }>(
    `SELECT "fintocRefundId", amount, status::text AS status FROM "Refund" WHERE "orderId" = $1 ORDER BY "createdAt"`,
    [orderId],
  );
}
