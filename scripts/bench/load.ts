import { performance } from "node:perf_hooks";

// A closed-loop load generator: `concurrency` workers each send the next request as soon as
// their previous one answers, until `count` requests have been sent. Fixed counts rather than
// fixed durations, so every run does the same work and the figures compare.

export interface LoadResult {
  count: number;
  errors: number;
  // Milliseconds per request, in completion order.
  latencies: number[];
  elapsedMs: number;
  // One example of what went wrong, to print beside the error count.
  firstError: string | null;
}

export interface Summary {
  count: number;
  errors: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  firstError: string | null;
}

// `send` resolves true for a correct answer; false or a throw counts as an error, and the first
// error's message is kept.
export async function runLoad(
  count: number,
  concurrency: number,
  send: (index: number) => Promise<boolean>,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      const started = performance.now();
      let ok = false;
      try {
        ok = await send(index);
        if (!ok) firstError ??= `request ${index}: unexpected answer`;
      } catch (error) {
        firstError ??= `request ${index}: ${(error as Error).message}`;
      }
      latencies.push(performance.now() - started);
      if (!ok) errors++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return { count, errors, latencies, elapsedMs: performance.now() - started, firstError };
}

// Nearest-rank percentile.
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[
    Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  ]!;
}

export function summarize(result: LoadResult): Summary {
  return {
    count: result.count,
    errors: result.errors,
    perSecond: result.count / (result.elapsedMs / 1000),
    p50: percentile(result.latencies, 50),
    p95: percentile(result.latencies, 95),
    p99: percentile(result.latencies, 99),
    firstError: result.firstError,
  };
}
