import { E2E_APP_URL, E2E_EMULATOR_URL } from "../../scripts/test/test-env";
import { newPerson, signUp } from "./support/accounts";
import { addProductToCart, checkoutToHostedPage, coffee } from "./support/shopper";
import { expect, test } from "./support/test";

// The headers of real responses from the production build (lib/security, proxy.ts,
// next.config.ts), and of the emulator's hosted page. The suite's `test` also fails any page
// that logs a policy violation (support/test.ts), so the policies below are the ones the store
// actually lives with.

const everywhere = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-frame-options": "DENY",
  "permissions-policy": "camera=(), microphone=(), geolocation=()",
};

function directives(policy: string | undefined): Map<string, string[]> {
  expect(policy, "a Content-Security-Policy header").toBeTruthy();
  return new Map(
    (policy ?? "").split(";").map((part) => {
      const [name = "", ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

test("every kind of response carries the basic security headers", async ({ request }) => {
  const product = await request.get("/products/cafe-de-grano-tostado");
  for (const path of [
    "/",
    "/checkout",
    "/sign-in",
    "/api/shopper",
    "/products/cafe-de-grano-tostado.svg",
    "/pagina-que-no-existe",
  ]) {
    const response = await request.get(path);
    expect(response.headers(), path).toMatchObject(everywhere);
  }
  // Over plain HTTP (the test server) no HSTS: it is only sent when APP_URL is https.
  expect(product.headers()["strict-transport-security"]).toBeUndefined();
});

test("a page rendered per request has a policy with a fresh nonce on its scripts", async ({
  request,
}) => {
  const first = await request.get("/checkout");
  const second = await request.get("/checkout");
  const policy = directives(first.headers()["content-security-policy"]);
  const nonce = /^'nonce-([A-Za-z0-9+/=]+)'$/.exec(
    policy.get("script-src")?.find((source) => source.startsWith("'nonce-")) ?? "",
  )?.[1];
  expect(nonce, "a nonce in script-src").toBeTruthy();
  expect(policy.get("script-src")).toContain("'strict-dynamic'");
  expect(second.headers()["content-security-policy"]).not.toContain(nonce);
  const html = await first.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);

  expect(policy.get("default-src")).toEqual(["'self'"]);
  expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  expect(policy.get("object-src")).toEqual(["'none'"]);
  expect(policy.get("base-uri")).toEqual(["'self'"]);
  // Our own origin, and Fintoc's hosted page (here, the emulator's) where a form submitted
  // without JavaScript is redirected.
  expect(policy.get("form-action")).toEqual(["'self'", new URL(E2E_EMULATOR_URL).origin]);
  expect(policy.get("connect-src")).toEqual(["'self'"]);
  expect(policy.get("script-src")).not.toContain("'unsafe-eval'");
  // The widget ("Pagar aquí"): its script's and its frame's origin, here the emulator's, and
  // nothing wider.
  const emulator = new URL(E2E_EMULATOR_URL).origin;
  expect(policy.get("script-src")).toEqual([
    "'self'",
    `'nonce-${nonce}'`,
    "'strict-dynamic'",
    emulator,
  ]);
  expect(policy.get("frame-src")).toEqual([emulator]);
});

test("the cached catalog keeps one copy for everyone, under a policy without a nonce", async ({
  request,
}) => {
  const first = await request.get("/");
  const second = await request.get("/");
  const policy = directives(first.headers()["content-security-policy"]);
  // The widget's origin too: from here the shopper reaches the checkout without a new document.
  const emulator = new URL(E2E_EMULATOR_URL).origin;
  expect(policy.get("script-src")).toEqual(["'self'", "'unsafe-inline'", emulator]);
  expect(policy.get("frame-src")).toEqual([emulator]);
  expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  // Next says where a page came from: still the cache, so the policy costs it nothing.
  expect(second.headers()["x-nextjs-cache"]).toMatch(/HIT|STALE/);
  const product = await request.get("/products/cafe-de-grano-tostado");
  expect(directives(product.headers()["content-security-policy"]).get("script-src")).toEqual([
    "'self'",
    "'unsafe-inline'",
    emulator,
  ]);
  // The build's fixed set (next.config.ts), not the proxy's, which would add Fintoc's hosted
  // page: these pages' forms post to the store only, and serving them runs no code of ours.
  for (const path of ["/", "/?categoria=Vinos&pagina=1", "/products/cafe-de-grano-tostado"]) {
    const shared = await request.get(path);
    expect(shared.status(), path).toBe(200);
    const headers = shared.headers();
    expect(headers["content-security-policy"]?.split(", "), `${path}: one policy`).toHaveLength(1);
    expect(directives(headers["content-security-policy"]).get("form-action"), path).toEqual([
      "'self'",
    ]);
  }
});

test("the not-found page, rendered once at build time, runs under the shared policy", async ({
  page,
}) => {
  const response = await page.goto("/pagina-que-no-existe");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Esta página no existe" })).toBeVisible();
  expect(directives(response?.headers()["content-security-policy"]).get("script-src")).toEqual([
    "'self'",
    "'unsafe-inline'",
    new URL(E2E_EMULATOR_URL).origin,
  ]);
});

test("no other site can frame the store's pages", async ({ page, cspViolations }) => {
  await page.setContent(`<iframe src="${E2E_APP_URL}/sign-in" title="La tienda"></iframe>`);
  await expect
    .poll(() => cspViolations.join("\n"))
    .toMatch(/Framing .* violates .*frame-ancestors 'none'/);
  await expect(page.frameLocator("iframe").getByRole("heading")).toHaveCount(0);
  // The one violation this test is about: the policy did its job.
  cspViolations.length = 0;
});

test("the emulator's hosted page has a policy of its own", async ({ page }) => {
  await addProductToCart(page, coffee.name);
  await checkoutToHostedPage(page);
  const response = await page.request.get(page.url());
  const policy = directives(response.headers()["content-security-policy"]);
  expect(policy.get("script-src")).toEqual(["'none'"]);
  expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  expect(response.headers()).toMatchObject({
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
  });
});

test("the guest-cart and session cookies are HttpOnly, SameSite=Lax, for the whole store", async ({
  page,
}) => {
  const expected = { httpOnly: true, sameSite: "Lax", path: "/", secure: false };
  const named = async (name: string) =>
    (await page.context().cookies()).find((cookie) => cookie.name === name);
  await addProductToCart(page, coffee.name);
  expect(await named("guest_cart")).toMatchObject(expected);
  await signUp(page, newPerson());
  expect(await named("authjs.session-token")).toMatchObject(expected);
});
