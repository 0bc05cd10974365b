import { Logger, run, type Task } from "graphile-worker";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { emptyQueue, releaseWorkerUtils } from "./support";

// Two storefront instances each run a worker on the one queue. However the jobs fall between
// them, each job runs exactly once, and never on both at the same time.

const JOBS = 60;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const silent = new Logger(() => () => undefined);

beforeEach(emptyQueue);
afterAll(releaseWorkerUtils);

describe("two workers on one queue", () => {
  it("run each job once", async () => {
    const runs = new Map<number, string[]>();
    const running = new Set<number>();
    let overlaps = 0;
    const task =
      (worker: string): Task =>
      async (payload) => {
        const { n } = payload as { n: number };
        if (running.has(n)) overlaps++;
        running.add(n);
        runs.set(n, [...(runs.get(n) ?? []), worker]);
        await sleep(20);
        running.delete(n);
      };
    await db.$executeRaw`
      SELECT graphile_worker.add_job('two_workers_test', json_build_object('n', n))
      FROM generate_series(1, ${JOBS}::int) AS n`;

    const start = (worker: string) =>
      run({
        connectionString: process.env.DATABASE_URL!,
        concurrency: 4,
        pollInterval: 100,
        noHandleSignals: true,
        noPreparedStatements: true,
        logger: silent,
        taskList: { two_workers_test: task(worker) },
      });
    const workers = await Promise.all([start("a"), start("b")]);
    try {
      for (let waited = 0; runs.size < JOBS && waited < 20_000; waited += 100) await sleep(100);
      // A moment more, for a second run of any job to show up.
      await sleep(500);
    } finally {
      await Promise.all(workers.map((worker) => worker.stop()));
    }

    expect(runs.size).toBe(JOBS);
    expect([...runs.values()].filter((workersOfJob) => workersOfJob.length !== 1)).toEqual([]);
    expect(overlaps).toBe(0);
    const left = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier = 'two_workers_test'`;
    expect(left[0]!.n).toBe(0);
  });
});
