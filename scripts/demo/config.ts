import { TEST_PUBLIC_KEY, TEST_SECRETS } from "../test/test-env";

// The demo's own ports, apart from `npm run dev` (3000, 4010), e2e (3100, 4110) and the
// reliability suite (3500-3501, 4500), so it can be recorded while any of those runs.
export const DEMO_APP_PORT = 3700;
export const DEMO_EMULATOR_PORT = 4700;
export const DEMO_APP_URL = `http://localhost:${DEMO_APP_PORT}`;
export const DEMO_EMULATOR_URL = `http://localhost:${DEMO_EMULATOR_PORT}`;

export function demoStorefrontEnv(databaseUrl: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ...TEST_SECRETS,
    DATABASE_URL: databaseUrl,
    APP_URL: DEMO_APP_URL,
    FINTOC_API_BASE_URL: DEMO_EMULATOR_URL,
    // "Pagar aquí" (journey 3): the emulator's widget.
    NEXT_PUBLIC_FINTOC_PUBLIC_KEY: TEST_PUBLIC_KEY,
    NEXT_PUBLIC_FINTOC_JS_URL: `${DEMO_EMULATOR_URL}/widget/v1`,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
  };
}

export function demoEmulatorEnv(dataDir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    FINTOC_EMULATOR_PORT: String(DEMO_EMULATOR_PORT),
    FINTOC_EMULATOR_DATA_DIR: dataDir,
    FINTOC_EMULATOR_WEBHOOK_URLS: `${DEMO_APP_URL}/api/webhooks/fintoc`,
    FINTOC_EMULATOR_WEBHOOK_SECRET: TEST_SECRETS.FINTOC_WEBHOOK_SECRET,
    FINTOC_EMULATOR_MERCHANT_NAME: "Tienda Andina",
  };
}
