import { kb, ms, pct } from "./format";
import type { BenchResults } from "./report";

// The targets of issue 7, checked against a run. Benchmarks report: a missed target is printed,
// never turned into a failing exit code.

export interface Target {
  name: string;
  goal: string;
  measured: string;
  met: boolean;
  // What the same machine's baseline does on the same measure, where that bounds the target:
  // a target below its baseline cannot be met by any code of ours.
  baseline?: string;
}

export function targetsOf(results: BenchResults): Target[] {
  const targets: Target[] = [];
  const c16 = results.webhooks?.find((level) => level.concurrency === 16);
  if (c16) {
    targets.push(
      {
        name: "webhooks c=16: throughput vs route baseline (b)",
        goal: "≥ 50%",
        measured: pct(c16.vsRoute),
        met: c16.vsRoute >= 0.5,
      },
      {
        name: "webhooks c=16: p99",
        goal: "< 50 ms",
        measured: ms(c16.ours.p99),
        met: c16.ours.p99 < 50,
        baseline: `(b) ${ms(c16.routeBaseline.p99)}`,
      },
      {
        name: "webhooks c=16: errors",
        goal: "0",
        measured: String(c16.ours.errors),
        met: c16.ours.errors === 0,
      },
    );
  }
  if (results.checkout) {
    const { p95 } = results.checkout.ours;
    targets.push({
      name: "checkout: our own time p95",
      goal: "< 15 ms",
      measured: ms(p95),
      met: p95 < 15,
    });
  }
  const catalog = results.pages?.find((page) => page.path === "/");
  if (catalog?.vsStatic != null) {
    targets.push({
      name: "catalog vs static file",
      goal: "≥ 30%",
      measured: pct(catalog.vsStatic),
      met: catalog.vsStatic >= 0.3,
    });
  }
  // The route that serves / (next.config.ts rewrites the catalog's addresses to it).
  const catalogJs = results.bytes.find((route) => route.route === "/catalog/[[...category]]");
  if (catalogJs) {
    const met = catalogJs.gzipBytes <= 120 * 1024;
    targets.push({
      name: "catalog first-load JS (gzip)",
      goal: "≤ 120 KB",
      measured: kb(catalogJs.gzipBytes),
      met,
      baseline: `framework ${kb(catalogJs.sharedGzipBytes)}`,
    });
  }
  return targets;
}
