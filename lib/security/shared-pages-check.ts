import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { fintocWidgetOrigins, type WidgetOrigins } from "./content-security-policy";
import { sharedPagesBuildMismatch, sharedPagesWidgetMismatch } from "./shared-page-headers";

// next.config.ts writes whether the build saw an https APP_URL into the server's code
// (STOREFRONT_BUILT_FOR_HTTPS, inlined at build time); the running server compares.
export function warnOfSharedPagesBuild(): void {
  const mismatch = sharedPagesBuildMismatch(
    env().APP_URL,
    process.env.STOREFRONT_BUILT_FOR_HTTPS === "yes",
  );
  if (mismatch) log.warn(mismatch);
  const { NEXT_PUBLIC_FINTOC_PUBLIC_KEY, NEXT_PUBLIC_FINTOC_JS_URL } = env();
  const running = NEXT_PUBLIC_FINTOC_PUBLIC_KEY
    ? fintocWidgetOrigins(NEXT_PUBLIC_FINTOC_JS_URL)
    : null;
  const built = JSON.parse(
    process.env.STOREFRONT_BUILT_WIDGET_ORIGINS || "null",
  ) as WidgetOrigins | null;
  const widgetMismatch = sharedPagesWidgetMismatch(running, built);
  if (widgetMismatch) log.warn(widgetMismatch);
}
