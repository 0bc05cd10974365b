import "server-only";
import { z } from "zod";

// The only module that reads process.env. Parsed once, on first use; instrumentation.ts calls
// it at server start so that a bad configuration stops the server with every problem named.

const secretList = z
  .string()
  .transform((value) =>
    value
      .split(",")
      .map((secret) => secret.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.string().min(16, "each secret needs at least 16 characters")).min(1));

const schema = z.object({
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgresql:// URL" }),
  APP_URL: z.url().default("http://localhost:3000"),
  FINTOC_API_BASE_URL: z.url().default("http://localhost:4010"),
  FINTOC_SECRET_KEY: z
    .string()
    .regex(/^sk_(test|live)_\S+$/, "must be a Fintoc secret key (sk_test_… or sk_live_…)"),
  FINTOC_API_VERSION: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .default("2026-02-01"),
  // Several comma-separated secrets are accepted while an endpoint secret is rotated.
  FINTOC_WEBHOOK_SECRET: secretList,
  AUTH_SECRET: z.string().min(32, "needs at least 32 characters"),
  // Bearer token for GET /api/cron/reconcile; the route is off when it is unset.
  CRON_SECRET: z.string().min(16).optional(),
});

export type Env = z.infer<typeof schema>;

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "EnvError";
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = issue.path.join(".");
    const missing = issue.code === "invalid_type" && source[name] === undefined;
    return missing ? `${name} is required but not set` : `${name} ${issue.message}`;
  });
  throw new EnvError(problems);
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
