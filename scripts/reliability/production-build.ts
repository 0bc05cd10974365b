import { spawn } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

// `next start` serves the build in .next. A build takes one to three minutes on a two-core
// machine, and `npm test` has usually just made one from the same sources, so it is reused when
// nothing the app is built from has changed since; otherwise the app is built here.

const BUILD_ID = resolve(".next/BUILD_ID");
// What the last build here baked in from its environment (bakedEnv), as JSON. A build made
// elsewhere has none, and is not reused.
const BAKED = resolve(".next/baked-env.json");
const SOURCES = [
  "app",
  "components",
  "lib",
  "public",
  "prisma/schema.prisma",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  // A directory's own mtime moves when a file in it is added, renamed or deleted.
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)));
  return newest;
}

export function buildIsCurrent(): boolean {
  if (!existsSync(BUILD_ID)) return false;
  const built = statSync(BUILD_ID).mtimeMs;
  return SOURCES.every((source) => newestChange(resolve(source)) < built);
}

// What a build takes from its environment and keeps: next.config.ts reads whether APP_URL is
// https and the widget's origins (from NEXT_PUBLIC_FINTOC_JS_URL, present when
// NEXT_PUBLIC_FINTOC_PUBLIC_KEY is), and the client bundle inlines every NEXT_PUBLIC_*.
export function bakedEnv(env: Record<string, string | undefined>): string {
  const published = Object.entries(env)
    .filter(([name]) => name.startsWith("NEXT_PUBLIC_"))
    .sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify({ https: (env.APP_URL ?? "").startsWith("https:"), published });
}

function bakedMatch(env: NodeJS.ProcessEnv): boolean {
  return existsSync(BAKED) && readFileSync(BAKED, "utf8") === bakedEnv(env);
}

// For every build made here (npm test's, the production tests', this file's): a later caller
// reuses it only for an environment that bakes in the same.
export function recordBuildEnv(env: NodeJS.ProcessEnv): void {
  writeFileSync(BAKED, bakedEnv(env));
}

// Builds only when the sources changed since the last build (or there is none), or when that
// build baked in another environment than `env` (npm test's build allows its own emulator's
// widget origin in every page's policy, which the demo's emulator does not share).
export async function ensureProductionBuild(
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
): Promise<void> {
  if (buildIsCurrent() && bakedMatch(env)) {
    log(
      `reusing the production build in .next (built ${statSync(BUILD_ID).mtime.toLocaleTimeString()}, same sources and environment)`,
    );
    return;
  }
  log("building the storefront (next build)…");
  const started = Date.now();
  const output: string[] = [];
  const code = await new Promise<number>((done) => {
    const child = spawn(process.execPath, [resolve("node_modules/next/dist/bin/next"), "build"], {
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const keep = (chunk: Buffer) => output.push(chunk.toString());
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.once("exit", (exitCode) => done(exitCode ?? 1));
  });
  if (code !== 0) throw new Error(`next build failed:\n${output.join("").slice(-4000)}`);
  recordBuildEnv(env);
  log(`built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
