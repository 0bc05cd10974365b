import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";

const valid = {
  DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/shop",
  FINTOC_SECRET_KEY: "sk_test_abc123",
  FINTOC_WEBHOOK_SECRET: "whsec_test_0123456789abcdef",
  AUTH_SECRET: "x".repeat(32),
};

function problemsOf(source: Record<string, string | undefined>): string[] {
  try {
    parseEnv(source);
    return [];
  } catch (error) {
    if (error instanceof EnvError) return error.problems;
    throw error;
  }
}

describe("parseEnv", () => {
  it("fills development defaults for the emulator and the API version", () => {
    expect(parseEnv(valid)).toMatchObject({
      APP_URL: "http://localhost:3000",
      FINTOC_API_BASE_URL: "http://localhost:4010",
      FINTOC_API_VERSION: "2026-02-01",
      FINTOC_WEBHOOK_SECRET: ["whsec_test_0123456789abcdef"],
    });
  });

  it("names every missing variable at once", () => {
    expect(problemsOf({})).toEqual([
      "DATABASE_URL is required but not set",
      "FINTOC_SECRET_KEY is required but not set",
      "FINTOC_WEBHOOK_SECRET is required but not set",
      "AUTH_SECRET is required but not set",
    ]);
  });

  it("explains what is wrong with an invalid value", () => {
    const problems = problemsOf({
      ...valid,
      DATABASE_URL: "mysql://x",
      FINTOC_SECRET_KEY: "Bearer sk_test_1",
      AUTH_SECRET: "short",
    });
    expect(problems).toEqual([
      "DATABASE_URL must be a postgresql:// URL",
      "FINTOC_SECRET_KEY must be a Fintoc secret key (sk_test_… or sk_live_…)",
      "AUTH_SECRET needs at least 32 characters",
    ]);
  });

  it("accepts several webhook secrets for rotation, trimming spaces and a trailing newline", () => {
    const env = parseEnv({
      ...valid,
      FINTOC_WEBHOOK_SECRET: "whsec_test_old_0123456789, whsec_test_new_0123456789\n",
    });
    expect(env.FINTOC_WEBHOOK_SECRET).toEqual([
      "whsec_test_old_0123456789",
      "whsec_test_new_0123456789",
    ]);
  });

  it("refuses an empty webhook secret list rather than accepting unsigned events", () => {
    expect(problemsOf({ ...valid, FINTOC_WEBHOOK_SECRET: " , " })[0]).toMatch(
      /^FINTOC_WEBHOOK_SECRET/,
    );
  });

  it("trusts no proxy and limits calls to Fintoc and sign-ups by default; each is configurable", () => {
    expect(parseEnv(valid)).toMatchObject({
      TRUSTED_PROXY_HOPS: 0,
      RATE_LIMIT_FINTOC_PER_SHOPPER: 10,
      RATE_LIMIT_FINTOC_PER_ADDRESS: 30,
      RATE_LIMIT_FINTOC_WINDOW_SECONDS: 600,
      RATE_LIMIT_SIGN_UPS_PER_ADDRESS: 10,
    });
    expect(parseEnv({ ...valid, TRUSTED_PROXY_HOPS: "2" }).TRUSTED_PROXY_HOPS).toBe(2);
    expect(
      problemsOf({ ...valid, TRUSTED_PROXY_HOPS: "one", RATE_LIMIT_FINTOC_PER_SHOPPER: "0" }),
    ).toEqual([
      "TRUSTED_PROXY_HOPS must be a whole number",
      "RATE_LIMIT_FINTOC_PER_SHOPPER must be at least 1",
    ]);
  });
});

describe("DATABASE_POOL_SIZE", () => {
  it("is 10 connections per instance unless set", () => {
    expect(parseEnv(valid).DATABASE_POOL_SIZE).toBe(10);
    expect(parseEnv({ ...valid, DATABASE_POOL_SIZE: "2" }).DATABASE_POOL_SIZE).toBe(2);
  });

  it("refuses what is not a whole number of connections from 1 to 100", () => {
    expect(problemsOf({ ...valid, DATABASE_POOL_SIZE: "0" })).toEqual([
      "DATABASE_POOL_SIZE must be at least 1",
    ]);
    expect(problemsOf({ ...valid, DATABASE_POOL_SIZE: "500" })).toEqual([
      "DATABASE_POOL_SIZE must be at most 100",
    ]);
    expect(problemsOf({ ...valid, DATABASE_POOL_SIZE: "ten" })).toEqual([
      "DATABASE_POOL_SIZE must be a whole number",
    ]);
    expect(problemsOf({ ...valid, DATABASE_POOL_SIZE: "2.5" })).toEqual([
      "DATABASE_POOL_SIZE must be a whole number",
    ]);
  });

  describe("the widget's public variables", () => {
    it("are optional, and taken when they are a public key and an http(s) script URL", () => {
      expect(parseEnv(valid).NEXT_PUBLIC_FINTOC_PUBLIC_KEY).toBeUndefined();
      expect(
        parseEnv({
          ...valid,
          NEXT_PUBLIC_FINTOC_PUBLIC_KEY: "pk_test_abc",
          NEXT_PUBLIC_FINTOC_JS_URL: "http://localhost:4010/widget/v1",
        }),
      ).toMatchObject({
        NEXT_PUBLIC_FINTOC_PUBLIC_KEY: "pk_test_abc",
        NEXT_PUBLIC_FINTOC_JS_URL: "http://localhost:4010/widget/v1",
      });
    });

    it("refuse the secret key as the public key, and a key of the other mode", () => {
      expect(problemsOf({ ...valid, NEXT_PUBLIC_FINTOC_PUBLIC_KEY: "sk_test_abc123" })).toEqual([
        "NEXT_PUBLIC_FINTOC_PUBLIC_KEY must be a Fintoc public key (pk_test_… or pk_live_…)",
      ]);
      expect(problemsOf({ ...valid, NEXT_PUBLIC_FINTOC_PUBLIC_KEY: "pk_live_abc" })).toEqual([
        "NEXT_PUBLIC_FINTOC_PUBLIC_KEY must be of the same mode as FINTOC_SECRET_KEY (pk_test_ with sk_test_, pk_live_ with sk_live_)",
      ]);
    });

    it("refuse a script URL that is not http(s), and the emulator's script against Fintoc's API", () => {
      expect(
        problemsOf({ ...valid, NEXT_PUBLIC_FINTOC_JS_URL: "javascript:alert(1)" }),
      ).toHaveLength(1);
      expect(
        problemsOf({
          ...valid,
          FINTOC_API_BASE_URL: "https://api.fintoc.com",
          SMTP_URL: "smtps://apikey:secret@smtp.example.com:465",
          NEXT_PUBLIC_FINTOC_JS_URL: "http://localhost:4010/widget/v1",
        }),
      ).toEqual([
        "NEXT_PUBLIC_FINTOC_JS_URL must be unset (Fintoc's own script) when FINTOC_API_BASE_URL is Fintoc's API",
      ]);
    });
  });

  it("requires a mail server against Fintoc's own API, and not against the emulator", () => {
    expect(problemsOf({ ...valid, FINTOC_API_BASE_URL: "https://api.fintoc.com" })).toEqual([
      "SMTP_URL is required when FINTOC_API_BASE_URL is Fintoc's API: without it no email reaches a shopper",
    ]);
    expect(
      problemsOf({
        ...valid,
        FINTOC_API_BASE_URL: "https://api.fintoc.com",
        SMTP_URL: "smtp://user:pass@smtp.example.com:587",
      }),
    ).toEqual([]);
    expect(problemsOf(valid)).toEqual([]);
  });
});
