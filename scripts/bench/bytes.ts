import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";

// First-load JavaScript per page route, gzipped, from the build's manifests: the framework's
// root chunks (build-manifest.json rootMainFiles) plus every chunk the route's client reference
// manifest lists for its entries (layouts, page, error and not-found boundaries). That is the
// set of <script> tags `next start` puts in the route's HTML, less the polyfills, which carry
// `nomodule` and which no current browser loads. Gzip level 9, as Next's own size report used.

export interface RouteBytes {
  route: string;
  files: number;
  gzipBytes: number;
  // Of which the framework's root chunks, loaded by every route (React, the App Router runtime).
  sharedGzipBytes: number;
}

interface RscManifest {
  entryJSFiles?: Record<string, string[]>;
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, "utf8")) as T;
}

// The manifest is a script that assigns globalThis.__RSC_MANIFEST[entry]; run it in a sandbox.
function entryFiles(nextDir: string, entry: string): string[] {
  const sandbox: { globalThis?: unknown; __RSC_MANIFEST?: Record<string, RscManifest> } = {};
  sandbox.globalThis = sandbox;
  runInNewContext(
    readFileSync(join(nextDir, "server/app", `${entry}_client-reference-manifest.js`), "utf8"),
    sandbox,
  );
  return Object.values(sandbox.__RSC_MANIFEST?.[entry]?.entryJSFiles ?? {}).flat();
}

// "/(auth)/sign-in/page" → "/sign-in"
function routeOf(entry: string): string {
  const route = entry.replace(/\/page$/, "").replace(/\/\([^)]+\)/g, "");
  return route === "" ? "/" : route;
}

export function firstLoadJs(nextDir: string): RouteBytes[] {
  const gzipped = new Map<string, number>();
  const sizeOf = (file: string) => {
    if (!gzipped.has(file))
      gzipped.set(file, gzipSync(readFileSync(join(nextDir, file)), { level: 9 }).byteLength);
    return gzipped.get(file)!;
  };
  const { rootMainFiles } = readJson<{ rootMainFiles: string[] }>(
    join(nextDir, "build-manifest.json"),
  );
  const sharedGzipBytes = rootMainFiles.reduce((sum, file) => sum + sizeOf(file), 0);
  const entries = Object.keys(
    readJson<Record<string, string>>(join(nextDir, "server/app-paths-manifest.json")),
  ).filter((entry) => entry.endsWith("/page") && !entry.startsWith("/_"));
  return entries
    .map((entry) => {
      const files = new Set([...rootMainFiles, ...entryFiles(nextDir, entry)]);
      const gzipBytes = [...files].reduce((sum, file) => sum + sizeOf(file), 0);
      return { route: routeOf(entry), files: files.size, gzipBytes, sharedGzipBytes };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}
