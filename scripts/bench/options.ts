import { resolve } from "node:path";

// The command line of `npm run bench` (see scripts/bench.ts for examples).

const SECTIONS = ["pages", "catalog", "lighthouse", "checkout", "webhooks"] as const;
export type Section = (typeof SECTIONS)[number];

export interface BenchOptions {
  // CPU-profile `next start` into bench-output/profiles/.
  profile: boolean;
  // Multiplies every request count.
  scale: number;
  sections: Set<Section>;
  // The app to measure: this repository unless --app names another checkout.
  appSource: string;
  // Lighthouse runs per page and form factor (the median is reported).
  lighthouseRuns: number;
}

export function parseOptions(argv: string[], repo: string): BenchOptions {
  const valueOf = (flag: string) =>
    argv.includes(flag) ? (argv[argv.indexOf(flag) + 1] ?? "") : undefined;
  const scale = Number(valueOf("--scale") ?? 1);
  if (!(scale > 0)) throw new Error("--scale takes a positive number, e.g. --scale 0.2");
  const only = valueOf("--only")?.split(",").filter(Boolean) ?? [...SECTIONS];
  const unknown = only.filter((name) => !SECTIONS.includes(name as Section));
  if (only.length === 0 || unknown.length)
    throw new Error(`--only takes a comma-separated list of: ${SECTIONS.join(", ")}`);
  const appSource = resolve(valueOf("--app") ?? repo);
  const lighthouseRuns = Number(valueOf("--lighthouse-runs") ?? 1);
  if (!Number.isInteger(lighthouseRuns) || lighthouseRuns < 1)
    throw new Error("--lighthouse-runs takes a whole number of runs, e.g. --lighthouse-runs 3");
  return {
    profile: argv.includes("--profile"),
    scale,
    sections: new Set(only as Section[]),
    appSource,
    lighthouseRuns,
  };
}
