import { STOREFRONT_PORTS } from "../config";
import type { Scenario } from "./scenario";
import { deliveryProblems, deliveryStats, describeStats } from "../support/deliveries";
import { runStorm } from "../support/storm";
import { verifyStorm } from "../support/verify";

// Two storefront instances on one database, each a webhook endpoint of its own: every event
// reaches both at the same instant (and again later, shuffled). Only the database can keep
// them from applying it twice.
export const scaleOut: Scenario = {
  name: "scale-out",
  async run(suite, orders) {
    const [first, second] = STOREFRONT_PORTS;
    const extra = await suite.startStorefront(second);
    try {
      await suite.startEmulator([first, second]);
      const run = await runStorm({
        db: suite.db,
        orders,
        label: "scale-out",
        storefrontPort: first,
        delivery: "simultaneous-and-shuffled",
        log: suite.log,
      });
      const verdict = await verifyStorm(suite.db, run);
      return {
        cases: `${orders} orders, ${run.events.length} events × 2 instances`,
        lost: verdict.lost,
        duplicated: verdict.duplicated,
        problems: [...verdict.problems, ...deliveryProblems(run.events, 2, 2)],
        notes: [describeStats(deliveryStats(run.events)), ...verdict.notes],
      };
    } finally {
      await extra.stop();
    }
  },
};
