import { STOREFRONT_PORTS } from "../config";
import { eventually, sleep, type Scenario } from "./scenario";
import { deliveryProblems, deliveryStats, describeStats } from "../support/deliveries";
import { runStorm } from "../support/storm";
import { verifyStorm } from "../support/verify";

const OUTAGE_MS = 6_000;

// The database becomes unreachable for several seconds mid-storm (the proxy between the
// storefront and PostgreSQL refuses connections and drops the open ones). The webhook route
// must answer 5xx meanwhile, never a 2xx for an event it did not keep, and everything must
// converge through Fintoc's retries once the database is back.
export const outage: Scenario = {
  name: "outage",
  async run(suite, orders) {
    const [port] = STOREFRONT_PORTS;
    await suite.startEmulator([port]);
    const notes: string[] = [];
    const problems: string[] = [];
    const run = await runStorm({
      db: suite.db,
      orders,
      label: "outage",
      storefrontPort: port,
      delivery: "shuffled-twice",
      log: suite.log,
      async midStorm(progress) {
        await eventually(
          async () => (await progress.inboxRows()) >= progress.eventsEmitted / 5,
          120_000,
        );
        const rowsAtCut = await progress.inboxRows();
        if (rowsAtCut >= progress.eventsEmitted)
          problems.push(
            `the outage did not start mid-storm (${rowsAtCut} of ${progress.eventsEmitted} events in)`,
          );
        await suite.proxy.cut();
        suite.log(
          `database cut off at ${rowsAtCut} of ${progress.eventsEmitted} events, for ${OUTAGE_MS / 1000} s`,
        );
        await sleep(OUTAGE_MS);
        await suite.proxy.restore();
        suite.log("database reachable again");
        notes.push(
          `database unreachable for ${OUTAGE_MS / 1000} s from ${rowsAtCut}/${progress.eventsEmitted} events`,
        );
      },
    });
    const verdict = await verifyStorm(suite.db, run);
    const stats = deliveryStats(run.events);
    if (stats.serverErrors === 0)
      problems.push("no delivery was answered with a 5xx while the database was unreachable");
    if (!suite.storefront(port).isRunning())
      problems.push("the storefront process died during the outage");
    return {
      cases: `${orders} orders, ${run.events.length} events`,
      lost: verdict.lost,
      duplicated: verdict.duplicated,
      problems: [...problems, ...verdict.problems, ...deliveryProblems(run.events, 1, 2)],
      notes: [...notes, describeStats(stats), ...verdict.notes],
    };
  },
};
