import { expect, test as base, type Browser, type BrowserContext } from "@playwright/test";

// The specs' `test`: Playwright's, plus a watch on every page for Content-Security-Policy
// violations (the policy is built in lib/security/content-security-policy.ts). A page that
// loads or runs anything the policy refuses fails the test that visited it. Two ears: the
// page's `securitypolicyviolation` event (with JavaScript), and the browser's own console
// report, which also covers pages opened with JavaScript off.

export type { Locator, Page } from "@playwright/test";

type Violations = string[];

async function watch(context: BrowserContext, violations: Violations): Promise<void> {
  await context.exposeBinding("__reportCspViolation", (_source, report: string) => {
    violations.push(report);
  });
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = `${event.violatedDirective} refused ${event.blockedURI || "inline"} on ${document.location.pathname}`;
      (window as unknown as { __reportCspViolation(r: string): void }).__reportCspViolation(report);
    });
  });
  context.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text()))
      violations.push(`console: ${message.text()}`);
  });
}

// A client address of its own (in the benchmarking range, 198.18.0.0/15) for each test and each
// context it opens, which the e2e storefront takes from X-Forwarded-For (playwright.config.ts).
function ownAddress(): string {
  const octet = () => Math.floor(Math.random() * 254) + 1;
  return `198.19.${octet()}.${octet()}`;
}

export const test = base.extend<{ cspViolations: Violations }>({
  extraHTTPHeaders: async ({}, provide) => {
    await provide({ "x-forwarded-for": ownAddress() });
  },
  cspViolations: [
    async ({ context, browser }, provide) => {
      const violations: Violations = [];
      await watch(context, violations);
      // Contexts a test opens itself (a second shopper, say) are watched as well.
      const newContext = browser.newContext.bind(browser);
      const patched = browser as Browser & { newContext: Browser["newContext"] };
      patched.newContext = async (options) => {
        const created = await newContext({
          ...options,
          extraHTTPHeaders: { "x-forwarded-for": ownAddress(), ...options?.extraHTTPHeaders },
        });
        await watch(created, violations);
        return created;
      };
      await provide(violations);
      patched.newContext = newContext;
      expect(violations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
