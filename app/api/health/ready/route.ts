import { checkReadiness } from "@/lib/health/readiness";
import { withRequestLogging } from "@/lib/log/request-context";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// Readiness, for a load balancer: 200 when the database answers within the bound and Fintoc is
// configured, 503 (take this instance out of rotation) otherwise.
export const GET = withRequestLogging(async () => {
  const { ready, checks } = await checkReadiness();
  return Response.json(
    { status: ready ? "ready" : "unavailable", checks },
    { status: ready ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
});
