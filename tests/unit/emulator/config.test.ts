import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig, parseCliConfig } from "@/emulator/config";

describe("emulator configuration", () => {
  it("has working defaults", () => {
    const config = parseConfig({});
    expect(config).toMatchObject({
      port: 4010,
      publicUrl: "http://localhost:4010",
      dataDir: ".data/emulator",
      webhookUrls: [],
      webhookSecret: null,
      timeScale: 1,
      secretKey: null,
      deliveryTimeoutMs: 10_000,
    });
  });

  it("derives the public URL from the port and trims a trailing slash", () => {
    expect(parseConfig({ FINTOC_EMULATOR_PORT: "4110" }).publicUrl).toBe("http://localhost:4110");
    expect(parseConfig({ FINTOC_EMULATOR_PUBLIC_URL: "http://fintoc.local:8080/" }).publicUrl).toBe(
      "http://fintoc.local:8080",
    );
  });

  it("reads the webhook URL list and trims the shared secret", () => {
    const config = parseConfig({
      FINTOC_EMULATOR_WEBHOOK_URLS:
        " http://localhost:3000/api/webhooks/fintoc , http://localhost:3100/x ",
      FINTOC_EMULATOR_WEBHOOK_SECRET: "whsec_test_shared_secret_123\n",
      FINTOC_EMULATOR_TIME_SCALE: "0.001",
    });
    expect(config.webhookUrls).toEqual([
      "http://localhost:3000/api/webhooks/fintoc",
      "http://localhost:3100/x",
    ]);
    expect(config.webhookSecret).toBe("whsec_test_shared_secret_123");
    expect(config.timeScale).toBe(0.001);
  });

  it("names every problem at once", () => {
    const attempt = () =>
      parseConfig({
        FINTOC_EMULATOR_PORT: "http",
        FINTOC_EMULATOR_WEBHOOK_URLS: "http://localhost:3000/hook",
        FINTOC_EMULATOR_TIME_SCALE: "-1",
        FINTOC_EMULATOR_SECRET_KEY: "Bearer sk_test_x",
      });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const problems = (error as ConfigError).problems.join("\n");
      expect(problems).toContain("FINTOC_EMULATOR_PORT");
      expect(problems).toContain("FINTOC_EMULATOR_TIME_SCALE");
      expect(problems).toContain("FINTOC_EMULATOR_SECRET_KEY");
    }
    expect(() =>
      parseConfig({ FINTOC_EMULATOR_WEBHOOK_URLS: "http://localhost:3000/hook" }),
    ).toThrow(/FINTOC_EMULATOR_WEBHOOK_SECRET is required/);
    expect(() =>
      parseConfig({
        FINTOC_EMULATOR_WEBHOOK_URLS: "ftp://x",
        FINTOC_EMULATOR_WEBHOOK_SECRET: "s".repeat(20),
      }),
    ).toThrow(ConfigError);
  });

  it("points the CLI at the running emulator", () => {
    expect(parseCliConfig({}).baseUrl).toBe("http://localhost:4010");
    expect(parseCliConfig({ FINTOC_EMULATOR_PORT: "4110" }).baseUrl).toBe("http://localhost:4110");
    expect(parseCliConfig({ FINTOC_EMULATOR_URL: "http://127.0.0.1:9/" }).baseUrl).toBe(
      "http://127.0.0.1:9",
    );
  });
});
