import { STORE_NAME } from "../test/test-env";
import { DEV_MAIL_PORTS, mailCatcherSmtpUrl } from "../lib/mail-catcher";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";

// The development configuration, so that `npm run dev` needs no .env: secrets are generated on
// the first run and kept in .data/ (git-ignored), so sign-in sessions survive restarts and the
// emulator and the storefront share one webhook secret that nobody pastes anywhere. A variable
// set in the environment always wins.

export const APP_PORT = 3000;
export const EMULATOR_PORT = 4010;
const SECRETS_FILE = resolve(".data/dev-secrets.json");

interface DevSecrets {
  AUTH_SECRET: string;
  FINTOC_SECRET_KEY: string;
  FINTOC_WEBHOOK_SECRET: string;
}

function generate(): DevSecrets {
  const token = (bytes: number) => randomBytes(bytes).toString("base64url");
  return {
    AUTH_SECRET: token(32),
    // The emulator accepts any well-formed test key.
    FINTOC_SECRET_KEY: `sk_test_${token(18)}`,
    FINTOC_WEBHOOK_SECRET: `whsec_test_${token(24)}`,
  };
}

function devSecrets(): DevSecrets {
  const stored = existsSync(SECRETS_FILE)
    ? (JSON.parse(readFileSync(SECRETS_FILE, "utf8")) as Partial<DevSecrets>)
    : {};
  const secrets = { ...generate(), ...stored };
  if (Object.keys(stored).length < Object.keys(secrets).length) {
    mkdirSync(dirname(SECRETS_FILE), { recursive: true });
    writeFileSync(SECRETS_FILE, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  }
  return secrets;
}

export interface DevEnv {
  storefront: NodeJS.ProcessEnv;
  // Null when FINTOC_API_BASE_URL points elsewhere (real Fintoc): no emulator is started.
  emulator: NodeJS.ProcessEnv | null;
  // False when SMTP_URL points elsewhere: no mail catcher is started.
  mailCatcher: boolean;
}

export function devEnv(databaseUrl: string, source: NodeJS.ProcessEnv = process.env): DevEnv {
  const secrets = devSecrets();
  const appUrl = source.APP_URL ?? `http://localhost:${APP_PORT}`;
  const webhookSecret = source.FINTOC_WEBHOOK_SECRET ?? secrets.FINTOC_WEBHOOK_SECRET;
  const storefront = {
    ...source,
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    APP_URL: appUrl,
    FINTOC_API_BASE_URL: source.FINTOC_API_BASE_URL ?? `http://localhost:${EMULATOR_PORT}`,
    FINTOC_SECRET_KEY: source.FINTOC_SECRET_KEY ?? secrets.FINTOC_SECRET_KEY,
    FINTOC_WEBHOOK_SECRET: webhookSecret,
    AUTH_SECRET: source.AUTH_SECRET ?? secrets.AUTH_SECRET,
    SMTP_URL: source.SMTP_URL ?? mailCatcherSmtpUrl(DEV_MAIL_PORTS),
  };
  const emulator = source.FINTOC_API_BASE_URL
    ? null
    : {
        ...source,
        FINTOC_EMULATOR_PORT: String(EMULATOR_PORT),
        FINTOC_EMULATOR_DATA_DIR: source.FINTOC_EMULATOR_DATA_DIR ?? ".data/emulator",
        FINTOC_EMULATOR_WEBHOOK_URLS: `${appUrl}/api/webhooks/fintoc`,
        // The storefront accepts a comma-separated list while rotating; the emulator signs with one.
        FINTOC_EMULATOR_WEBHOOK_SECRET: webhookSecret.split(",")[0]?.trim() ?? webhookSecret,
        FINTOC_EMULATOR_MERCHANT_NAME: source.FINTOC_EMULATOR_MERCHANT_NAME ?? STORE_NAME,
      };
  return { storefront, emulator, mailCatcher: !source.SMTP_URL };
}
