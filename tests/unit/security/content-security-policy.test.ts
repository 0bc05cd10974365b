import { describe, expect, it } from "vitest";
import {
  contentSecurityPolicy,
  fintocHostedOrigins,
  fintocWidgetOrigins,
  type PolicyOptions,
} from "@/lib/security/content-security-policy";

const base: PolicyOptions = {
  nonce: "bm9uY2U=",
  fintocHostedOrigins: ["https://checkout.fintoc.com"],
  fintocWidget: null,
  development: false,
  https: true,
};

function directives(policy: string): Record<string, string> {
  return Object.fromEntries(
    policy.split("; ").map((part) => {
      const space = part.indexOf(" ");
      return space < 0 ? [part, ""] : [part.slice(0, space), part.slice(space + 1)];
    }),
  );
}

describe("contentSecurityPolicy", () => {
  it("allows only the store's own origin, its nonced scripts and Fintoc's hosted page as a form target", () => {
    expect(directives(contentSecurityPolicy(base))).toEqual({
      "default-src": "'self'",
      "script-src": "'self' 'nonce-bm9uY2U=' 'strict-dynamic'",
      "style-src": "'self' 'unsafe-inline'",
      "img-src": "'self' data: blob:",
      "font-src": "'self'",
      "connect-src": "'self'",
      "frame-src": "'none'",
      "form-action": "'self' https://checkout.fintoc.com",
      "object-src": "'none'",
      "base-uri": "'self'",
      "frame-ancestors": "'none'",
      "upgrade-insecure-requests": "",
    });
  });

  it("lets a cached page's inline scripts run without a nonce", () => {
    expect(directives(contentSecurityPolicy({ ...base, nonce: null }))["script-src"]).toBe(
      "'self' 'unsafe-inline'",
    );
  });

  it("adds what `next dev` needs only in development", () => {
    const dev = directives(contentSecurityPolicy({ ...base, development: true }));
    expect(dev["script-src"]).toContain("'unsafe-eval'");
    expect(dev["connect-src"]).toBe("'self' ws:");
  });

  it("does not upgrade requests over plain HTTP (local development, the tests)", () => {
    expect(contentSecurityPolicy({ ...base, https: false })).not.toContain(
      "upgrade-insecure-requests",
    );
  });
});

describe("the embedded widget's origins", () => {
  it("adds exactly the widget's script and frame origins, and nothing else", () => {
    const withWidget = directives(
      contentSecurityPolicy({ ...base, fintocWidget: fintocWidgetOrigins(undefined) }),
    );
    const without = directives(contentSecurityPolicy(base));
    expect(withWidget["script-src"]).toBe(
      "'self' 'nonce-bm9uY2U=' 'strict-dynamic' https://js.fintoc.com",
    );
    // 'none' gives way to the frame's origins, and no wildcard such as https://*.fintoc.com.
    expect(withWidget["frame-src"]).toBe("https://webview.fintoc.com https://wizard.fintoc.com");
    const changed = Object.keys(withWidget).filter((name) => withWidget[name] !== without[name]);
    expect(changed.sort()).toEqual(["frame-src", "script-src"]);
    expect(withWidget["connect-src"]).toBe("'self'");
    expect(withWidget["form-action"]).toBe(without["form-action"]);
  });

  it("takes the emulator's origin for both when its script is configured", () => {
    expect(fintocWidgetOrigins("http://localhost:4110/widget/v1")).toEqual({
      script: ["http://localhost:4110"],
      frame: ["http://localhost:4110"],
    });
    expect(fintocWidgetOrigins("https://js.fintoc.com/v1")).toEqual(fintocWidgetOrigins(undefined));
  });

  it("has no widget at all without a public key", () => {
    const policy = directives(contentSecurityPolicy(base));
    expect(policy["frame-src"]).toBe("'none'");
    expect(policy["script-src"]).not.toContain("fintoc");
  });
});

describe("fintocHostedOrigins", () => {
  it("names Fintoc's hosted page hosts for Fintoc's API, and the emulator's own origin otherwise", () => {
    expect(fintocHostedOrigins("https://api.fintoc.com")).toEqual([
      "https://checkout.fintoc.com",
      "https://pay.fintoc.com",
    ]);
    expect(fintocHostedOrigins("http://localhost:4010/")).toEqual(["http://localhost:4010"]);
  });
});
