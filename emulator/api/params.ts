import type { JsonObject } from "../types";
import { invalidParam, missingParam } from "./errors";

// Reading request params one by one, so each rule fails with Fintoc's code and the exact
// param path (`customer_data.tax_id.value`). A null is treated as "not sent". Unknown fields
// are ignored: the official SDK sends some.

function present(value: unknown): boolean {
  return value !== undefined && value !== null;
}

export function readObject(source: JsonObject, key: string, path = key): JsonObject | undefined {
  const value = source[key];
  if (!present(value)) return undefined;
  if (typeof value !== "object" || Array.isArray(value)) {
    throw invalidParam("invalid_params", `${path} must be an object.`, path);
  }
  return value as JsonObject;
}

export function readArray(source: JsonObject, key: string, path = key): unknown[] | undefined {
  const value = source[key];
  if (!present(value)) return undefined;
  if (!Array.isArray(value)) throw invalidParam("invalid_array", `${path} must be an array.`, path);
  return value;
}

export function readString(source: JsonObject, key: string, path = key): string | undefined {
  const value = source[key];
  if (!present(value)) return undefined;
  if (typeof value !== "string")
    throw invalidParam("invalid_string", `${path} must be a string.`, path);
  return value;
}

export function requireString(source: JsonObject, key: string, path = key): string {
  const value = readString(source, key, path);
  if (value === undefined || value.trim() === "") throw missingParam(path);
  return value;
}

export function readInteger(
  source: JsonObject,
  key: string,
  path: string,
  code: string,
  min: number,
): number | undefined {
  const value = source[key];
  if (!present(value)) return undefined;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < min) {
    throw invalidParam(code, `${path} must be an integer greater than or equal to ${min}.`, path);
  }
  return value;
}

export function readEnum<T extends string>(
  source: JsonObject,
  key: string,
  values: readonly T[],
  path = key,
): T | undefined {
  const value = source[key];
  if (!present(value)) return undefined;
  if (typeof value !== "string" || !values.includes(value as T)) {
    throw invalidParam("invalid_enum", `${path} must be one of: ${values.join(", ")}.`, path);
  }
  return value as T;
}

export function readUrl(source: JsonObject, key: string, path = key): string | undefined {
  const value = readString(source, key, path);
  if (value === undefined) return undefined;
  let url: URL | null = null;
  try {
    url = new URL(value);
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) {
    throw invalidParam("invalid_params", `${path} must be an absolute http(s) URL.`, path);
  }
  return value;
}

export function readEmail(source: JsonObject, key: string, path = key): string | undefined {
  const value = readString(source, key, path);
  if (value !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) {
    throw invalidParam("invalid_params", `${path} must be an email address.`, path);
  }
  return value;
}

export function readMetadata(
  source: JsonObject,
  key = "metadata",
  path = key,
): JsonObject | undefined {
  const metadata = readObject(source, key, path);
  if (!metadata) return undefined;
  for (const [name, value] of Object.entries(metadata)) {
    if (value !== null && typeof value === "object") {
      throw invalidParam(
        "invalid_params",
        `${path}.${name} must be a string, number or boolean.`,
        `${path}.${name}`,
      );
    }
  }
  return metadata;
}
