// npm run reconcile [-- --older-than-minutes=N]: re-fetch payment sessions whose webhook never
// came and apply them. Uses the same configuration as the storefront (lib/env.ts).
import { parseArgs } from "node:util";
import { reconcilePendingSessions } from "@/lib/orders/reconcile";

const { values } = parseArgs({
  options: { "older-than-minutes": { type: "string", default: "10" } },
});
const minutes = Number(values["older-than-minutes"]);
if (!Number.isFinite(minutes) || minutes < 0) {
  console.error("--older-than-minutes must be a non-negative number");
  process.exit(2);
}

void reconcilePendingSessions({ olderThanMs: minutes * 60_000 }).then((report) => {
  console.log(
    `Checked ${report.checked} session(s); ${report.changed} order(s) changed; ${report.failed.length} failed.`,
  );
  for (const failure of report.failed) console.error(`  ${failure.sessionId}: ${failure.error}`);
  const { subscriptions } = report;
  console.log(
    `Checked ${subscriptions.checked} subscription(s); ${subscriptions.changed} changed; ${subscriptions.failed.length} failed.`,
  );
  for (const failure of subscriptions.failed)
    console.error(`  ${failure.subscriptionId}: ${failure.error}`);
  process.exit(report.failed.length + subscriptions.failed.length > 0 ? 1 : 0);
});
