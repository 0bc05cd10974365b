import { expect, test } from "./support/test";

// The pipeline itself: the production build serves the seeded catalog from the test database.
test(
  "the catalog page loads and shows a product with its price",
  { tag: "@phone" },
  async ({ page }) => {
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    const product = page.getByRole("main").getByRole("article").first();
    await expect(product).toBeVisible();
    await expect(product.getByText(/^\$\d{1,3}(\.\d{3})+$/)).toBeVisible();
  },
);

// lib/log/request-id.ts: the id on every log line of a request is in its response, a load
// balancer's own kept when it is a plausible id, a new one otherwise. (The shared cached pages,
// /, /catalog/… and /products/…, run no code of ours and log nothing: they carry none.)
test("every per-request page and API answer carries its request id", async ({ request }) => {
  const page = await request.get("/cart", { headers: { "X-Request-Id": "lb-e2e-00000001" } });
  expect(page.headers()["x-request-id"]).toBe("lb-e2e-00000001");
  const forged = await request.get("/sign-in", { headers: { "X-Request-Id": "<b>not an id</b>" } });
  expect(forged.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  const api = await request.get("/api/health");
  expect(api.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
});
