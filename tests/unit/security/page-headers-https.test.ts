import { expect, it, vi } from "vitest";

// lib/env.ts reads process.env once: this file's store is served over https, with Fintoc's API.
vi.hoisted(() => {
  Object.assign(process.env, {
    DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/shop",
    FINTOC_SECRET_KEY: "sk_live_page_headers",
    FINTOC_WEBHOOK_SECRET: "whsec_live_0123456789abcdef",
    AUTH_SECRET: "x".repeat(32),
    APP_URL: "https://tienda.example",
    FINTOC_API_BASE_URL: "https://api.fintoc.com",
    NEXT_PUBLIC_FINTOC_PUBLIC_KEY: "pk_live_page_headers",
    SMTP_URL: "smtps://apikey:secret@smtp.example.com:465",
  });
});

const { pageSecurityHeaders } = await import("@/lib/security/page-headers");

it("adds HSTS and upgrades insecure requests when APP_URL is https, and lets forms reach Fintoc's hosted page", () => {
  const headers = new Map(pageSecurityHeaders("bm9uY2U="));
  expect(headers.get("Strict-Transport-Security")).toBe("max-age=63072000; includeSubDomains");
  const policy = headers.get("Content-Security-Policy") ?? "";
  expect(policy).toContain("upgrade-insecure-requests");
  expect(policy).toContain("form-action 'self' https://checkout.fintoc.com https://pay.fintoc.com");
  expect(policy).toContain("'nonce-bm9uY2U='");
});

it("allows Fintoc's widget script and frame, by origin, once a public key is set", () => {
  const policy = new Map(pageSecurityHeaders("bm9uY2U=")).get("Content-Security-Policy");
  expect(policy).toContain(
    "script-src 'self' 'nonce-bm9uY2U=' 'strict-dynamic' https://js.fintoc.com;",
  );
  expect(policy).toContain("frame-src https://webview.fintoc.com https://wizard.fintoc.com;");
  expect(policy).not.toContain("*.fintoc.com");
});
