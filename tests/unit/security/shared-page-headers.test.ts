import { describe, expect, it } from "vitest";
import { fintocWidgetOrigins } from "@/lib/security/content-security-policy";
import {
  sharedPageHeaders,
  sharedPagesBuildMismatch,
  sharedPagesWidgetMismatch,
} from "@/lib/security/shared-page-headers";

const policyOf = (headers: { key: string; value: string }[]) =>
  headers.find((header) => header.key === "Content-Security-Policy")?.value ?? "";

describe("the shared cached pages' headers, fixed at build time", () => {
  it("allow inline scripts (no nonce can be shared) and forms to our own origin only", () => {
    const headers = sharedPageHeaders({ https: false, development: false, fintocWidget: null });
    const policy = policyOf(headers);
    expect(policy).toContain("script-src 'self' 'unsafe-inline'");
    expect(policy).not.toContain("nonce-");
    expect(policy).toContain("form-action 'self';");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain("upgrade-insecure-requests");
    expect(headers.map((header) => header.key)).toEqual(["Content-Security-Policy"]);
  });

  it("add HSTS and upgrade-insecure-requests for an https build", () => {
    const headers = sharedPageHeaders({ https: true, development: false, fintocWidget: null });
    expect(policyOf(headers)).toContain("upgrade-insecure-requests");
    expect(headers).toContainEqual({
      key: "Strict-Transport-Security",
      value: "max-age=63072000; includeSubDomains",
    });
  });

  it("let next dev evaluate its own code", () => {
    expect(
      policyOf(sharedPageHeaders({ https: false, development: true, fintocWidget: null })),
    ).toContain("'unsafe-eval'");
  });
});

describe("the check at start", () => {
  it("speaks up only when an https store runs a build made without https", () => {
    expect(sharedPagesBuildMismatch("https://tienda.example", false)).toMatch(
      /^APP_URL is https, but this build was made without it .* Run `next build` with the production APP_URL\.$/,
    );
    expect(sharedPagesBuildMismatch("https://tienda.example", true)).toBeNull();
    expect(sharedPagesBuildMismatch("http://localhost:3000", false)).toBeNull();
    expect(sharedPagesBuildMismatch("http://localhost:3000", true)).toBeNull();
  });
});

describe("the widget on the shared pages", () => {
  const emulator = fintocWidgetOrigins("http://localhost:4010/widget/v1");

  it("allow the widget's origins the build saw, since the checkout may be reached from them without a new document", () => {
    const policy = policyOf(
      sharedPageHeaders({ https: false, development: false, fintocWidget: emulator }),
    );
    expect(policy).toContain("script-src 'self' 'unsafe-inline' http://localhost:4010;");
    expect(policy).toContain("frame-src http://localhost:4010;");
    expect(
      policyOf(sharedPageHeaders({ https: false, development: false, fintocWidget: null })),
    ).toContain("frame-src 'none';");
  });

  it("the check at start speaks up when the server's widget origins are not the build's", () => {
    expect(sharedPagesWidgetMismatch(emulator, emulator)).toBeNull();
    expect(sharedPagesWidgetMismatch(null, null)).toBeNull();
    expect(sharedPagesWidgetMismatch(fintocWidgetOrigins(undefined), emulator)).toMatch(
      /Run `next build` with the production NEXT_PUBLIC_FINTOC_\* variables\.$/,
    );
    expect(sharedPagesWidgetMismatch(emulator, null)).not.toBeNull();
  });
});
