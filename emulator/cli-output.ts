// What `npm run fintoc` prints.

export const usage = `Usage: npm run fintoc -- <command> [options]

  create <amount>                  create a CLP payment session and print its redirect_url
  trigger <cs_id> [outcome]        finish a session: succeeded (default), failed, rejected,
                                   pending or canceled  [--error-reason r] [--save] [--defer-activation]
  settle <pi_id> [succeeded|failed] settle a pending payment  [--error-reason r]
  refund <re_id> [in_progress|succeeded|failed]  move a refund on  [--failure-code c]
  activate <pm_id>                 activate a saved payment method (deferred activation)
  expire <cs_id>                   expire an open session now
  events [--session cs_id] [--type t]   list events with their deliveries
  resend <evt_id>                  deliver an event again  [--times n] [--concurrently] [--stale] [--wrong-secret]
  hold | release [--order fifo|lifo|shuffle] [--times n]   hold or release webhook deliveries
  clock <seconds> [--charge outcome]   move the emulator's clock forward (renewals run on it;
                                   2678400 is 31 days); --charge sets what the bank answers first
  charges <succeeded|failed|pending>   what the bank answers to subscription invoice charges
  reset                            erase all state (configured endpoints stay)
Options: --json prints the raw response.`;

type EventRow = {
  id: string;
  type: string;
  created_at: string;
  deliveries: Array<{ status: string; attempts: unknown[] }>;
};

export function summarize(command: string, data: unknown): string {
  const record = data as Record<string, unknown>;
  if (command === "events") {
    return (
      (data as EventRow[])
        .map(
          (e) =>
            `${e.created_at}  ${e.id}  ${e.type.padEnd(28)} ${e.deliveries.map((d) => `${d.status}(${d.attempts.length})`).join(" ") || "no endpoints"}`,
        )
        .join("\n") || "No events."
    );
  }
  if (command === "create") return `${String(record.id)}\n${String(record.redirect_url)}`;
  const events = record.events as Array<{ id: string; type: string }> | undefined;
  const lines = events?.map((e) => `  ${e.type} ${e.id}`) ?? [];
  return [`${command}: ok`, ...lines].join("\n");
}
