import { describe, expect, it } from "vitest";
import { catalogPaths } from "@/scripts/bench/catalog";
import { figuresOfReport, medianFigures, type LighthouseFigures } from "@/scripts/bench/lighthouse";
import type { BenchResults } from "@/scripts/bench/report";
import { targetsOf } from "@/scripts/bench/targets";

// The pure parts of the catalog and Lighthouse benchmark: what it asks for, how it reads
// Lighthouse's report, and how it judges the targets.

const report = (score: number | null, lcp = 1800) => ({
  categories: { performance: { score } },
  audits: {
    "largest-contentful-paint": { numericValue: lcp },
    "cumulative-layout-shift": { numericValue: 0.01 },
    "total-blocking-time": { numericValue: 120 },
    "first-contentful-paint": { numericValue: 900 },
  },
});

function lighthouse(
  name: string,
  formFactor: "mobile" | "desktop",
  score: number,
  lcpMs = 1800,
  cls = 0,
): LighthouseFigures {
  return { name, path: `/${name}`, formFactor, runs: 1, score, lcpMs, cls, tbtMs: 100, fcpMs: 900 };
}

function results(small: LighthouseFigures[], large: LighthouseFigures[]): BenchResults {
  return {
    bytes: [
      { route: "/catalog/[[...category]]", files: 9, gzipBytes: 140_000, sharedGzipBytes: 130_000 },
      { route: "/buscar", files: 9, gzipBytes: 145_000, sharedGzipBytes: 130_000 },
    ],
    catalog: [
      { products: 11, http: null, lighthouse: small },
      { products: 10_000, http: null, lighthouse: large },
    ],
  };
}

describe("the catalog benchmark", () => {
  it("asks for the catalog, a category, three searches and a product, as shoppers reach them", () => {
    expect(catalogPaths("miel-de-ulmo").map((page) => page.path)).toEqual([
      "/",
      "/?categoria=Vinos",
      "/buscar?q=caf%C3%A9",
      "/buscar?q=chilota",
      "/buscar?q=mermelda",
      "/products/miel-de-ulmo",
    ]);
  });

  it("reads Lighthouse's report as a score out of 100 and milliseconds, and takes medians", () => {
    expect(figuresOfReport(report(0.934))).toEqual({
      score: 93,
      lcpMs: 1800,
      cls: 0.01,
      tbtMs: 120,
      fcpMs: 900,
    });
    expect(() => figuresOfReport(report(null))).toThrow("no performance score");
    expect(() =>
      figuresOfReport({ ...report(0.9), runtimeError: { code: "NO_FCP", message: "blank" } }),
    ).toThrow("NO_FCP");
    const runs = [0.7, 0.95, 0.9].map((score, i) => figuresOfReport(report(score, 1000 + i)));
    expect(medianFigures(runs)).toMatchObject({ runs: 3, score: 90, lcpMs: 1001 });
  });

  it("judges our own JavaScript apart from Next's root chunks: ≤ 12 KB on catalog and search", () => {
    const targets = targetsOf(results([], []));
    expect(targets.find((t) => t.name.startsWith("catalog: our own"))).toMatchObject({
      measured: "9.8 KB",
      met: true,
    });
    expect(targets.find((t) => t.name.startsWith("search: our own"))).toMatchObject({
      measured: "14.6 KB",
      met: false,
    });
  });

  it("holds every mobile page to 90, every page to CLS 0.05, and the large catalog within 20%", () => {
    const small = [lighthouse("catalog", "mobile", 95), lighthouse("cart", "desktop", 99)];
    const good = targetsOf(
      results(small, [
        lighthouse("catalog", "mobile", 92, 2000),
        lighthouse("cart", "desktop", 98),
      ]),
    );
    expect(good.filter((t) => t.name.startsWith("Lighthouse")).map((t) => t.met)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    const bad = targetsOf(
      results(small, [
        lighthouse("catalog", "mobile", 89, 2400),
        lighthouse("cart", "desktop", 70, 1800, 0.08),
      ]),
    );
    const byName = new Map(bad.map((t) => [t.name.split(" at ")[0]!.split(",")[0], t]));
    expect(byName.get("Lighthouse mobile performance")).toMatchObject({
      measured: "89 (catalog)",
      met: false,
    });
    expect(byName.get("Lighthouse CLS")).toMatchObject({ met: false });
    expect(byName.get("Lighthouse score")).toMatchObject({
      measured: "71% (desktop cart)",
      met: false,
    });
    expect(byName.get("Lighthouse LCP")).toMatchObject({
      measured: "133% (mobile catalog)",
      met: false,
    });
  });
});
