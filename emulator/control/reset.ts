import type { Deps } from "../deps";
import { registerConfiguredEndpoints } from "../webhooks/endpoints";

// Everything goes except the configured endpoints, which are registered again with the same
// secret, so a storefront under test keeps verifying after a reset.
export function resetEmulator(deps: Deps): void {
  deps.dispatcher.clear();
  deps.store.clear();
  registerConfiguredEndpoints(deps);
  deps.store.changed();
}
