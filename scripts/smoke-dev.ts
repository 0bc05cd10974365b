import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { connect } from "node:net";
import { DEFAULT_EMBEDDED_DB_PORT, DEV_DATA_DIR } from "./embedded-db/server";
import { DEV_MAIL_PORTS } from "./lib/mail-catcher";
import { runCli } from "./lib/run-cli";

// CI's check of the default set-up (Linux): `npm run dev` with no DATABASE_URL serves the
// catalog, and stopping it leaves no process, port or lock behind. Twice: a first start (new
// database, migrations, seed) stopped by Ctrl-C, as a terminal sends it to the whole process
// group; then a restart on the existing data stopped by SIGTERM to npm alone, as a process
// manager would.

const PORTS = {
  storefront: 3000,
  emulator: 4010,
  database: DEFAULT_EMBEDDED_DB_PORT,
  "mail catcher (SMTP)": DEV_MAIL_PORTS.smtp,
  "mail catcher (inbox)": DEV_MAIL_PORTS.web,
};
const PRICE = /\$\d{1,3}(\.\d{3})+/;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function processTable(): Map<number, { ppid: number; state: string }> {
  const table = new Map<number, { ppid: number; state: string }>();
  for (const entry of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      // The command name may hold spaces and parentheses: the fields after the last ")" are fixed.
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const [state = "", ppid = "0"] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      table.set(Number(entry), { ppid: Number(ppid), state });
    } catch {
      // The process ended while we were reading.
    }
  }
  return table;
}

function descendantsOf(root: number): number[] {
  const table = processTable();
  const found = [root];
  for (let i = 0; i < found.length; i += 1) {
    for (const [pid, { ppid }] of table) if (ppid === found[i]) found.push(pid);
  }
  return found;
}

// A zombie is already dead; it only waits for its parent to read its exit status.
function running(pid: number): boolean {
  const state = processTable().get(pid)?.state;
  return state !== undefined && state !== "Z" && state !== "X";
}

const portOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect({ host: "127.0.0.1", port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });

async function waitForCatalog(timeoutMs: number, exited: () => boolean): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await sleep(500)) {
    if (exited()) throw new Error("npm run dev exited before the catalog was served");
    const html = await fetch(`http://localhost:${PORTS.storefront}/`).then(
      (r) => (r.ok ? r.text() : ""),
      () => "",
    );
    if (PRICE.test(html)) return;
  }
  throw new Error(
    `no catalog with prices at http://localhost:${PORTS.storefront}/ within ${timeoutMs / 1000} s`,
  );
}

interface Dev {
  pid: number;
  started: number;
  exit: Promise<void>;
  exited(): boolean;
  // Every process of the run, gathered once it is ready.
  tree: number[];
}

function startDev(): Dev {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  const npm = spawn("npm", ["run", "dev"], {
    env,
    detached: true,
    stdio: ["ignore", "inherit", "inherit"],
  });
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    npm.once("exit", () => resolve(void (exited = true))),
  );
  return { pid: npm.pid!, started: Date.now(), exit, exited: () => exited, tree: [] };
}

async function problemsLeft(dev: Dev): Promise<string[]> {
  // npm may exit before the servers it started (and the database, which releases its lock
  // last) have finished stopping.
  const stillStopping = () => dev.tree.some(running) || existsSync(`${DEV_DATA_DIR}.lock`);
  for (const deadline = Date.now() + 15_000; Date.now() < deadline && stillStopping();)
    await sleep(200);
  const left = dev.tree.filter(running);
  const open = [];
  for (const [name, port] of Object.entries(PORTS))
    if (await portOpen(port)) open.push(`${name} (${port})`);
  return [
    ...(left.length ? [`processes still running: ${left.join(", ")}`] : []),
    ...(open.length ? [`ports still open: ${open.join(", ")}`] : []),
    ...(existsSync(`${DEV_DATA_DIR}.lock`) ? [`${DEV_DATA_DIR}.lock is still there`] : []),
  ];
}

async function check(label: string, dev: Dev, stop: (npmPid: number) => void): Promise<void> {
  await waitForCatalog(240_000, dev.exited);
  const ready = Date.now() - dev.started;
  if (!(await portOpen(PORTS.emulator))) throw new Error("the emulator is not listening");
  if (!(await portOpen(DEV_MAIL_PORTS.web))) throw new Error("the mail catcher is not listening");
  dev.tree = descendantsOf(dev.pid);

  const stopping = Date.now();
  stop(dev.pid);
  await Promise.race([dev.exit, sleep(30_000)]);
  if (!dev.exited()) throw new Error("npm run dev did not exit within 30 s of being stopped");
  const problems = await problemsLeft(dev);
  if (problems.length) throw new Error(problems.join("; "));
  console.log(
    `\nsmoke-dev ${label}: catalog served ${(ready / 1000).toFixed(1)} s after start; stopped in ` +
      `${((Date.now() - stopping) / 1000).toFixed(1)} s; none of its ${dev.tree.length} processes left.\n`,
  );
}

async function round(label: string, stop: (npmPid: number) => void): Promise<void> {
  for (const [name, port] of Object.entries(PORTS)) {
    if (await portOpen(port))
      throw new Error(`port ${port} (${name}) is already in use: stop whatever holds it first`);
  }
  const dev = startDev();
  try {
    await check(label, dev, stop);
  } catch (error) {
    // Nothing may outlive a failed check (or hold CI's output open).
    for (const pid of [...dev.tree, ...descendantsOf(dev.pid)].filter(running))
      process.kill(pid, "SIGKILL");
    throw new Error(`${label}: ${(error as Error).message}`);
  }
}

runCli(async () => {
  await round("first start, Ctrl-C", (pid) => process.kill(-pid, "SIGINT"));
  await round("restart, SIGTERM", (pid) => process.kill(pid, "SIGTERM"));
});
