import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { waitForHttp } from "../lib/ports";

// A server the suite starts, kills and restarts. Its output goes to a log file rather than the
// terminal: a storm makes the storefront log hundreds of lines (every 503 during an outage),
// and the summary should stay readable. The logs are kept, and their folder named, when a
// scenario fails.

export interface ServerProcess {
  name: string;
  pid: number;
  logFile: string;
  // Resolves when the process ends, for whatever reason.
  exited: Promise<void>;
  // Resolves when every process holding its output has ended too: `npm start` may exit before
  // the server it started (npm 11 does not wait for its child on SIGTERM).
  closed: Promise<void>;
  isRunning(): boolean;
  // How it ended (null while it runs): its exit code, or the signal that ended it.
  exitStatus(): { code: number | null; signal: NodeJS.Signals | null } | null;
  // A signal to the process and whatever it started, as a host sends it.
  signal(signal: NodeJS.Signals): void;
  // SIGTERM, then SIGKILL after the grace period.
  stop(): Promise<void>;
  // What a power cut or the OOM killer does: no shutdown handler runs.
  kill(): Promise<void>;
}

export interface ServerSpec {
  name: string;
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  logFile: string;
  readyUrl: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: the group is already gone
  }
}

export async function startServer(spec: ServerSpec): Promise<ServerProcess> {
  const log = createWriteStream(spec.logFile, { flags: "a" });
  log.write(`\n── ${new Date().toISOString()} starting ${spec.name}\n`);
  // Its own process group, so a kill reaches whatever the command forks.
  const child = spawn(spec.command, spec.args, {
    env: spec.env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`Could not start ${spec.name}: ${spec.command}`);
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  let running = true;
  let status: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  const exited = new Promise<void>((resolve) =>
    child.once("exit", (code, signal) => {
      running = false;
      status = { code, signal };
      resolve();
    }),
  );
  // "close" comes after the output pipes are drained, so the log's last line is the last one.
  let open = true;
  const closed = new Promise<void>((resolve) =>
    child.once("close", (code, signal) => {
      open = false;
      log.end(`── ${new Date().toISOString()} ${spec.name} exited (${code ?? signal})\n`, resolve);
    }),
  );

  const endWith = async (signal: NodeJS.Signals, graceMs: number) => {
    // Once everything it started is gone, its process group id may be another's.
    if (!open) return;
    signalGroup(pid, signal);
    const timedOut = await Promise.race([
      closed.then(() => false),
      sleep(graceMs).then(() => true),
    ]);
    if (timedOut) {
      signalGroup(pid, "SIGKILL");
      await closed;
    }
  };

  const server: ServerProcess = {
    name: spec.name,
    pid,
    logFile: spec.logFile,
    exited,
    closed,
    isRunning: () => running,
    exitStatus: () => status,
    signal: (signal) => {
      if (open) signalGroup(pid, signal);
    },
    stop: () => endWith("SIGTERM", 8_000),
    kill: () => endWith("SIGKILL", 2_000),
  };
  try {
    await waitForHttp(spec.readyUrl, 120_000, exited);
  } catch (error) {
    await server.stop();
    throw new Error(
      `${spec.name} did not start (log: ${spec.logFile}): ${(error as Error).message}`,
    );
  }
  return server;
}
