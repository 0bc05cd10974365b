import { afterEach, describe, expect, it, vi } from "vitest";
import { log } from "@/lib/log";
import { withRequestId } from "@/lib/log/request-context";

// Under vitest the logger writes its readable form to stdout; what it writes is what is checked.
function captured(work: () => void): string {
  const write = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  work();
  const text = write.mock.calls.map(([chunk]) => String(chunk)).join("");
  write.mockRestore();
  return text;
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
    const text = captured(() => withRequestId("req-00000042", () => log.info("webhook received")));
    expect(text).toContain("webhook received requestId=req-00000042");
  });
});
