import { STOREFRONT_PORTS } from "../config";
import { eventually, type Scenario } from "./scenario";
import { deliveryProblems, deliveryStats, describeStats } from "../support/deliveries";
import { runStorm } from "../support/storm";
import { verifyStorm } from "../support/verify";

// The storefront is killed with SIGKILL (no shutdown handler, transactions cut mid-way) once a
// quarter of the events are in, and started again. Fintoc's retries must bring every order to
// its state: what was committed stays, what was cut is rolled back and applied on a retry.
export const crash: Scenario = {
  name: "crash",
  async run(suite, orders) {
    const [port] = STOREFRONT_PORTS;
    await suite.startEmulator([port]);
    const notes: string[] = [];
    const problems: string[] = [];
    const run = await runStorm({
      db: suite.db,
      orders,
      label: "crash",
      storefrontPort: port,
      delivery: "shuffled-twice",
      log: suite.log,
      async midStorm(progress) {
        const reached = await eventually(
          async () => (await progress.inboxRows()) >= progress.eventsEmitted / 4,
          120_000,
        );
        const rowsAtKill = await progress.inboxRows();
        if (!reached || rowsAtKill >= progress.eventsEmitted)
          problems.push(
            `the kill did not land mid-storm (${rowsAtKill} of ${progress.eventsEmitted} events in)`,
          );
        await suite.storefront(port).kill();
        const down = Date.now();
        suite.log(
          `killed the storefront with SIGKILL at ${rowsAtKill} of ${progress.eventsEmitted} events; restarting`,
        );
        await suite.startStorefront(port);
        notes.push(
          `SIGKILL at ${rowsAtKill}/${progress.eventsEmitted} events, back after ${((Date.now() - down) / 1000).toFixed(1)} s`,
        );
      },
    });
    const verdict = await verifyStorm(suite.db, run);
    const stats = deliveryStats(run.events);
    if (stats.unreachable === 0)
      problems.push(
        "no delivery found the storefront down: the crash did not happen during the storm",
      );
    return {
      cases: `${orders} orders, ${run.events.length} events`,
      lost: verdict.lost,
      duplicated: verdict.duplicated,
      problems: [...problems, ...verdict.problems, ...deliveryProblems(run.events, 1, 2)],
      notes: [...notes, describeStats(stats), ...verdict.notes],
    };
  },
};
