import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";

// A long-running child (next dev, the emulator) with prefixed output. Each child leads its own
// process group, so stopping it reaches everything it started (next dev forks its own server;
// a terminal's Ctrl-C reaches only us, and we stop the children in order).

export interface Child {
  name: string;
  pid: number;
  // Resolves with the exit code (or the signal's name) when the child ends, for whatever reason.
  exited: Promise<number | string>;
  stop(): Promise<void>;
}

const COLORS = [36, 35, 33, 32, 34];
let nextColor = 0;

// Prefixes lines with the program's name, coloured on a terminal, so interleaved logs stay readable.
export function labeller(name: string): (line: string) => string {
  const color = COLORS[nextColor++ % COLORS.length];
  const label = process.stdout.isTTY ? `\x1b[${color}m${name.padEnd(8)}\x1b[0m` : name.padEnd(8);
  // The child may tag its own lines ("[emulator] …"); one tag is enough.
  const ownTag = `[${name}] `;
  return (line) => `${label} │ ${line.startsWith(ownTag) ? line.slice(ownTag.length) : line}`;
}

function signalGroup(pid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false; // ESRCH: nobody left in the group
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitUntilGroupGone(pid: number, ms: number): Promise<boolean> {
  for (const deadline = Date.now() + ms; Date.now() < deadline; await sleep(100)) {
    if (!signalGroup(pid, 0)) return true;
  }
  return !signalGroup(pid, 0);
}

export function startChild(
  name: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Child {
  const child: ChildProcess = spawn(command, args, {
    env: { ...env, ...(process.stdout.isTTY ? { FORCE_COLOR: "1" } : {}) },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (child.pid === undefined)
    throw new Error(`Could not start ${name}: ${command} ${args.join(" ")}`);
  const pid = child.pid;
  const label = labeller(name);
  createInterface({ input: child.stdout! }).on("line", (line) => console.log(label(line)));
  createInterface({ input: child.stderr! }).on("line", (line) => console.error(label(line)));
  const exited = new Promise<number | string>((resolve) =>
    child.once("exit", (code, signal) => resolve(code ?? signal ?? "unknown")),
  );

  let stopping: Promise<void> | undefined;
  return {
    name,
    pid,
    exited,
    stop() {
      // SIGTERM lets next and the emulator close their servers and save state; whatever is
      // still in the group after 8 s is killed.
      stopping ??= (async () => {
        signalGroup(pid, "SIGTERM");
        if (!(await waitUntilGroupGone(pid, 8_000))) {
          console.error(label(`still running after 8 s, killing`));
          signalGroup(pid, "SIGKILL");
          await waitUntilGroupGone(pid, 2_000);
        }
        await exited;
      })();
      return stopping;
    },
  };
}
