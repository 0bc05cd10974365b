import { spawn } from "node:child_process";
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

// `next start` serves the build in .next. A build takes one to three minutes on a two-core
// machine, and `npm test` has usually just made one from the same sources, so it is reused when
// nothing the app is built from has changed since; otherwise the app is built here.

const BUILD_ID = resolve(".next/BUILD_ID");
// The values of the variables a caller says the build bakes in (NEXT_PUBLIC_*, and what
// next.config.ts reads), as the last build here saw them. A build made elsewhere has none.
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

function bakedValues(env: NodeJS.ProcessEnv, names: string[]): string {
  return JSON.stringify(Object.fromEntries(names.map((name) => [name, env[name] ?? null])));
}

function bakedMatch(env: NodeJS.ProcessEnv, names: string[]): boolean {
  if (names.length === 0) return true;
  if (!existsSync(BAKED)) return false;
  const recorded = JSON.parse(readFileSync(BAKED, "utf8")) as Record<string, string | null>;
  return bakedValues(env, names) === bakedValues(recorded as NodeJS.ProcessEnv, names);
}

// Builds only when the sources changed since the last build (or there is none), or when the
// build baked other values of `baked` than `env` has (the demo's widget origins, say, are in
// the shared pages' policy of the build that npm test made for its own emulator).
export async function ensureProductionBuild(
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
  baked: string[] = [],
): Promise<void> {
  if (buildIsCurrent() && bakedMatch(env, baked)) {
    log(
      `reusing the production build in .next (built ${statSync(BUILD_ID).mtime.toLocaleTimeString()}, no source changed since)`,
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
  if (baked.length) writeFileSync(BAKED, bakedValues(env, baked));
  else rmSync(BAKED, { force: true });
  log(`built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
