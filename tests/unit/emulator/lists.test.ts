import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PUBLIC_URL, startEmulator, type TestEmulator } from "./support";

let emulator: TestEmulator;
let ids: string[]; // newest first

beforeAll(async () => {
  emulator = startEmulator();
  const created: string[] = [];
  for (let i = 0; i < 35; i++) {
    const response = await emulator.api("POST", "/v2/customers", { email: `c${i}@example.com` });
    created.push((await response.json()).id);
  }
  ids = created.reverse();
});
afterAll(() => emulator.close());

const list = async (query = "") => {
  const response = await emulator.api("GET", `/v2/customers${query}`);
  return {
    response,
    body: (await response.json()) as Array<{ id: string }>,
    link: response.headers.get("link"),
  };
};

describe("v2 lists", () => {
  it("return a bare array, newest first, 30 by default, with an absolute next link", async () => {
    const { response, body, link } = await list();
    expect(response.status).toBe(200);
    expect(Array.isArray(body)).toBe(true);
    expect(body.map((c) => c.id)).toEqual(ids.slice(0, 30));
    expect(link).toBe(`<${PUBLIC_URL}/v2/customers?starting_after=${ids[29]}>; rel="next"`);
  });

  it("follow the next link to the last page, whose Link header is empty", async () => {
    const first = await list("?limit=20");
    const next = new URL(/<(.*)>/.exec(first.link ?? "")?.[1] ?? "");
    expect(next.searchParams.get("limit")).toBe("20");
    const second = await list(next.search);
    expect(second.body.map((c) => c.id)).toEqual(ids.slice(20));
    expect(second.link).toBe("");
  });

  it("page backwards with ending_before", async () => {
    const { body, link } = await list(`?limit=5&ending_before=${ids[10]}`);
    expect(body.map((c) => c.id)).toEqual(ids.slice(5, 10));
    expect(link).toBe(`<${PUBLIC_URL}/v2/customers?limit=5&ending_before=${ids[5]}>; rel="next"`);
    const top = await list(`?limit=5&ending_before=${ids[3]}`);
    expect(top.body.map((c) => c.id)).toEqual(ids.slice(0, 3));
    expect(top.link).toBe("");
  });

  it("validate limit and cursors", async () => {
    for (const query of [
      "?limit=0",
      "?limit=301",
      "?limit=abc",
      "?starting_after=cus_nope",
      `?starting_after=${ids[0]}&ending_before=${ids[2]}`,
    ]) {
      const { response, body } = await list(query);
      expect(response.status, query).toBe(400);
      expect((body as unknown as { error: { type: string } }).error.type).toBe(
        "invalid_request_error",
      );
    }
    expect((await list("?limit=300")).body).toHaveLength(35);
  });

  it("work the same on every list endpoint", async () => {
    for (const path of [
      "/v2/checkout_sessions",
      "/v2/payment_intents",
      "/v2/payment_methods",
      "/v1/webhook_endpoints",
    ]) {
      const response = await emulator.api("GET", `${path}?limit=2`);
      expect(response.status, path).toBe(200);
      expect(await response.json()).toEqual([]);
      expect(response.headers.get("link")).toBe("");
    }
  });
});
