import { afterEach, describe, expect, it, vi } from "vitest";
import { createLogger, errorFields, log } from "@/lib/log";
import { withRequestId } from "@/lib/log/request-context";

// Under vitest the logger writes its readable form to stdout; what it writes is what is checked.
function captured(work: () => void): string {
  const write = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  work();
  const text = write.mock.calls.map(([chunk]) => String(chunk)).join("");
  write.mockRestore();
  return text;
}

// A production logger (JSON lines) writing into an array.
function productionLogger() {
  const lines: string[] = [];
  const logger = createLogger(
    { level: "info", format: "json" },
    { write: (line: string) => void lines.push(line) },
  );
  return {
    logger,
    entries: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

afterEach(() => vi.restoreAllMocks());

describe("the logger", () => {
  it("scrubs the message and the fields of every line", () => {
    const text = captured(() =>
      log.warn(
        { customer: { rut: "41.614.850-3" }, authorization: "sk_live_x1" },
        "customer 41614850-3 refused with key sk_live_abc",
      ),
    );
    expect(text).toContain("customer ***.*50-3 refused with key [redacted]");
    expect(text).not.toMatch(/41\.?614\.?850|sk_live_/);
    expect(text).toContain("authorization=[redacted]");
  });

  it("carries the request's id on lines logged while it is handled", () => {
    const text = captured(() => withRequestId("req-00000042", () => log.warn("webhook received")));
    expect(text).toContain("webhook received requestId=req-00000042");
  });

  it("writes one JSON object per line in production, with level, time, event and request id", () => {
    const { logger, entries } = productionLogger();
    withRequestId("lb-00000007", () =>
      logger.info({ eventId: "evt_1", eventType: "checkout_session.finished" }, "webhook applied"),
    );
    expect(entries()).toEqual([
      {
        level: "info",
        time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
        msg: "webhook applied",
        eventId: "evt_1",
        eventType: "checkout_session.finished",
        requestId: "lb-00000007",
      },
    ]);
  });

  it("never writes a secret key, webhook secret or full RUT, however it is passed", () => {
    const { logger, entries } = productionLogger();
    const secrets = "key sk_test_storefront_suite, secret whsec_test_storefront_suite_0001";
    logger.error(new Error(`Fintoc refused: ${secrets}, holder 41614850-3`));
    logger.error(errorFields(new Error("wrapped", { cause: new Error(secrets) })), "failed");
    logger.warn({ holderId: "416148503", password: "jonsnow" }, "saved %s for %o", secrets, {
      rut: "41.614.850-3",
    });
    logger.info(`payload ${JSON.stringify({ holder_id: "41614850-3", key: "sk_live_abc" })}`);
    const text = JSON.stringify(entries());
    expect(entries()).toHaveLength(4);
    expect(text).not.toMatch(/sk_(test|live)_|whsec_|41\.?614\.?850|jonsnow/);
    expect(entries()[0]).toMatchObject({
      level: "error",
      error: { type: "Error", message: expect.stringContaining("holder ***.*50-3") },
    });
  });
});
