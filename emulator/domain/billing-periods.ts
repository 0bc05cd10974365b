// Periods of a subscription on the calendar, counted from billing_cycle_anchor: period n
// starts n × interval_count months after the anchor, on the anchor's day and time, or the
// month's last day when it is shorter (an anchor on 31 January renews on 28 or 29 February
// and then on 31 March). Always counted from the anchor, so the day never drifts (INFERRED:
// Fintoc documents only "based on billing_cycle_anchor", as Stripe does it).
export function periodStart(anchor: string, intervalMonths: number, period: number): Date {
  const base = new Date(anchor);
  const months = base.getUTCMonth() + intervalMonths * period;
  const year = base.getUTCFullYear() + Math.floor(months / 12);
  const month = ((months % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(
    Date.UTC(
      year,
      month,
      Math.min(base.getUTCDate(), lastDay),
      base.getUTCHours(),
      base.getUTCMinutes(),
      base.getUTCSeconds(),
    ),
  );
}
