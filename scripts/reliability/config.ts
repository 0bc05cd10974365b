import { TEST_PORT_OFFSET, TEST_SECRETS } from "../test/test-env";

// Ports of their own, apart from `npm run dev` (3000, 4010), e2e (3100, 4110) and the demo
// (3700, 4700), so the suite can run while any of those is up.
export const STOREFRONT_PORTS = [3500 + TEST_PORT_OFFSET, 3501 + TEST_PORT_OFFSET] as const;
export const EMULATOR_PORT = 4500 + TEST_PORT_OFFSET;
export const EMULATOR_URL = `http://localhost:${EMULATOR_PORT}`;
// The mail catcher the storefronts' workers send confirmations to (support/emails.ts).
export const MAIL_PORTS = { smtp: 1525 + TEST_PORT_OFFSET, web: 1580 + TEST_PORT_OFFSET };
export const MAIL_INBOX_URL = `http://127.0.0.1:${MAIL_PORTS.web}`;
export const WEBHOOK_PATH = "/api/webhooks/fintoc";
export const SECRETS = TEST_SECRETS;
// Turns on GET /api/cron/reconcile, so that the hostile suite can knock on it.
export const CRON_SECRET = "reliability-cron-secret-0123456789";

// Fintoc's first retry comes 3 s after a failure and doubles from there; at this scale it comes
// after 15 ms, so a fault of a few seconds is retried past within seconds of its end.
export const EMULATOR_TIME_SCALE = 0.005;

export const storefrontUrl = (port: number) => `http://localhost:${port}`;
export const webhookUrl = (port: number) => `${storefrontUrl(port)}${WEBHOOK_PATH}`;

export function ordersPerStorm(source: Record<string, string | undefined> = process.env): number {
  const raw = source.RELIABILITY_ORDERS;
  if (raw === undefined || raw === "") return 500;
  const orders = Number(raw);
  if (!Number.isInteger(orders) || orders < 25 || orders > 20_000) {
    throw new Error(`RELIABILITY_ORDERS must be a whole number from 25 to 20000, got "${raw}".`);
  }
  return orders;
}

// The storefront as production would run it (`next start`), on the suite's database and emulator.
export function storefrontEnv(port: number, databaseUrl: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ...SECRETS,
    CRON_SECRET,
    DATABASE_URL: databaseUrl,
    APP_URL: storefrontUrl(port),
    FINTOC_API_BASE_URL: EMULATOR_URL,
    SMTP_URL: `smtp://127.0.0.1:${MAIL_PORTS.smtp}`,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
  };
}

export function emulatorEnv(webhookUrls: string[], dataDir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    FINTOC_EMULATOR_PORT: String(EMULATOR_PORT),
    FINTOC_EMULATOR_DATA_DIR: dataDir,
    FINTOC_EMULATOR_WEBHOOK_URLS: webhookUrls.join(","),
    FINTOC_EMULATOR_WEBHOOK_SECRET: SECRETS.FINTOC_WEBHOOK_SECRET,
    FINTOC_EMULATOR_SECRET_KEY: SECRETS.FINTOC_SECRET_KEY,
    FINTOC_EMULATOR_TIME_SCALE: String(EMULATOR_TIME_SCALE),
  };
}
