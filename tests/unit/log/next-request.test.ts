import { beforeEach, describe, expect, it, vi } from "vitest";
import { inRequestContext } from "@/lib/log/next-request";
import { currentRequestId, withRequestId } from "@/lib/log/request-context";

// Server actions enter their request's context from the id proxy.ts put on the request.
const incoming = vi.hoisted(() => ({ headers: new Headers() as Headers | null }));
vi.mock("next/headers", () => ({
  headers: async () => {
    if (!incoming.headers) throw new Error("`headers` was called outside a request scope");
    return incoming.headers;
  },
}));

beforeEach(() => {
  incoming.headers = new Headers();
});

describe("a server action's request id", () => {
  it("is the one proxy.ts put on the request", async () => {
    incoming.headers = new Headers({ "x-request-id": "0b7c3f7e-proxy-made" });
    expect(await inRequestContext(async () => currentRequestId())).toBe("0b7c3f7e-proxy-made");
  });

  it("is a new one outside a request, and the caller's own when there already is one", async () => {
    incoming.headers = null;
    expect(await inRequestContext(async () => currentRequestId())).toMatch(/^[0-9a-f-]{36}$/);
    const nested = await withRequestId("route-00000001", () =>
      inRequestContext(async () => currentRequestId()),
    );
    expect(nested).toBe("route-00000001");
  });
});
