import { db } from "@/lib/db";

// Baseline (b) of the webhook benchmark: the least a route handler on the same production server
// can do with a webhook, which is to store its raw body. scripts/bench copies this file into the
// benchmark's own build as app/api/bench/raw-body/route.ts; the storefront never ships it.

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  const rawBody = await request.text();
  // The event id is the key, as in the real inbox, so duplicates behave alike.
  const { id } = JSON.parse(rawBody) as { id: string };
  await db.$executeRaw`INSERT INTO bench_route_inbox (id, raw_body) VALUES (${id}, ${rawBody}) ON CONFLICT DO NOTHING`;
  return Response.json({ received: true });
}
