import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { waitForHttp } from "../lib/ports";

// A server the suite starts, kills and restarts. Its output goes to a log file rather than the
// terminal: a storm makes the storefront log hundreds of lines (every 503 during an outage),
// and the summary should stay readable. The logs are kept, and their folder named, when a
// scenario fails.

export interface ServerProcess {
  name: string;
  logFile: string;
  // Resolves when the process ends, for whatever reason.
  exited: Promise<void>;
  isRunning(): boolean;
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
  const exited = new Promise<void>((resolve) =>
    child.once("exit", () => {
      running = false;
      resolve();
    }),
  );
  // "close" comes after the output pipes are drained, so the log's last line is the last one.
  child.once("close", (code, signal) =>
    log.end(`── ${new Date().toISOString()} ${spec.name} exited (${code ?? signal})\n`),
  );

  const endWith = async (signal: NodeJS.Signals, graceMs: number) => {
    if (!running) return;
    signalGroup(pid, signal);
    const timedOut = await Promise.race([
      exited.then(() => false),
      sleep(graceMs).then(() => true),
    ]);
    if (timedOut) {
      signalGroup(pid, "SIGKILL");
      await exited;
    }
  };

  const server: ServerProcess = {
    name: spec.name,
    logFile: spec.logFile,
    exited,
    isRunning: () => running,
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
