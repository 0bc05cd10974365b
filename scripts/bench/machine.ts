import { availableParallelism, cpus, freemem, loadavg, totalmem } from "node:os";

// What the figures were measured on. Load average included: these machines are shared, and a
// busy neighbour moves every absolute figure (the ratios to same-run baselines much less).

const gib = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(1)} GiB`;

export function machineInfo() {
  return {
    cpus: availableParallelism(),
    cpuModel: cpus()[0]?.model ?? "unknown",
    memory: `${gib(totalmem())} total, ${gib(freemem())} free`,
    node: process.version,
    loadAverage: loadavg().map((value) => Number(value.toFixed(2))),
  };
}
