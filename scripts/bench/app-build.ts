import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdirSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

// The benchmark measures a production build of the storefront plus a few baseline routes from
// bench/ (a raw-body webhook route, an empty page, a form action that only redirects). Those must
// never ship, and another engineer may be running `next build` in the repository, so the
// benchmark builds its own copy of the app in a temporary folder. The folder is kept between runs (its sources are copied afresh each
// time) so that Turbopack's build cache can make the next run's build faster.

const APP_SOURCES = [
  "app",
  "components",
  "lib",
  "public",
  "instrumentation.ts",
  "proxy.ts",
  "tsconfig.json",
  "postcss.config.mjs",
  "package.json",
];

// Routes only the benchmark's build has, copied from bench/.
export const BASELINE_ROUTE = "/api/bench/raw-body";
export const EMPTY_PAGE = "/bench/empty";
export const REDIRECT_ACTION_PAGE = "/bench/action";

// The app's own next.config, with two build-only changes that do not alter the output:
// Turbopack's root moves up to "/" so it may follow the node_modules symlink back into the
// repository, and the type check is skipped (`npm run typecheck` covers it). After the build the
// app's config goes back in place for `next start` (which could not resolve the wrapper's
// relative import from another working directory).
const WRAPPER_CONFIG = `import type { NextConfig } from "next";
import appConfig from "./next.config.app";

const config: NextConfig = {
  ...appConfig,
  turbopack: { ...appConfig.turbopack, root: "/" },
  typescript: { ...appConfig.typescript, ignoreBuildErrors: true },
};

export default config;
`;

export function benchAppDir(source: string): string {
  const key = createHash("sha256").update(resolve(source)).digest("hex").slice(0, 10);
  return join(tmpdir(), `storefront-bench-${key}`);
}

export interface AppCopy {
  // The app to measure: this repository, or another checkout of it (--app).
  source: string;
  // This repository: its bench/ routes and node_modules.
  repo: string;
  dir: string;
}

export function copyApp({ source, repo, dir }: AppCopy): void {
  mkdirSync(dir, { recursive: true });
  for (const item of [...APP_SOURCES, "next.config.app.ts"])
    rmSync(join(dir, item), { recursive: true, force: true });
  for (const item of APP_SOURCES) cpSync(join(source, item), join(dir, item), { recursive: true });
  cpSync(join(source, "next.config.ts"), join(dir, "next.config.app.ts"));
  writeFileSync(join(dir, "next.config.ts"), WRAPPER_CONFIG);
  const benchFiles = {
    [`${BASELINE_ROUTE}/route.ts`]: "raw-body-route.ts",
    [`${EMPTY_PAGE}/page.tsx`]: "empty-page.tsx",
    [REDIRECT_ACTION_PAGE]: "action",
  };
  for (const [target, file] of Object.entries(benchFiles)) {
    mkdirSync(join(dir, "app", target, ".."), { recursive: true });
    cpSync(join(repo, "bench", file), join(dir, "app", target), { recursive: true });
  }
  if (!existsSync(join(dir, "node_modules")))
    symlinkSync(join(resolve(repo), "node_modules"), join(dir, "node_modules"));
}

export function buildApp(dir: string, env: NodeJS.ProcessEnv): void {
  const result = spawnSync(
    process.execPath,
    [join(dir, "node_modules/next/dist/bin/next"), "build"],
    {
      cwd: dir,
      env,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (result.status !== 0) {
    const output = `${result.stdout ?? ""}${result.stderr ?? ""}`
      .trim()
      .split("\n")
      .slice(-40)
      .join("\n");
    throw new Error(`next build of the benchmark's copy (${dir}) failed:\n${output}`);
  }
  renameSync(join(dir, "next.config.app.ts"), join(dir, "next.config.ts"));
}
