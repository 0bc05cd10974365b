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
