import { POST } from "@/app/api/webhooks/fintoc/route";
import { sign } from "./fintoc-fixtures";

// Calls the real route handler in process, exactly as Next would with the raw request.
export async function postWebhook(
  rawBody: string,
  signature: string | null = sign(rawBody),
  extraHeaders: Record<string, string> = {},
) {
  const headers: Record<string, string> = { "content-type": "application/json", ...extraHeaders };
  if (signature !== null) headers["fintoc-signature"] = signature;
  const response = await POST(
    new Request("http://localhost/api/webhooks/fintoc", { method: "POST", headers, body: rawBody }),
  );
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}
