import { readFileSync } from "node:fs";

// npm runs scripts through `sh -c`, and a SIGTERM sent to npm alone (a process manager, a
// container stop) reaches only that shell, which dies without passing it on: tsx and this
// process would run on, orphaned, with every server. So the launcher is watched, and when it
// or its parent goes away, `onGone` runs as if we had been signalled. Linux only (/proc);
// elsewhere the signals are all there is.

function parentOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return null;
  }
}

export function watchLauncher(onGone: () => void): void {
  const launcher = process.ppid;
  const launchersParent = parentOf(launcher);
  if (launchersParent === null) return;
  setInterval(() => {
    if (process.ppid !== launcher || parentOf(launcher) !== launchersParent) onGone();
  }, 500).unref();
}
