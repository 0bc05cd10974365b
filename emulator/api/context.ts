import type { Mode, JsonObject } from "../types";

// Hono variables set by the API middleware: the key's mode and the parsed JSON body.
export interface ApiEnv {
  Variables: { mode: Mode; body: JsonObject };
}
