// Fixed values for test runs: nothing here is a real secret, and a developer's own Fintoc
// keys in the shell never reach a test. The e2e servers use ports apart from `npm run dev`'s
// (3000, 4010) so both can run at once; TEST_PORT_OFFSET moves them (and the reliability
// suite's), for two checkouts testing side by side.

// The name the emulated hosted page shows as the merchant.
export const STORE_NAME = "Tienda Andina";

export const TEST_PORT_OFFSET = Number(process.env.TEST_PORT_OFFSET ?? 0);
export const E2E_APP_PORT = 3100 + TEST_PORT_OFFSET;
export const E2E_EMULATOR_PORT = 4110 + TEST_PORT_OFFSET;
export const E2E_APP_URL = `http://localhost:${E2E_APP_PORT}`;
export const E2E_EMULATOR_URL = `http://localhost:${E2E_EMULATOR_PORT}`;
// The mail catcher e2e sends the store's emails to, and reads them back from (its HTTP API).
export const E2E_SMTP_PORT = 1125 + TEST_PORT_OFFSET;
export const E2E_MAIL_WEB_URL = `http://127.0.0.1:${1180 + TEST_PORT_OFFSET}`;

export const TEST_SECRETS = {
  FINTOC_SECRET_KEY: "sk_test_storefront_suite",
  FINTOC_WEBHOOK_SECRET: "whsec_test_storefront_suite_0001",
  AUTH_SECRET: "storefront-test-suite-auth-secret-not-for-production",
} as const;

// The storefront's environment under test (lib/env.ts reads it).
export function storefrontTestEnv(databaseUrl: string): Record<string, string> {
  return {
    ...TEST_SECRETS,
    DATABASE_URL: databaseUrl,
    FINTOC_API_BASE_URL: E2E_EMULATOR_URL,
    APP_URL: E2E_APP_URL,
    SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`,
    NEXT_TELEMETRY_DISABLED: "1",
  };
}

// The emulator as e2e runs it: webhooks to the storefront under test, signed with the
// storefront's secret, and retry delays shrunk a hundredfold.
export function emulatorTestEnv(dataDir: string): Record<string, string> {
  return {
    FINTOC_EMULATOR_PORT: String(E2E_EMULATOR_PORT),
    FINTOC_EMULATOR_DATA_DIR: dataDir,
    FINTOC_EMULATOR_WEBHOOK_URLS: `${E2E_APP_URL}/api/webhooks/fintoc`,
    FINTOC_EMULATOR_WEBHOOK_SECRET: TEST_SECRETS.FINTOC_WEBHOOK_SECRET,
    FINTOC_EMULATOR_TIME_SCALE: "0.01",
    FINTOC_EMULATOR_MERCHANT_NAME: STORE_NAME,
  };
}
