import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { acquireDataDirLock, DataDirLockedError } from "@/scripts/embedded-db/data-dir-lock";

describe("the embedded database's data folder lock", () => {
  let root: string;
  let dataDir: string;
  let lockFile: string;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "storefront-lock-"));
    dataDir = join(root, "pglite");
    lockFile = `${dataDir}.lock`;
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("holds the folder with this process's pid until released", () => {
    const lock = acquireDataDirLock(dataDir);
    expect(readFileSync(lockFile, "utf8")).toBe(String(process.pid));
    lock.release();
    expect(existsSync(lockFile)).toBe(false);
  });

  it("refuses a second holder, naming the process that has it", () => {
    const sleeper = spawn("sleep", ["30"]);
    try {
      writeFileSync(lockFile, String(sleeper.pid));
      expect(() => acquireDataDirLock(dataDir)).toThrow(DataDirLockedError);
      expect(() => acquireDataDirLock(dataDir)).toThrow(`in use by process ${sleeper.pid}`);
      expect(readFileSync(lockFile, "utf8")).toBe(String(sleeper.pid));
    } finally {
      sleeper.kill();
    }
  });

  it("refuses the same folder twice in one process", () => {
    const lock = acquireDataDirLock(dataDir);
    expect(() => acquireDataDirLock(dataDir)).toThrow(DataDirLockedError);
    lock.release();
  });

  it("takes over a lock left by a process that died", () => {
    const dead = spawnSync("true").pid;
    writeFileSync(lockFile, String(dead));
    const lock = acquireDataDirLock(dataDir);
    expect(readFileSync(lockFile, "utf8")).toBe(String(process.pid));
    lock.release();
  });

  it("takes over an empty or garbled lock file", () => {
    writeFileSync(lockFile, "");
    acquireDataDirLock(dataDir).release();
    expect(existsSync(lockFile)).toBe(false);
  });

  it("never removes a lock that another process has taken since", () => {
    const lock = acquireDataDirLock(dataDir);
    writeFileSync(lockFile, "1");
    lock.release();
    expect(readFileSync(lockFile, "utf8")).toBe("1");
  });
});
