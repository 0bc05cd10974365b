// Dates as people in Chile read them ("18 nov 2026, 20:47"), in Santiago's time zone whatever
// the server's is.
const dateTime = new Intl.DateTimeFormat("es-CL", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: "America/Santiago",
});

const dateOnly = new Intl.DateTimeFormat("es-CL", {
  dateStyle: "long",
  timeZone: "America/Santiago",
});

// Webhooks arrive seconds apart, so the merchant console shows seconds ("21 nov 2026, 20:47:05").
const withSeconds = new Intl.DateTimeFormat("es-CL", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
  timeZone: "America/Santiago",
});

export function DateTime({ value, withTime = true }: { value: Date; withTime?: boolean }) {
  return (
    <time dateTime={value.toISOString()}>{(withTime ? dateTime : dateOnly).format(value)}</time>
  );
}

export function PreciseTime({ value }: { value: Date }) {
  return (
    <time dateTime={value.toISOString()} className="whitespace-nowrap tabular-nums">
      {withSeconds.format(value)}
    </time>
  );
}
