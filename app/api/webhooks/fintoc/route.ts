import { env } from "@/lib/env";
import { ingestFintocWebhook } from "@/lib/webhooks/ingest";
import { readBodyWithLimit } from "@/lib/webhooks/read-body";
import { withRequestLogging } from "@/lib/log/request-context";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// Fintoc events are a few kilobytes; anything far larger is not from Fintoc.
const MAX_BODY_BYTES = 256 * 1024;

export const POST = withRequestLogging(async (request: Request): Promise<Response> => {
  const body = await readBodyWithLimit(request, MAX_BODY_BYTES);
  if (!body.ok)
    return Response.json({ received: false, error: body.error }, { status: body.status });
  const result = await ingestFintocWebhook(
    body.text,
    request.headers.get("fintoc-signature"),
    env().FINTOC_WEBHOOK_SECRET,
  );
  return Response.json(result.body, { status: result.status });
});
