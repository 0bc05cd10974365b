import type { Store } from "./store";

// The emulated "now". Tests move it forward to make sessions expire; the offset is part of
// the stored state so a restart keeps the same emulated time. Webhook signatures use the
// real time instead, because the receiver checks them against its own clock.
export interface Clock {
  now(): Date;
  advance(ms: number): void;
  offsetMs(): number;
}

export function storeClock(store: Store, realNow: () => number = Date.now): Clock {
  return {
    now: () => new Date(realNow() + store.clockOffsetMs),
    advance(ms) {
      store.clockOffsetMs += ms;
      store.changed();
    },
    offsetMs: () => store.clockOffsetMs,
  };
}

// Seed 000 writes session and customer timestamps to the second; events and payment
// methods carry milliseconds.
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}
