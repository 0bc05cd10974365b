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

// A whole number from the environment, where everything is a string.
function count(min: number, max: number) {
  return z.coerce
    .number({ error: "must be a whole number" })
    .int("must be a whole number")
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);
}

const schema = z.object({
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgresql:// URL" }),
  // Connections each instance may open (docs/deploy.md: instances × this within the server's
  // max_connections; 1 or 2 per function on a serverless host, behind a pooler).
  DATABASE_POOL_SIZE: count(1, 100).default(10),
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
  // How many proxies of ours add to X-Forwarded-For in front of the storefront (lib/limits/
  // client-address.ts); 0 trusts none and takes the socket's address.
  TRUSTED_PROXY_HOPS: count(0, 10).default(0),
  // Actions that create something at Fintoc (checkout, one-click, saving an account, a new
  // attempt), per shopper and per client address within the window (lib/limits/fintoc-calls.ts).
  RATE_LIMIT_FINTOC_PER_SHOPPER: count(1, 100_000).default(10),
  RATE_LIMIT_FINTOC_PER_ADDRESS: count(1, 100_000).default(30),
  RATE_LIMIT_FINTOC_WINDOW_SECONDS: count(1, 86_400).default(600),
  // The console's refunds and refund cancellations, per merchant and per client address within
  // the same window (lib/limits/refund-calls.ts).
  RATE_LIMIT_REFUNDS_PER_ADMIN: count(1, 100_000).default(60),
  RATE_LIMIT_REFUNDS_PER_ADDRESS: count(1, 100_000).default(120),
  // New accounts per client address and hour.
  RATE_LIMIT_SIGN_UPS_PER_ADDRESS: count(1, 100_000).default(10),
  // Where emails go out (docs/emails.md): smtp:// or smtps://, user and password in the URL.
  // Unset, the mail catcher `npm run dev` starts; required against Fintoc's own API, where an
  // unset one would leave every email queued for a catcher that is not there.
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" }).optional(),
  MAIL_FROM: z
    .string()
    .regex(
      /^([^<>@]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/,
      "must be an address or Name <address>",
    )
    .default("Tienda Andina <pedidos@tienda-andina.cl>"),
  // The job worker inside each storefront process (lib/jobs): "off" leaves the queue to other
  // instances or to GET /api/cron/reconcile.
  JOBS_WORKER: z.enum(["on", "off"]).default("on"),
  JOBS_CONCURRENCY: count(1, 50).default(2),
  // The embedded widget ("Pagar aquí"): Fintoc's public key, which the browser gets. Unset, the
  // checkout offers Fintoc's hosted page only. Public by design, hence the prefix; the page
  // hands it to the browser at request time (lib/checkout/widget-config.ts).
  NEXT_PUBLIC_FINTOC_PUBLIC_KEY: z
    .string()
    .regex(/^pk_(test|live)_\S+$/, "must be a Fintoc public key (pk_test_… or pk_live_…)")
    .optional(),
  // Where the widget's script comes from: unset, Fintoc's own (https://js.fintoc.com/v1, as
  // @fintoc/fintoc-js loads it); the emulator's (<emulator>/widget/v1) in development and tests.
  NEXT_PUBLIC_FINTOC_JS_URL: z.url({ protocol: /^https?$/ }).optional(),
});

// The mail catcher's SMTP port (scripts/dev/mail-catcher.ts).
export const DEV_SMTP_URL = "smtp://127.0.0.1:1025";

const fintocApi = /^https:\/\/api\.fintoc\.com(\/|$)/;

// What no single variable can check: a key of the other mode cannot open our sessions, the
// emulator's script cannot open real Fintoc's, and a real store needs a real mail server.
const consistent = schema.superRefine((value, ctx) => {
  const key = value.NEXT_PUBLIC_FINTOC_PUBLIC_KEY;
  if (key && key.slice(3, 7) !== value.FINTOC_SECRET_KEY.slice(3, 7))
    ctx.addIssue({
      code: "custom",
      path: ["NEXT_PUBLIC_FINTOC_PUBLIC_KEY"],
      message:
        "must be of the same mode as FINTOC_SECRET_KEY (pk_test_ with sk_test_, pk_live_ with sk_live_)",
    });
  const script = value.NEXT_PUBLIC_FINTOC_JS_URL;
  if (
    script &&
    fintocApi.test(value.FINTOC_API_BASE_URL) &&
    !script.startsWith("https://js.fintoc.com/")
  )
    ctx.addIssue({
      code: "custom",
      path: ["NEXT_PUBLIC_FINTOC_JS_URL"],
      message: "must be unset (Fintoc's own script) when FINTOC_API_BASE_URL is Fintoc's API",
    });
  if (!value.SMTP_URL && fintocApi.test(value.FINTOC_API_BASE_URL))
    ctx.addIssue({
      code: "custom",
      path: ["SMTP_URL"],
      message:
        "is required when FINTOC_API_BASE_URL is Fintoc's API: without it no email reaches a shopper",
    });
});

export type Env = z.infer<typeof consistent>;

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "EnvError";
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = consistent.safeParse(source);
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

export type LogSettings = { level: string; format: "json" | "pretty" };

const logLevel = z.enum(["trace", "debug", "info", "warn", "error", "fatal", "silent"]);

// Read apart from env(): the logger must work before (and when) the rest fails validation.
// JSON lines in production, readable lines in development, unless LOG_FORMAT says otherwise.
export function logSettings(source: Record<string, string | undefined> = process.env): LogSettings {
  const level = logLevel.safeParse(source.LOG_LEVEL);
  const format =
    source.LOG_FORMAT === "json" || source.LOG_FORMAT === "pretty"
      ? source.LOG_FORMAT
      : source.NODE_ENV === "production"
        ? "json"
        : "pretty";
  return { level: level.success ? level.data : "info", format };
}
