import type { Suite } from "../suite";

// One scenario of the reliability suite: it arranges its own processes (within the suite's),
// runs, and says what it found. A scenario passes when it reports no problem.

export interface ScenarioResult {
  // What was exercised, for the summary: "500 orders, 1160 events", "236 requests".
  cases: string;
  // Orders or events short of an effect, and orders with an effect applied twice; null where
  // the scenario pays nothing (hostile input).
  lost: number | null;
  duplicated: number | null;
  problems: string[];
  // Figures worth printing whether or not it passed (retries seen, restart time…).
  notes: string[];
}

export interface Scenario {
  name: string;
  run(suite: Suite, orders: number): Promise<ScenarioResult>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Polls until `condition` holds; false if it never did within the time.
export async function eventually(
  condition: () => Promise<boolean>,
  timeoutMs: number,
  everyMs = 100,
): Promise<boolean> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await sleep(everyMs)) {
    if (await condition()) return true;
  }
  return condition();
}

export { sleep };
