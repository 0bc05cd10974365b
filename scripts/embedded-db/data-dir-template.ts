import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
} from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";

// A new PGlite folder runs initdb in wasm: 3-4 s, and 30 s on a busy two-core machine. Every
// new folder (the first `npm run dev`, each test run) is instead copied from a freshly
// initialised one cached per PGlite version, and opens in about a second.

const CACHE_DIR = resolve("node_modules/.cache/storefront-pglite");

function pgliteVersion(): string {
  const entry = createRequire(__filename).resolve("@electric-sql/pglite");
  const manifest = join(dirname(dirname(entry)), "package.json");
  return (JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version;
}

async function template(): Promise<string> {
  const dir = join(CACHE_DIR, `initdb-${pgliteVersion()}`);
  if (existsSync(dir)) return dir;
  mkdirSync(CACHE_DIR, { recursive: true });
  const building = mkdtempSync(join(CACHE_DIR, "building-"));
  try {
    const db = await PGlite.create(join(building, "data"));
    await db.close();
    renameSync(join(building, "data"), dir);
  } catch (error) {
    // Another process may have finished the same template first; theirs is as good as ours.
    if (!existsSync(dir)) throw error;
  } finally {
    rmSync(building, { recursive: true, force: true });
  }
  return dir;
}

// Copied beside the target, then renamed: an interrupted copy never looks like a database.
export async function createDataDir(dataDir: string): Promise<void> {
  if (existsSync(dataDir)) return;
  const partial = `${dataDir}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(dirname(dataDir), { recursive: true });
  cpSync(await template(), partial, { recursive: true });
  renameSync(partial, dataDir);
}
