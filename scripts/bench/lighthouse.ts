import { existsSync } from "node:fs";
import { percentile } from "./load";

// Speed as shoppers feel it: Lighthouse 12 (Google's own auditor, on the npm registry) loads
// each page in our Chromium, on the production build, with its default throttling (mobile: a
// mid-range phone on a slow 4G; desktop: a fast connection). Only the performance category.

export type FormFactor = "mobile" | "desktop";

export interface LighthousePage {
  name: string;
  path: string;
  // A guest cart cookie for the pages that need one (cart, checkout).
  cookie?: string;
}

export interface LighthouseFigures {
  name: string;
  path: string;
  formFactor: FormFactor;
  runs: number;
  // Medians over the runs (Lighthouse's own advice for a noisy machine).
  score: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  fcpMs: number;
}

type Lhr = {
  categories: { performance: { score: number | null } };
  audits: Record<string, { numericValue?: number }>;
  runtimeError?: { code: string; message: string };
};

export function chromiumPath(): string {
  const candidates = [process.env.CHROME_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found)
    throw new Error(
      "Lighthouse needs Chromium: install it (Debian: apt-get install chromium) or set CHROME_PATH.",
    );
  return found;
}

// One run's figures, from Lighthouse's report (its "lhr").
export function figuresOfReport(lhr: Lhr) {
  if (lhr.runtimeError)
    throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const metric = (id: string) => {
    const value = lhr.audits[id]?.numericValue;
    if (value === undefined) throw new Error(`Lighthouse measured no ${id}`);
    return value;
  };
  const score = lhr.categories.performance.score;
  if (score === null) throw new Error("Lighthouse gave no performance score");
  return {
    score: Math.round(score * 100),
    lcpMs: metric("largest-contentful-paint"),
    cls: metric("cumulative-layout-shift"),
    tbtMs: metric("total-blocking-time"),
    fcpMs: metric("first-contentful-paint"),
  };
}

export function medianFigures(runs: ReturnType<typeof figuresOfReport>[]) {
  const median = (pick: (run: (typeof runs)[number]) => number) => percentile(runs.map(pick), 50);
  return {
    runs: runs.length,
    score: median((run) => run.score),
    lcpMs: median((run) => run.lcpMs),
    cls: median((run) => run.cls),
    tbtMs: median((run) => run.tbtMs),
    fcpMs: median((run) => run.fcpMs),
  };
}

export async function runLighthouse(
  baseUrl: string,
  pages: LighthousePage[],
  runs: number,
): Promise<LighthouseFigures[]> {
  // Both are ES modules only; loaded when this section runs.
  const { default: lighthouse, desktopConfig } = await import("lighthouse");
  const { launch } = await import("chrome-launcher");
  const chrome = await launch({
    chromePath: chromiumPath(),
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  try {
    const figures: LighthouseFigures[] = [];
    for (const formFactor of ["mobile", "desktop"] as const) {
      for (const page of pages) {
        const reports = [];
        for (let run = 0; run < runs; run++) {
          const result = await lighthouse(
            new URL(page.path, baseUrl).href,
            {
              port: chrome.port,
              output: "json",
              logLevel: "error",
              onlyCategories: ["performance"],
              extraHeaders: page.cookie ? { Cookie: page.cookie } : undefined,
            },
            formFactor === "desktop" ? desktopConfig : undefined,
          );
          if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
          reports.push(figuresOfReport(result.lhr as unknown as Lhr));
        }
        figures.push({ name: page.name, path: page.path, formFactor, ...medianFigures(reports) });
      }
    }
    return figures;
  } finally {
    await chrome.kill();
  }
}
