import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "./support/test";
import { TEST_PUBLIC_KEY, TEST_SECRETS } from "../../scripts/test/test-env";
import { addProductToCart, coffee } from "./support/shopper";

// The e2e run builds the app with the test secrets in its environment, so a secret that leaked
// into client code (a NEXT_PUBLIC_ prefix, a server module imported by a client component)
// would be inlined into these files. Only .next/static is served to browsers.

function filesUnder(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

test("no secret reaches the browser's JavaScript", () => {
  const chunks = filesUnder(join(process.cwd(), ".next", "static")).filter((file) =>
    file.endsWith(".js"),
  );
  expect(chunks.length).toBeGreaterThan(5);
  const forbidden = [
    ...Object.values(TEST_SECRETS),
    "FINTOC_SECRET_KEY",
    "FINTOC_WEBHOOK_SECRET",
    "AUTH_SECRET",
    "DATABASE_URL",
    "sk_test_",
    "sk_live_",
  ];
  const leaks = chunks.flatMap((file) => {
    const text = readFileSync(file, "utf8");
    return forbidden
      .filter((needle) => text.includes(needle))
      .map((needle) => `${file}: ${needle}`);
  });
  expect(leaks).toEqual([]);
});

test("the checkout page hands the browser the public key for the widget, and no secret", async ({
  page,
}) => {
  await addProductToCart(page, coffee.name, 1);
  const response = await page.goto("/checkout");
  const html = (await response?.text()) ?? "";
  // The widget's public key travels in the page's props (read at request time, not inlined).
  expect(html).toContain(TEST_PUBLIC_KEY);
  for (const secret of [...Object.values(TEST_SECRETS), "sk_test_", "sk_live_"])
    expect(html, secret).not.toContain(secret);
});
