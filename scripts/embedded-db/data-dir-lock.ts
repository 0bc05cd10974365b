import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

// PGlite takes no lock on its data folder: two processes opening the same folder both accept
// writes and corrupt it. A lock file beside the folder holds the owner's pid.

export class DataDirLockedError extends Error {
  constructor(
    readonly lockFile: string,
    readonly holderPid: number,
  ) {
    super(
      `The embedded database is already in use by process ${holderPid} (lock file ${lockFile}). ` +
        `Stop that process first (is \`npm run dev\` running in another terminal?). ` +
        `If no such process exists, delete the lock file.`,
    );
    this.name = "DataDirLockedError";
  }
}

export interface DataDirLock {
  release(): void;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readHolder(lockFile: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(lockFile, "utf8"), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

function tryCreate(lockFile: string): boolean {
  try {
    writeFileSync(lockFile, String(process.pid), { flag: "wx" });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}

function removeIfHeldBy(lockFile: string, pid: number | null): void {
  if (readHolder(lockFile) !== pid) return;
  try {
    unlinkSync(lockFile);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
}

export function acquireDataDirLock(dataDir: string): DataDirLock {
  const lockFile = `${dataDir}.lock`;
  mkdirSync(dirname(lockFile), { recursive: true });
  if (!tryCreate(lockFile)) {
    const holder = readHolder(lockFile);
    if (holder !== null && isAlive(holder)) {
      throw new DataDirLockedError(lockFile, holder);
    }
    // The holder died without releasing (kill -9, power loss): take the lock over, as
    // PostgreSQL does with a stale postmaster.pid. Re-checking the holder before removing and
    // re-creating with "wx" leaves only a window of microseconds for two takeovers to both win.
    removeIfHeldBy(lockFile, holder);
    if (!tryCreate(lockFile)) throw new DataDirLockedError(lockFile, readHolder(lockFile) ?? 0);
  }

  const releaseOnExit = () => release();
  function release() {
    process.off("exit", releaseOnExit);
    removeIfHeldBy(lockFile, process.pid);
  }
  process.on("exit", releaseOnExit);
  return { release };
}
