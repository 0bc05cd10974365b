import { createHash } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import type { Clock } from "../clock";
import type { Store } from "../store";
import type { JsonObject } from "../types";
import type { ApiEnv } from "./context";
import { ApiError, invalidParam } from "./errors";

const KEY_LIFETIME_MS = 24 * 60 * 60 * 1000;

// The Node SDK leaks these into every POST body (fintoc on npm, 1.15); they are not params.
const sdkNoise = new Set(["idempotency_key", "path_"]);

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as JsonObject).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

function parseBody(raw: string): JsonObject | ApiError {
  if (raw.trim() === "") return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) return parsed as JsonObject;
    return invalidParam("invalid_json", "The request body must be a JSON object.", null);
  } catch {
    return invalidParam("invalid_json", "The request body is not valid JSON.", null);
  }
}

function fingerprint(
  method: string,
  path: string,
  body: JsonObject | ApiError,
  raw: string,
): string {
  const params =
    body instanceof ApiError
      ? raw
      : canonical(Object.fromEntries(Object.entries(body).filter(([k]) => !sdkNoise.has(k))));
  return createHash("sha256").update(`${method} ${path}\n${params}`).digest("hex");
}

// Parses the JSON body for every POST and, with an Idempotency-Key, stores the first response
// (errors included) and replays it (docs.fintoc.com).
export function bodyAndIdempotency(store: Store, clock: Clock): MiddlewareHandler<ApiEnv> {
  const inFlight = new Set<string>();
  return async (c, next) => {
    if (c.req.method !== "POST") {
      c.set("body", {});
      return next();
    }
    const raw = await c.req.text();
    const body = parseBody(raw);
    const key = c.req.header("idempotency-key");
    if (key === undefined) {
      if (body instanceof ApiError) throw body;
      c.set("body", body);
      return next();
    }
    if (key.length === 0 || key.length > 255) {
      throw invalidParam(
        "invalid_idempotency_key",
        "Idempotency-Key must have 1 to 255 characters.",
        null,
      );
    }
    const scoped = `${c.get("mode")}:${key}`;
    const print = fingerprint(c.req.method, c.req.path, body, raw);
    const now = clock.now().getTime();
    const previous = store.idempotency.get(scoped);
    if (previous && now - previous.created_at < KEY_LIFETIME_MS) {
      if (previous.fingerprint !== print) {
        throw invalidParam(
          "invalid_idempotency_key",
          `Keys for idempotent requests can only be used with the same parameters they were first used with (key: ${key}).`,
          null,
        );
      }
      return c.json(previous.body, previous.status as 200, { "Idempotent-Replayed": "true" });
    }
    if (inFlight.has(scoped)) {
      throw new ApiError(
        409,
        "invalid_request_error",
        "idempotency_key_in_use",
        `A request with key ${key} is still being processed.`,
      );
    }
    inFlight.add(scoped);
    try {
      let response: Response;
      if (body instanceof ApiError) {
        response = c.json(body.body(), body.status as 400);
      } else {
        c.set("body", body);
        await next();
        response = c.res;
      }
      store.idempotency.set(scoped, {
        key: scoped,
        method: c.req.method,
        path: c.req.path,
        fingerprint: print,
        status: response.status,
        body: await response.clone().json(),
        created_at: now,
      });
      store.changed();
      if (body instanceof ApiError) return response;
    } finally {
      inFlight.delete(scoped);
    }
  };
}

export function pruneIdempotency(store: Store, now: number): void {
  for (const [key, record] of store.idempotency) {
    if (now - record.created_at >= KEY_LIFETIME_MS) store.idempotency.delete(key);
  }
}
