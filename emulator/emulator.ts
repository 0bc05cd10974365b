import { createApp } from "./app";
import { pruneIdempotency } from "./api/idempotency";
import { storeClock } from "./clock";
import type { EmulatorConfig } from "./config";
import type { Deps } from "./deps";
import { advanceDueRefunds } from "./domain/refunds";
import { expireDueSessions } from "./domain/sessions";
import { advanceDueSubscriptions } from "./domain/subscriptions";
import { loadStore, persist } from "./persistence";
import { Store } from "./store";
import { Dispatcher } from "./webhooks/dispatcher";
import { registerConfiguredEndpoints } from "./webhooks/endpoints";

const SWEEP_INTERVAL_MS = 1_000;

export interface Emulator {
  app: ReturnType<typeof createApp>;
  deps: Deps;
  close(): Promise<void>;
}

// Builds a whole emulator. With config.dataDir the state is loaded from and saved to that
// folder; without it (tests) it lives in memory only.
export function createEmulator(config: EmulatorConfig): Emulator {
  const store = config.dataDir ? loadStore(config.dataDir) : new Store();
  const persistence = config.dataDir ? persist(store, config.dataDir) : null;
  const dispatcher = new Dispatcher(store, config);
  const deps: Deps = { store, clock: storeClock(store), config, dispatcher };
  registerConfiguredEndpoints(deps);
  dispatcher.resume();
  // Sessions expire on their own once expires_at passes, refunds move on and subscriptions
  // renew, without waiting for a request.
  const sweeper = setInterval(() => {
    expireDueSessions(deps);
    advanceDueRefunds(deps);
    advanceDueSubscriptions(deps);
    pruneIdempotency(store, deps.clock.now().getTime());
  }, SWEEP_INTERVAL_MS);
  sweeper.unref();
  return {
    app: createApp(deps),
    deps,
    async close() {
      clearInterval(sweeper);
      await dispatcher.stop();
      persistence?.close();
    },
  };
}
