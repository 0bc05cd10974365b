import { emulatorClient } from "@/emulator/control/client";
import { EMULATOR_URL, SECRETS } from "./config";

// The suite's emulator: Fintoc's API as the storefront's checkout uses it, and the control
// plane for what a shopper and a bank would do and for the deliveries' fault switches.
export const emulator = emulatorClient({
  baseUrl: EMULATOR_URL,
  secretKey: SECRETS.FINTOC_SECRET_KEY,
});

export type { Delivery, EmittedEvent } from "@/emulator/control/client";
