import type { MiddlewareHandler } from "hono";
import type { EmulatorConfig } from "../config";
import type { ApiEnv } from "./context";
import { ApiError, authError } from "./errors";

const wellFormedKey = /^sk_(test|live)_[A-Za-z0-9_-]+$/;

function masked(key: string): string {
  return `${key.slice(0, 8)}…${key.slice(-4)}`;
}

// Fintoc takes the raw secret key, no scheme (docs.fintoc.com). Anything else is a 401 and
// runs before idempotency, so a request that fails auth stores nothing.
export function requireSecretKey(config: EmulatorConfig): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const key = c.req.header("authorization")?.trim();
    if (!key)
      throw authError("No API key provided. Send your secret key in the Authorization header.");
    if (/^(bearer|basic)\s/i.test(key)) {
      throw authError(
        "Invalid API Key provided: send the raw secret key, without a scheme such as 'Bearer'.",
      );
    }
    if (!wellFormedKey.test(key) || (config.secretKey !== null && key !== config.secretKey)) {
      throw authError(`Invalid API Key provided: ${masked(key)}`);
    }
    c.set("mode", key.startsWith("sk_live_") ? "live" : "test");
    await next();
  };
}

const knownVersions = ["2023-11-15", "2025-08-13", "2026-02-01"];
const checkoutApiSince = "2026-02-01";

// A request may pin another API version with Fintoc-Version. The v2 Checkout Session and
// Payment Intent endpoints need 2026-02-01 or later; without the header the emulator acts as
// an account pinned to 2026-02-01 (the Node SDK cannot send the header).
export const checkApiVersion: MiddlewareHandler<ApiEnv> = async (c, next) => {
  const version = c.req.header("fintoc-version")?.trim();
  if (version !== undefined) {
    if (!knownVersions.includes(version)) {
      throw new ApiError(
        403,
        "invalid_request_error",
        "invalid_api_version",
        `Unknown API version: ${version}`,
        null,
      );
    }
    const needsNew = /^\/v2\/(checkout_sessions|payment_intents)/.test(c.req.path);
    if (needsNew && version < checkoutApiSince) {
      throw new ApiError(
        403,
        "invalid_request_error",
        "invalid_api_version",
        `This endpoint requires API version ${checkoutApiSince} or later (got ${version}).`,
        null,
      );
    }
  }
  await next();
};
