// Webhooks arrive seconds apart, so the console shows seconds ("21 nov 2026, 20:47:05"), in
// Santiago's time zone like the rest of the store.
const format = new Intl.DateTimeFormat("es-CL", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
  timeZone: "America/Santiago",
});

export function PreciseTime({ value }: { value: Date }) {
  return (
    <time dateTime={value.toISOString()} className="whitespace-nowrap tabular-nums">
      {format.format(value)}
    </time>
  );
}
