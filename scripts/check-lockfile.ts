import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "./lib/run-cli";

// npm run check:lockfile [-- --prove]: the committed package-lock.json is complete and current.
//  1. `npm install` would leave it byte for byte unchanged (it is in sync with package.json);
//  2. `npm ci` accepts it for this machine and for the other platforms a merchant deploys from
//     or to (npm ci rejects a lockfile that lacks any platform's optional native packages, such
//     as @next/swc-darwin-arm64, even on Linux);
//  3. with --prove, a real `npm ci` into an empty folder installs it with no EBADENGINE warning
//     (the `engines` range in package.json is one every dependency accepts).
// Each step works on copies in a temporary folder: the project's node_modules is never touched.

const PLATFORMS = [
  { os: "linux", cpu: "x64", native: "@next/swc-linux-x64-gnu" },
  { os: "linux", cpu: "arm64", native: "@next/swc-linux-arm64-gnu" },
  { os: "darwin", cpu: "arm64", native: "@next/swc-darwin-arm64" },
  { os: "darwin", cpu: "x64", native: "@next/swc-darwin-x64" },
  { os: "win32", cpu: "x64", native: "@next/swc-win32-x64-msvc" },
];
const NPM_FLAGS = ["--ignore-scripts", "--no-audit", "--no-fund"];

function npm(cwd: string, args: string[]): { ok: boolean; output: string } {
  const result = spawnSync("npm", [...args, ...NPM_FLAGS], { cwd, encoding: "utf8" });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

function copyManifests(): string {
  const folder = mkdtempSync(join(tmpdir(), "lockfile-"));
  for (const file of ["package.json", "package-lock.json"]) copyFileSync(file, join(folder, file));
  return folder;
}

function withCopy<T>(work: (folder: string) => T): T {
  const folder = copyManifests();
  try {
    return work(folder);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const lastLines = (text: string) => text.trim().split("\n").slice(-8).join("\n");

function checkInSync(): void {
  withCopy((folder) => {
    const install = npm(folder, ["install", "--package-lock-only"]);
    if (!install.ok) throw new Error(`npm install --package-lock-only failed:\n${install.output}`);
    const before = readFileSync("package-lock.json", "utf8");
    const after = readFileSync(join(folder, "package-lock.json"), "utf8");
    if (before !== after) {
      throw new Error(
        "package-lock.json is out of date: `npm install` would change it. Run `npm install` and commit the lockfile.",
      );
    }
  });
  console.log("✓ npm install leaves package-lock.json unchanged");
}

function checkEveryPlatform(): void {
  withCopy((folder) => {
    for (const { os, cpu, native } of PLATFORMS) {
      const run = npm(folder, ["ci", "--dry-run", `--os=${os}`, `--cpu=${cpu}`]);
      if (!run.ok)
        throw new Error(`npm ci rejects the lockfile for ${os}-${cpu}:\n${lastLines(run.output)}`);
      if (!run.output.includes(`add ${native} `)) {
        throw new Error(
          `npm ci for ${os}-${cpu} would not install ${native}:\n${lastLines(run.output)}`,
        );
      }
      console.log(`✓ npm ci accepts the lockfile for ${os}-${cpu} (installs ${native})`);
    }
  });
}

function proveCleanInstall(): void {
  withCopy((folder) => {
    const started = Date.now();
    const run = npm(folder, ["ci"]);
    if (!run.ok) throw new Error(`npm ci failed in an empty folder:\n${lastLines(run.output)}`);
    const warnings = run.output.split("\n").filter((line) => line.includes("EBADENGINE"));
    if (warnings.length) {
      throw new Error(
        `npm ci warned about engines (narrow "engines" or pin the package):\n${warnings.join("\n")}`,
      );
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    console.log(
      `✓ npm ci installed the lockfile into an empty folder in ${seconds} s, no EBADENGINE warning`,
    );
  });
}

runCli(async () => {
  checkInSync();
  checkEveryPlatform();
  if (process.argv.includes("--prove")) proveCleanInstall();
});
