import { parseArgs } from "node:util";
import { summarize, usage } from "./cli-output";
import { parseCliConfig } from "./config";
import { emulatorClient } from "./control/client";

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
    "failure-code": { type: "string" },
    charge: { type: "string" },
    session: { type: "string" },
    type: { type: "string" },
    order: { type: "string" },
    times: { type: "string" },
    help: { type: "boolean", short: "h" },
  },
});

const emulator = emulatorClient(parseCliConfig(process.env));

function chargeOutcome(value: string): "succeeded" | "failed" | "pending" {
  if (value === "succeeded" || value === "failed" || value === "pending") return value;
  throw new Error(`charge outcome must be succeeded, failed or pending, not ${value}\n\n${usage}`);
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
      return emulator.createCheckoutSession({
        amount: Number(need(first, "amount")),
        currency: "CLP",
      });
    case "trigger":
      return emulator.finishSession(need(first, "checkout session id"), {
        outcome: second ?? "succeeded",
        error_reason: values["error-reason"],
        save_payment_method: values.save,
        activate_payment_method: values["defer-activation"] ? false : undefined,
      });
    case "settle":
      return emulator.settlePaymentIntent(
        need(first, "payment intent id"),
        (second ?? "succeeded") as "succeeded" | "failed",
        values["error-reason"],
      );
    case "refund":
      return emulator.settleRefund(
        need(first, "refund id"),
        (second ?? "succeeded") as "in_progress" | "succeeded" | "failed",
        values["failure-code"],
      );
    case "activate":
      return emulator.activatePaymentMethod(need(first, "payment method id"));
    case "expire":
      return emulator.expireSession(need(first, "checkout session id"));
    case "events":
      return emulator.events({ checkoutSession: values.session, type: values.type });
    case "resend":
      return emulator.deliverEvent(need(first, "event id"), {
        times,
        concurrently: values.concurrently,
        signature: values.stale ? "stale" : values["wrong-secret"] ? "wrong_secret" : "valid",
      });
    case "hold":
      return emulator.holdDeliveries();
    case "release":
      return emulator.releaseDeliveries({ order: values.order, times });
    case "charges":
      return emulator.updateSettings({ invoice_charges: chargeOutcome(need(first, "outcome")) });
    case "clock":
      if (values.charge)
        await emulator.updateSettings({ invoice_charges: chargeOutcome(values.charge) });
      return emulator.advanceClock(Number(need(first, "seconds")));
    case "reset":
      return emulator.reset();
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
