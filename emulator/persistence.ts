import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { writeFile, rename } from "node:fs/promises";
import { join } from "node:path";
import { Store, type Snapshot } from "./store";

// State is one JSON file, rewritten atomically (temp file + rename) at most every
// WRITE_DELAY_MS while changes keep coming, so a burst of 500 payments costs a handful of
// writes instead of thousands. A crash loses at most that window. When the state grows and
// serialising it takes longer, the pause grows with it (4× the last serialisation), so
// saving never takes more than a fifth of the event loop.
const WRITE_DELAY_MS = 250;

export interface Persistence {
  flush(): void;
  close(): void;
}

function stateFile(dataDir: string): string {
  return join(dataDir, "state.json");
}

export function loadStore(dataDir: string): Store {
  const file = stateFile(dataDir);
  if (!existsSync(file)) return new Store();
  return new Store(JSON.parse(readFileSync(file, "utf8")) as Snapshot);
}

// Two emulators writing one folder would overwrite each other's state: refuse the second.
// The lock file holds the owner's pid; one left by a process that died is taken over.
function takeLock(dataDir: string): string {
  const lock = join(dataDir, "lock");
  try {
    const fd = openSync(lock, "wx");
    writeFileSync(fd, String(process.pid));
    closeSync(fd);
    return lock;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const pid = Number(readFileSync(lock, "utf8"));
  if (pid && pid !== process.pid && isAlive(pid)) {
    throw new Error(
      `Another emulator (pid ${pid}) is using ${dataDir}; set FINTOC_EMULATOR_DATA_DIR to another folder.`,
    );
  }
  writeFileSync(lock, String(process.pid));
  return lock;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function persist(store: Store, dataDir: string): Persistence {
  mkdirSync(dataDir, { recursive: true });
  const lock = takeLock(dataDir);
  const file = stateFile(dataDir);
  let timer: NodeJS.Timeout | null = null;
  let writing = false;
  let dirty = false;
  // A synchronous flush bumps the generation so that an older asynchronous write still in
  // flight does not rename its snapshot over the newer one.
  let generation = 0;
  let lastSerialiseMs = 0;

  const writeSoon = () => {
    dirty = true;
    const delay = Math.max(WRITE_DELAY_MS, lastSerialiseMs * 4);
    if (!timer && !writing) timer = setTimeout(() => void writeNow(), delay);
  };

  const writeNow = async () => {
    timer = null;
    dirty = false;
    writing = true;
    const started = generation;
    const temp = `${file}.${process.pid}.async.tmp`;
    try {
      const serialiseStart = performance.now();
      const json = JSON.stringify(store.snapshot());
      lastSerialiseMs = performance.now() - serialiseStart;
      await writeFile(temp, json);
      if (started === generation) await rename(temp, file);
    } catch (error) {
      console.error("[emulator] could not save state:", error);
    } finally {
      writing = false;
      if (dirty) writeSoon();
    }
  };

  store.onChange(writeSoon);

  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    dirty = false;
    generation++;
    const temp = `${file}.${process.pid}.sync.tmp`;
    writeFileSync(temp, JSON.stringify(store.snapshot()));
    renameSync(temp, file);
  };

  return {
    flush,
    close() {
      flush();
      rmSync(lock, { force: true });
    },
  };
}
