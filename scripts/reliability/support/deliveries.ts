import type { EmittedEvent } from "../emulator";

// What the emulator saw while delivering: the storefront's answers, attempt by attempt.

export interface DeliveryStats {
  deliveries: number;
  attempts: number;
  retried: number;
  // Answers by class; `unreachable` is an attempt that got no HTTP answer at all.
  serverErrors: number;
  clientErrors: number;
  unreachable: number;
  slowestMs: number;
}

export function deliveryStats(events: EmittedEvent[]): DeliveryStats {
  const stats: DeliveryStats = {
    deliveries: 0,
    attempts: 0,
    retried: 0,
    serverErrors: 0,
    clientErrors: 0,
    unreachable: 0,
    slowestMs: 0,
  };
  for (const delivery of events.flatMap((event) => event.deliveries)) {
    stats.deliveries++;
    if (delivery.attempts.length > 1) stats.retried++;
    for (const attempt of delivery.attempts) {
      stats.attempts++;
      stats.slowestMs = Math.max(stats.slowestMs, attempt.latency_ms);
      if (attempt.status === null) stats.unreachable++;
      else if (attempt.status >= 500) stats.serverErrors++;
      else if (attempt.status >= 400) stats.clientErrors++;
    }
  }
  return stats;
}

export function describeStats(stats: DeliveryStats): string {
  return (
    `${stats.deliveries} deliveries, ${stats.attempts} attempts (${stats.retried} retried): ` +
    `${stats.serverErrors} × 5xx, ${stats.clientErrors} × 4xx, ${stats.unreachable} × no answer; slowest ${stats.slowestMs} ms`
  );
}

// Every event must have reached every endpoint at least `copies` times with a 2xx, and no
// genuine event may ever be refused with a 4xx (Fintoc would retry it for days).
export function deliveryProblems(
  events: EmittedEvent[],
  endpoints: number,
  copies: number,
): string[] {
  const problems: string[] = [];
  for (const event of events) {
    const succeeded = new Map<string, number>();
    for (const delivery of event.deliveries) {
      if (delivery.status === "succeeded")
        succeeded.set(delivery.endpoint_id, (succeeded.get(delivery.endpoint_id) ?? 0) + 1);
      if (
        delivery.attempts.some(
          (attempt) => attempt.status !== null && attempt.status >= 400 && attempt.status < 500,
        )
      ) {
        problems.push(`event ${event.id} (${event.type}) was refused with a 4xx`);
      }
    }
    const counts = [...succeeded.values()];
    if (counts.length < endpoints || counts.some((count) => count < copies)) {
      problems.push(
        `event ${event.id} (${event.type}) was not delivered ${copies}× to each of ${endpoints} endpoint(s)`,
      );
    }
  }
  return problems;
}
