import { z } from "zod";

// The emulator's only reader of process.env (the storefront has lib/env.ts; the two share
// nothing, so pointing the storefront at real Fintoc changes its env and nothing else).

const trimmed = z.string().trim();

const urlList = trimmed
  .transform((value) =>
    value
      .split(",")
      .map((url) => url.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.url({ protocol: /^https?$/, error: "must list http(s) URLs" })));

const schema = z
  .object({
    FINTOC_EMULATOR_PORT: z.coerce.number().int().min(0).max(65535).default(4010),
    FINTOC_EMULATOR_PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
    FINTOC_EMULATOR_DATA_DIR: trimmed.min(1).default(".data/emulator"),
    FINTOC_EMULATOR_WEBHOOK_URLS: urlList.default([]),
    // Trimmed because a trailing newline in a secret is the most common cause of signatures
    // that "never verify".
    FINTOC_EMULATOR_WEBHOOK_SECRET: trimmed.min(16, "needs at least 16 characters").optional(),
    FINTOC_EMULATOR_TIME_SCALE: z.coerce.number().positive().default(1),
    FINTOC_EMULATOR_MERCHANT_NAME: trimmed.min(1).default("Comercio de prueba"),
    FINTOC_EMULATOR_SECRET_KEY: trimmed
      .regex(/^sk_(test|live)_[A-Za-z0-9_-]+$/, "must be a secret key (sk_test_… or sk_live_…)")
      .optional(),
    FINTOC_EMULATOR_DELIVERY_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  })
  .refine(
    (env) => env.FINTOC_EMULATOR_WEBHOOK_URLS.length === 0 || env.FINTOC_EMULATOR_WEBHOOK_SECRET,
    {
      path: ["FINTOC_EMULATOR_WEBHOOK_SECRET"],
      message: "is required when FINTOC_EMULATOR_WEBHOOK_URLS is set",
    },
  );

export interface EmulatorConfig {
  port: number;
  publicUrl: string;
  dataDir: string | null;
  webhookUrls: string[];
  webhookSecret: string | null;
  timeScale: number;
  merchantName: string;
  secretKey: string | null;
  deliveryTimeoutMs: number;
  deliveryConcurrency: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid emulator configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

export function parseConfig(source: Record<string, string | undefined>): EmulatorConfig {
  const result = schema.safeParse(source);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((i) => `${i.path.join(".")} ${i.message}`));
  }
  const env = result.data;
  return {
    port: env.FINTOC_EMULATOR_PORT,
    publicUrl: (
      env.FINTOC_EMULATOR_PUBLIC_URL ?? `http://localhost:${env.FINTOC_EMULATOR_PORT}`
    ).replace(/\/+$/, ""),
    dataDir: env.FINTOC_EMULATOR_DATA_DIR,
    webhookUrls: env.FINTOC_EMULATOR_WEBHOOK_URLS,
    webhookSecret: env.FINTOC_EMULATOR_WEBHOOK_SECRET ?? null,
    timeScale: env.FINTOC_EMULATOR_TIME_SCALE,
    merchantName: env.FINTOC_EMULATOR_MERCHANT_NAME,
    secretKey: env.FINTOC_EMULATOR_SECRET_KEY ?? null,
    deliveryTimeoutMs: env.FINTOC_EMULATOR_DELIVERY_TIMEOUT_MS,
    deliveryConcurrency: 32,
  };
}

const cliSchema = z.object({
  FINTOC_EMULATOR_URL: z.url({ protocol: /^https?$/ }).optional(),
  FINTOC_EMULATOR_PORT: z.coerce.number().int().min(1).max(65535).default(4010),
  FINTOC_EMULATOR_SECRET_KEY: trimmed.default("sk_test_emulator_cli"),
});

// The CLI talks to a running emulator: FINTOC_EMULATOR_URL, else localhost on its port.
export function parseCliConfig(source: Record<string, string | undefined>): {
  baseUrl: string;
  secretKey: string;
} {
  const env = cliSchema.parse(source);
  const baseUrl = (
    env.FINTOC_EMULATOR_URL ?? `http://localhost:${env.FINTOC_EMULATOR_PORT}`
  ).replace(/\/+$/, "");
  return { baseUrl, secretKey: env.FINTOC_EMULATOR_SECRET_KEY };
}
