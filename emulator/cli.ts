import { parseArgs } from "node:util";
import { summarize, usage } from "./cli-output";
import { parseCliConfig } from "./config";

// `npm run fintoc -- <command>`: the common control-plane calls against a running emulator.
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: "boolean" },
    save: { type: "boolean" },
    "defer-activation": { type: "boolean" },
    concurrently: { type: "boolean" },
    stale: { type: "boolean" },
    "wrong-secret": { type: "boolean" },
    "error-reason": { type: "string" },
    session: { type: "string" },
    type: { type: "string" },
    order: { type: "string" },
    times: { type: "string" },
    help: { type: "boolean", short: "h" },
  },
});

const { baseUrl, secretKey } = parseCliConfig(process.env);

async function call(
  method: string,
  path: string,
  body?: object,
  headers: Record<string, string> = {},
): Promise<unknown> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { "Content-Type": "application/json", ...headers },
    body: body ? JSON.stringify(body) : undefined,
  }).catch((error: Error) => {
    throw new Error(
      `cannot reach the emulator at ${baseUrl} (${error.message}); is \`npm run emulator\` running?`,
    );
  });
  const data: unknown = await response.json();
  if (!response.ok) {
    const error = (data as { error?: { message?: string } }).error;
    throw new Error(error?.message ?? `HTTP ${response.status}`);
  }
  return data;
}

async function run(): Promise<unknown> {
  const [command, first, second] = positionals;
  const times = values.times ? Number(values.times) : undefined;
  const need = (value: string | undefined, what: string) => {
    if (!value) throw new Error(`missing ${what}\n\n${usage}`);
    return value;
  };
  switch (command) {
    case "create":
      return call(
        "POST",
        "/v2/checkout_sessions",
        { amount: Number(need(first, "amount")), currency: "CLP" },
        { Authorization: secretKey },
      );
    case "trigger":
      return call(
        "POST",
        `/_emulator/checkout_sessions/${need(first, "checkout session id")}/finish`,
        {
          outcome: second ?? "succeeded",
          error_reason: values["error-reason"],
          save_payment_method: values.save,
          activate_payment_method: values["defer-activation"] ? false : undefined,
        },
      );
    case "settle":
      return call("POST", `/_emulator/payment_intents/${need(first, "payment intent id")}/settle`, {
        status: second ?? "succeeded",
        error_reason: values["error-reason"],
      });
    case "activate":
      return call(
        "POST",
        `/_emulator/payment_methods/${need(first, "payment method id")}/activate`,
      );
    case "expire":
      return call(
        "POST",
        `/_emulator/checkout_sessions/${need(first, "checkout session id")}/expire`,
      );
    case "events": {
      const query = new URLSearchParams();
      if (values.session) query.set("checkout_session", values.session);
      if (values.type) query.set("type", values.type);
      return call("GET", `/_emulator/events?${query}`);
    }
    case "resend": {
      const signature = values.stale ? "stale" : values["wrong-secret"] ? "wrong_secret" : "valid";
      return call("POST", `/_emulator/events/${need(first, "event id")}/deliver`, {
        times,
        concurrently: values.concurrently,
        signature,
      });
    }
    case "hold":
      return call("POST", "/_emulator/deliveries/hold");
    case "release":
      return call("POST", "/_emulator/deliveries/release", { order: values.order, times });
    case "clock":
      return call("POST", "/_emulator/clock", { advance_seconds: Number(need(first, "seconds")) });
    case "reset":
      return call("POST", "/_emulator/reset");
    default:
      throw new Error(usage);
  }
}

if (values.help || positionals.length === 0) {
  console.log(usage);
} else {
  run()
    .then((data) =>
      console.log(
        values.json ? JSON.stringify(data, null, 2) : summarize(positionals[0] as string, data),
      ),
    )
    .catch((error: Error) => {
      console.error(error.message);
      process.exitCode = 1;
    });
}
