import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addEndpoint, createSession, sleep, startEmulator, startListener } from "./support";

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), "fintoc-emulator-"));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

describe("persistence", () => {
  it("keeps sessions, customers, events, endpoints and the clock across a restart", async () => {
    const first = startEmulator({ dataDir });
    const session = await createSession(first, { customer_data: { email: "ana@example.com" } });
    await first.control("POST", `/_emulator/checkout_sessions/${session.id}/finish`, {});
    await first.control("POST", "/_emulator/clock", { advance_seconds: 3600 });
    await first.api(
      "POST",
      "/v2/customers",
      { email: "b@example.com" },
      { "Idempotency-Key": "cust-b" },
    );
    await first.close();

    const second = startEmulator({ dataDir });
    const retrieved = await (await second.api("GET", `/v2/checkout_sessions/${session.id}`)).json();
    expect(retrieved).toMatchObject({ status: "finished", customer: { email: "ana@example.com" } });
    expect(retrieved.payment_resource.payment_intent.status).toBe("succeeded");
    expect(second.deps.store.events.size).toBe(2);
    expect(second.deps.clock.offsetMs()).toBe(3_600_000);
    const replay = await second.api(
      "POST",
      "/v2/customers",
      { email: "b@example.com" },
      { "Idempotency-Key": "cust-b" },
    );
    expect(replay.headers.get("Idempotent-Replayed")).toBe("true");
    await second.close();
  });

  it("writes changes to disk on its own, shortly after they happen", async () => {
    const emulator = startEmulator({ dataDir });
    const session = await createSession(emulator);
    await sleep(600);
    const saved = JSON.parse(readFileSync(join(dataDir, "state.json"), "utf8"));
    expect(saved.sessions.map((s: { id: string }) => s.id)).toEqual([session.id]);
    await emulator.close();
  });

  it("refuses a second emulator on the same folder while the first runs", async () => {
    const emulator = startEmulator({ dataDir });
    expect(existsSync(join(dataDir, "lock"))).toBe(true);
    const { spawnSync } = await import("node:child_process");
    const result = spawnSync(process.execPath, ["--import", "tsx", "emulator/main.ts"], {
      env: { ...process.env, FINTOC_EMULATOR_DATA_DIR: dataDir, FINTOC_EMULATOR_PORT: "0" },
      encoding: "utf8",
      timeout: 20_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Another emulator");
    await emulator.close();
    expect(existsSync(join(dataDir, "lock"))).toBe(false);
  }, 30_000);

  it("takes over the lock of an emulator that died", async () => {
    writeFileSync(join(dataDir, "lock"), "999999999");
    const emulator = startEmulator({ dataDir });
    expect(readFileSync(join(dataDir, "lock"), "utf8")).toBe(String(process.pid));
    await emulator.close();
  });

  it("resumes a pending retry after a restart", async () => {
    let healthy = false;
    const listener = await startListener(() => (healthy ? 200 : 500));
    const first = startEmulator({ dataDir, timeScale: 0.05 });
    await addEndpoint(first, listener.url);
    const session = await createSession(first);
    await first.control("POST", `/_emulator/checkout_sessions/${session.id}/expire`);
    await listener.waitFor(1);
    await first.deps.dispatcher.idle();
    await first.close();
    healthy = true;
    const second = startEmulator({ dataDir, timeScale: 0.05 });
    await listener.waitFor(2);
    await second.deps.dispatcher.idle();
    const [event] = await (await second.control("GET", "/_emulator/events")).json();
    expect(event.deliveries[0].attempts.map((a: { status: number }) => a.status)).toEqual([
      500, 200,
    ]);
    await second.close();
    await listener.close();
  });
});
