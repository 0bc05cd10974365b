import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { RouteBytes } from "./bytes";
import type { ScaleRun } from "./catalog-scale";
import type { CheckoutFigures } from "./checkout";
import type { PageFigures } from "./pages";
import { cpu, kb, ms, pct, rate, table } from "./format";
import type { Target } from "./targets";
import type { WebhookLevel } from "./webhooks";

// The printed report: one table per section, then the targets.

// A section is missing when the run left it out (--only).
export interface BenchResults {
  webhooks?: WebhookLevel[];
  checkout?: CheckoutFigures;
  pages?: PageFigures[];
  // The seed's catalog, then the grown one.
  catalog?: ScaleRun[];
  bytes: RouteBytes[];
}

export function formatReport(results: BenchResults, targets: Target[]): string {
  const sections: string[] = [];
  if (results.webhooks) sections.push(webhooksTable(results.webhooks));
  if (results.checkout) sections.push(checkoutTable(results.checkout));
  if (results.pages) sections.push(pagesTable(results.pages));
  if (results.catalog) sections.push(...scaleTables(results.catalog));
  sections.push(bytesTable(results.bytes));
  sections.push(
    table(
      "Targets (issues 7 and 18)",
      ["", "target", "measured", "", "baseline's own"],
      targets.map((target) => [
        target.name,
        target.goal,
        target.measured,
        target.met ? "met" : "MISSED",
        target.baseline ?? "",
      ]),
    ),
  );
  return sections.join("\n");
}

function webhooksTable(levels: WebhookLevel[]): string {
  return table(
    "Webhook ingestion (checkout_session.finished, 10% duplicates; (a) raw INSERT via pg, pool 10; (b) raw-body route)",
    [
      "concurrency",
      "requests",
      "ours ev/s",
      "p50",
      "p95",
      "p99",
      "errors",
      "orders paid",
      "CPU/ev",
      "(a) ev/s",
      "(b) ev/s",
      "(b) p99",
      "(b) CPU/ev",
      "ours/(a)",
      "ours/(b)",
      "by CPU",
    ],
    levels.map((level) => [
      String(level.concurrency),
      `${level.requests} (${level.duplicates} dup)`,
      rate(level.ours.perSecond),
      ms(level.ours.p50),
      ms(level.ours.p95),
      ms(level.ours.p99),
      String(level.ours.errors),
      `${level.ours.ordersPaid}/${level.ours.ordersExpected}`,
      cpu(level.ours.cpuMsPerRequest),
      rate(level.sqlBaseline.perSecond),
      rate(level.routeBaseline.perSecond),
      ms(level.routeBaseline.p99),
      cpu(level.routeBaseline.cpuMsPerRequest),
      pct(level.vsSql),
      pct(level.vsRoute),
      level.vsRouteByCpu === null ? "n/a" : pct(level.vsRouteByCpu),
    ]),
  );
}

function checkoutTable(checkout: CheckoutFigures): string {
  return table(
    `Checkout action (form post → 303 to Fintoc; ${checkout.requests} posts, one at a time, ${checkout.errors} errors, ` +
      `${checkout.fintocCallsPerCheckout.toFixed(1)} Fintoc calls and ${cpu(checkout.cpuMsPerRequest)} storefront CPU each)`,
    ["", "p50", "p95"],
    [
      ["total", ms(checkout.total.p50), ms(checkout.total.p95)],
      ["waiting for Fintoc (emulator)", ms(checkout.fintoc.p50), ms(checkout.fintoc.p95)],
      ["ours (total − Fintoc, per post)", ms(checkout.ours.p50), ms(checkout.ours.p95)],
      [
        `baseline: an action that only redirects (${cpu(checkout.redirectOnly.cpuMsPerRequest)} CPU)`,
        ms(checkout.redirectOnly.p50),
        ms(checkout.redirectOnly.p95),
      ],
    ],
  );
}

function pagesTable(pages: PageFigures[]): string {
  return table(
    "Pages (concurrency 16, gzip)",
    ["", "path", "requests", "req/s", "p50", "p99", "errors", "vs static", "CPU/req", "bytes"],
    pages.map((page) => [
      page.name,
      page.path,
      String(page.count),
      rate(page.perSecond),
      ms(page.p50),
      ms(page.p99),
      String(page.errors),
      page.vsStatic === null ? "—" : pct(page.vsStatic),
      cpu(page.cpuMsPerRequest),
      kb(page.bytes),
    ]),
  );
}

function scaleTables(runs: ScaleRun[]): string[] {
  const [small, large] = runs;
  if (!small || !large) return [];
  const tables: string[] = [];
  const sizes = `${small.products} → ${large.products} products`;
  if (small.http && large.http) {
    const bigPages = new Map(large.http.pages.map((page) => [page.path, page]));
    tables.push(
      table(
        `Catalog and search at two sizes (${sizes}; concurrency 16, gzip; each against the static file in the same run)`,
        [
          "",
          "req/s",
          "p99",
          "CPU/req",
          "vs static",
          "bytes",
          "→ req/s",
          "p99",
          "CPU/req",
          "vs static",
          "bytes",
          "large/small",
        ],
        small.http.pages.map((page) => {
          const big = bigPages.get(page.path)!;
          return [
            page.name,
            rate(page.perSecond),
            ms(page.p99),
            cpu(page.cpuMsPerRequest),
            page.vsStatic === null ? "—" : pct(page.vsStatic),
            kb(page.bytes),
            rate(big.perSecond),
            ms(big.p99),
            cpu(big.cpuMsPerRequest),
            big.vsStatic === null ? "—" : pct(big.vsStatic),
            kb(big.bytes),
            pct(big.perSecond / page.perSecond),
          ];
        }),
      ),
    );
    const bigSearches = new Map(large.http.searches.map((search) => [search.kind, search]));
    tables.push(
      table(
        `Search's own queries, from the server's side (${sizes}; one at a time, as lib/catalog/search.ts runs them)`,
        ["", "results", "by", "p50", "p95", "→ results", "by", "p50", "p95"],
        small.http.searches.map((search) => {
          const big = bigSearches.get(search.kind)!;
          return [
            `${search.kind} ("${search.text}")`,
            String(search.results),
            search.answeredBy,
            ms(search.p50),
            ms(search.p95),
            String(big.results),
            big.answeredBy,
            ms(big.p50),
            ms(big.p95),
          ];
        }),
      ),
    );
  }
  if (small.lighthouse && large.lighthouse) {
    const key = (figures: { path: string; formFactor: string }) =>
      `${figures.formFactor} ${figures.path}`;
    const bigRuns = new Map(large.lighthouse.map((figures) => [key(figures), figures]));
    tables.push(
      table(
        `Lighthouse, performance (${sizes}; median of ${small.lighthouse[0]?.runs ?? 0} run(s) per page)`,
        ["", "", "score", "LCP", "CLS", "TBT", "→ score", "LCP", "CLS", "TBT"],
        small.lighthouse.map((figures) => {
          const big = bigRuns.get(key(figures))!;
          return [
            figures.name,
            figures.formFactor,
            String(figures.score),
            ms(figures.lcpMs),
            figures.cls.toFixed(3),
            ms(figures.tbtMs),
            String(big.score),
            ms(big.lcpMs),
            big.cls.toFixed(3),
            ms(big.tbtMs),
          ];
        }),
      ),
    );
  }
  return tables;
}

function bytesTable(bytes: RouteBytes[]): string {
  return table(
    "First-load JavaScript per route (gzip -9)",
    ["route", "chunks", "total", "framework root chunks", "route's own"],
    bytes.map((route) => [
      route.route,
      String(route.files),
      kb(route.gzipBytes),
      kb(route.sharedGzipBytes),
      kb(route.gzipBytes - route.sharedGzipBytes),
    ]),
  );
}

// Three decimals are plenty for milliseconds and ratios, and keep the file readable.
export function writeJson(path: string, value: unknown): void {
  const rounded = (_key: string, item: unknown) =>
    typeof item === "number" && !Number.isInteger(item) ? Math.round(item * 1000) / 1000 : item;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(value, rounded, 2)}\n`);
}
