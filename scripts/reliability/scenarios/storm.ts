import { STOREFRONT_PORTS } from "../config";
import type { Scenario } from "./scenario";
import { deliveryProblems, deliveryStats, describeStats } from "../support/deliveries";
import { runStorm } from "../support/storm";
import { verifyStorm } from "../support/verify";

// The baseline: one storefront, every event twice, shuffled, many at a time, no fault.
export const storm: Scenario = {
  name: "storm",
  async run(suite, orders) {
    const [port] = STOREFRONT_PORTS;
    await suite.startEmulator([port]);
    const run = await runStorm({
      db: suite.db,
      orders,
      label: "storm",
      storefrontPort: port,
      delivery: "shuffled-twice",
      log: suite.log,
    });
    const verdict = await verifyStorm(suite.db, run);
    return {
      cases: `${orders} orders, ${run.refunds.length} refunds, ${run.subscriptions.length} subscriptions, ${run.events.length} events`,
      lost: verdict.lost,
      duplicated: verdict.duplicated,
      problems: [...verdict.problems, ...deliveryProblems(run.events, 1, 2)],
      notes: [describeStats(deliveryStats(run.events)), ...verdict.notes],
    };
  },
};
