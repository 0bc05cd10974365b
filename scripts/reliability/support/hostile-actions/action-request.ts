import { createRequire } from "node:module";

// Posts to a server action exactly as React's client does (the arguments encoded by React's own
// encodeReply, a Next-Action header naming the action), with whatever a hostile client changes.

const require = createRequire(import.meta.url);
const { encodeReply } = require("next/dist/compiled/react-server-dom-webpack/client.edge") as {
  encodeReply(value: unknown): Promise<string | FormData>;
};

export interface ActionCall {
  actionId: string;
  path: string;
  // The action's arguments: (previous state, the form) for a form action.
  args: unknown[];
  cookie?: string;
  // Defaults to the storefront's own origin, as a browser on the store sends it.
  origin?: string | null;
  // Sent instead of the encoded arguments (an oversized or malformed body).
  rawBody?: { body: string; contentType: string };
}

export interface ActionAnswer {
  status: number;
  // The action's own answer, when it returned one ({ ok: false, error }).
  result: { ok: boolean; error?: string } | null;
  redirectedTo: string | null;
  ms: number;
  error: string | null;
}

export function form(fields: Record<string, string | Blob | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields))
    for (const one of Array.isArray(value) ? value : [value]) data.append(name, one);
  return data;
}

// The action's return value is the RSC row that carries an `ok`. It is found by its start, not
// by splitting rows: React sends a long string as a length-prefixed text chunk, with no line
// break before the row that follows it.
function resultOf(text: string): ActionAnswer["result"] {
  const start = text.indexOf('{"ok":');
  if (start < 0) return null;
  const end = text.indexOf("\n", start);
  try {
    const row = JSON.parse(text.slice(start, end < 0 ? undefined : end)) as {
      ok?: unknown;
      error?: unknown;
    };
    if (typeof row.ok !== "boolean") return null;
    return { ok: row.ok, error: typeof row.error === "string" ? row.error : undefined };
  } catch {
    return null;
  }
}

export async function callAction(baseUrl: string, call: ActionCall): Promise<ActionAnswer> {
  const started = performance.now();
  const headers: Record<string, string> = {
    "Next-Action": call.actionId,
    Accept: "text/x-component",
  };
  const origin = call.origin === undefined ? new URL(baseUrl).origin : call.origin;
  if (origin !== null) headers.Origin = origin;
  if (call.cookie) headers.Cookie = call.cookie;
  let body: string | FormData;
  if (call.rawBody) {
    headers["Content-Type"] = call.rawBody.contentType;
    body = call.rawBody.body;
  } else {
    body = await encodeReply(call.args);
    if (typeof body === "string") headers["Content-Type"] = "text/plain;charset=UTF-8";
  }
  try {
    const response = await fetch(`${baseUrl}${call.path}`, {
      method: "POST",
      headers,
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(15_000),
    });
    const text = await response.text();
    return {
      status: response.status,
      result: resultOf(text),
      redirectedTo: response.headers.get("x-action-redirect") ?? response.headers.get("location"),
      ms: Math.round(performance.now() - started),
      error: null,
    };
  } catch (error) {
    return {
      status: 0,
      result: null,
      redirectedTo: null,
      ms: Math.round(performance.now() - started),
      error: (error as Error).message,
    };
  }
}
