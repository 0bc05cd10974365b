import { randomBytes } from "node:crypto";
import { invalidParam, missingParam } from "../api/errors";
import { readArray, readString, readUrl } from "../api/params";
import type { Deps } from "../deps";
import { newId } from "../ids";
import type { JsonObject, Mode, WebhookEndpoint } from "../types";

function newSecret(mode: Mode): string {
  return `whsec_${mode}_${randomBytes(18).toString("base64url")}`;
}

function storeEndpoint(
  deps: Deps,
  fields: Omit<WebhookEndpoint, "id" | "object" | "created_at" | "status">,
): WebhookEndpoint {
  const endpoint: WebhookEndpoint = {
    id: newId("we"),
    object: "webhook_endpoint",
    created_at: deps.clock.now().toISOString(),
    status: "enabled",
    ...fields,
  };
  deps.store.endpoints.set(endpoint.id, endpoint);
  deps.store.changed();
  return endpoint;
}

// POST /v1/webhook_endpoints. Unlike Fintoc, plain http URLs are accepted (local receivers).
export function createEndpoint(deps: Deps, mode: Mode, body: JsonObject): WebhookEndpoint {
  const url = readUrl(body, "url");
  if (!url) throw missingParam("url");
  const events = readArray(body, "enabled_events") ?? ["*"];
  const enabledEvents = events.map((value, index) => {
    if (typeof value !== "string" || value === "") {
      throw invalidParam(
        "invalid_string",
        `enabled_events[${index}] must be an event type or "*".`,
        `enabled_events[${index}]`,
      );
    }
    return value;
  });
  return storeEndpoint(deps, {
    url,
    mode,
    description: readString(body, "description") ?? null,
    enabled_events: enabledEvents,
    secret: newSecret(mode),
    source: "api",
  });
}

// The secret is shown once, in the create response (docs.fintoc.com, webhooks).
export function renderEndpoint(endpoint: WebhookEndpoint, withSecret = false): JsonObject {
  return {
    id: endpoint.id,
    object: endpoint.object,
    created_at: endpoint.created_at,
    description: endpoint.description,
    enabled_events: endpoint.enabled_events,
    mode: endpoint.mode,
    ...(withSecret ? { secret: endpoint.secret } : {}),
    status: endpoint.status,
    url: endpoint.url,
  };
}

// FINTOC_EMULATOR_WEBHOOK_URLS become endpoints of both modes that sign with
// FINTOC_EMULATOR_WEBHOOK_SECRET, so the storefront and the emulator share the secret through
// configuration. Re-running it (start, reset) converges on the configured list.
export function registerConfiguredEndpoints(deps: Deps): void {
  const { webhookUrls, webhookSecret } = deps.config;
  for (const endpoint of [...deps.store.endpoints.values()]) {
    if (endpoint.source === "config" && (!webhookUrls.includes(endpoint.url) || !webhookSecret)) {
      deps.store.endpoints.delete(endpoint.id);
    }
  }
  if (!webhookSecret) return;
  for (const url of webhookUrls) {
    for (const mode of ["test", "live"] as const) {
      const existing = [...deps.store.endpoints.values()].find(
        (endpoint) =>
          endpoint.source === "config" && endpoint.url === url && endpoint.mode === mode,
      );
      if (existing) existing.secret = webhookSecret;
      else {
        storeEndpoint(deps, {
          url,
          mode,
          description: "Configured by FINTOC_EMULATOR_WEBHOOK_URLS",
          enabled_events: ["*"],
          secret: webhookSecret,
          source: "config",
        });
      }
    }
  }
  deps.store.changed();
}
