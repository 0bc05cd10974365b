import type { Clock } from "./clock";
import type { EmulatorConfig } from "./config";
import type { Store } from "./store";
import type { Dispatcher } from "./webhooks/dispatcher";

// What every route and domain function works with; built once by createEmulator().
export interface Deps {
  store: Store;
  clock: Clock;
  config: EmulatorConfig;
  dispatcher: Dispatcher;
}
