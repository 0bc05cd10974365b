import type { Context } from "hono";
import { invalidParam } from "../api/errors";
import type { Deps } from "../deps";
import type { FintocEvent, JsonObject } from "../types";

export async function readJson(c: Context): Promise<JsonObject> {
  const raw = await c.req.text();
  if (raw.trim() === "") return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) return parsed as JsonObject;
  } catch {
    // reported below
  }
  throw invalidParam("invalid_json", "The request body must be a JSON object.", null);
}

export function readBoolean(body: JsonObject, key: string): boolean | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "boolean")
    throw invalidParam("invalid_params", `${key} must be true or false.`, key);
  return value;
}

export function readPositiveInt(
  body: JsonObject,
  key: string,
  fallback: number,
  max: number,
): number {
  const value = body[key] ?? fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > max) {
    throw invalidParam("invalid_params", `${key} must be an integer from 1 to ${max}.`, key);
  }
  return value;
}

// Runs a control-plane action and reports the events it emitted, so a test can go straight
// to the event ids it wants to redeliver or reorder.
export function withEmitted<T>(
  deps: Deps,
  action: () => T,
): { result: T; events: Array<Pick<FintocEvent, "id" | "type">> } {
  const before = deps.store.events.size;
  const result = action();
  const events = [...deps.store.events.values()]
    .slice(before)
    .map((event) => ({ id: event.id, type: event.type }));
  return { result, events };
}
