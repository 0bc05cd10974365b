import { execFile } from "node:child_process";
import type { AddressInfo } from "node:net";
import { promisify } from "node:util";
import { serve, type ServerType } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSession, startEmulator, type TestEmulator } from "./support";

const run = promisify(execFile);
let emulator: TestEmulator;
let server: ServerType;
let url: string;

beforeAll(async () => {
  emulator = startEmulator();
  server = serve({ fetch: emulator.app.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise((resolve) => server.once("listening", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await emulator.close();
});

async function fintoc(
  ...args: string[]
): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ["--import", "tsx", "emulator/cli.ts", ...args],
      {
        env: { ...process.env, FINTOC_EMULATOR_URL: url },
      },
    );
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number };
    return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code };
  }
}

describe("npm run fintoc", () => {
  it("triggers an outcome, lists events, settles and resends", async () => {
    const session = await createSession(emulator);
    const triggered = await fintoc("trigger", session.id, "pending");
    expect(triggered.code).toBe(0);
    expect(triggered.stdout).toContain("checkout_session.finished");
    expect(triggered.stdout).toContain("payment_intent.pending");

    const intentId = emulator.deps.store.sessions.get(session.id)?.payment_intent as string;
    const settled = await fintoc("settle", intentId, "--json");
    expect(JSON.parse(settled.stdout).payment_intent.status).toBe("succeeded");

    const listed = await fintoc("events", "--session", session.id);
    expect(listed.stdout.split("\n").filter(Boolean)).toHaveLength(3);
    expect(listed.stdout).toContain("payment_intent.succeeded");

    const eventId = [...emulator.deps.store.events.keys()][0] as string;
    expect((await fintoc("resend", eventId, "--times", "2")).code).toBe(0);

    const refund = await emulator.api("POST", "/v1/refunds", {
      resource_type: "payment_intent",
      resource_id: intentId,
      amount: 1000,
    });
    const refundId = ((await refund.json()) as { id: string }).id;
    const refunded = await fintoc("refund", refundId, "failed", "--failure-code", "fraud_risk");
    expect(refunded.stdout).toContain("refund.in_progress");
    expect(refunded.stdout).toContain("refund.failed");
    expect(emulator.deps.store.refunds.get(refundId)?.failure_code).toBe("fraud_risk");
  }, 60_000);

  it("switches the next subscription charges and moves the clock with --charge", async () => {
    const charges = await fintoc("charges", "pending");
    expect(charges.code).toBe(0);
    expect(emulator.deps.store.settings.invoice_charges).toBe("pending");
    const clock = await fintoc("clock", "60", "--charge", "failed");
    expect(clock.code).toBe(0);
    expect(emulator.deps.store.settings.invoice_charges).toBe("failed");
    const wrong = await fintoc("charges", "maybe");
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain("succeeded, failed or pending");
    await fintoc("charges", "succeeded");
  }, 60_000);

  it("explains failures and usage", async () => {
    const missing = await fintoc("trigger", "cs_nope");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("No such checkout_session: cs_nope");
    const help = await fintoc();
    expect(help.stdout).toContain("Usage: npm run fintoc -- <command>");
  }, 60_000);
});
