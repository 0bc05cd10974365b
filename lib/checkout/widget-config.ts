import "server-only";
import { env } from "@/lib/env";
import type { WidgetConfig } from "./fintoc-widget";

// What the checkout page hands the browser for "Pagar aquí": the public key and, in development
// and tests, the emulator's script (null: Fintoc's own, which @fintoc/fintoc-js loads). Read at
// request time and passed as props, so a build serves any environment and nothing is inlined.

export function widgetConfig(): WidgetConfig | null {
  const { NEXT_PUBLIC_FINTOC_PUBLIC_KEY, NEXT_PUBLIC_FINTOC_JS_URL } = env();
  if (!NEXT_PUBLIC_FINTOC_PUBLIC_KEY) return null;
  return { publicKey: NEXT_PUBLIC_FINTOC_PUBLIC_KEY, scriptUrl: NEXT_PUBLIC_FINTOC_JS_URL ?? null };
}
