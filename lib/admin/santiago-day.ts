// The console's date filters name days as the merchant lives them, in Santiago, whatever time
// zone the server runs in. Chile moves its clocks twice a year, so the offset is looked up for
// each date instead of assuming -03:00 or -04:00.

const zone = "America/Santiago";

const wallClock = new Intl.DateTimeFormat("en-US", {
  timeZone: zone,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

function wallClockAt(instant: number): { date: string; offset: number } {
  const parts: Record<string, number> = {};
  for (const part of wallClock.formatToParts(new Date(instant))) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  return {
    date: new Date(asUtc).toISOString().slice(0, 10),
    offset: asUtc - Math.floor(instant / 1000) * 1000,
  };
}

function utcMidnight(isoDate: string): number {
  const [year = 0, month = 1, day = 1] = isoDate.split("-").map(Number);
  return Date.UTC(year, month - 1, day);
}

const twelveHours = 12 * 60 * 60 * 1000;

// The first instant of a day (YYYY-MM-DD) in Santiago. Chile changes its clocks at midnight, so
// a day may start at 01:00 (the spring change skips midnight) or its midnight may come under
// either offset: try the offsets in force around the day and keep the earliest instant that
// falls on it.
export function startOfSantiagoDay(isoDate: string): Date {
  const midnight = utcMidnight(isoDate);
  const offsets = [
    wallClockAt(midnight - twelveHours).offset,
    wallClockAt(midnight + twelveHours).offset,
  ];
  const onTheDay = offsets
    .map((offset) => midnight - offset)
    .filter((instant) => wallClockAt(instant).date === isoDate);
  return new Date(Math.min(...onTheDay));
}

// The first instant of the following day: the exclusive end of a filter "until this day".
export function endOfSantiagoDay(isoDate: string): Date {
  const next = new Date(utcMidnight(isoDate) + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  return startOfSantiagoDay(next);
}
