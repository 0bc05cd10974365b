import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

// CPU time a process has used (user + system), from /proc on Linux; null elsewhere. Per request,
// it is the benchmark's steadiest figure on a shared machine: a busy neighbour slows the server
// down and lowers throughput, but barely changes how much CPU each request takes.

let ticksPerSecond: number | undefined;

function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond =
        Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

function processCpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name, which is in parentheses and may contain spaces: utime and
    // stime are fields 14 and 15 of the whole line.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks();
  } catch {
    return null;
  }
}

// Measures `work` and returns its result with the server's CPU milliseconds per request.
export async function withServerCpu<T>(
  pid: number,
  requests: number,
  work: () => Promise<T>,
): Promise<{ result: T; cpuMsPerRequest: number | null }> {
  const before = processCpuMs(pid);
  const result = await work();
  const after = processCpuMs(pid);
  return {
    result,
    cpuMsPerRequest: before === null || after === null ? null : (after - before) / requests,
  };
}
