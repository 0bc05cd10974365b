import { env } from "@/lib/env";
import { sharedPagesBuildMismatch } from "./shared-page-headers";

// next.config.ts writes whether the build saw an https APP_URL into the server's code
// (STOREFRONT_BUILT_FOR_HTTPS, inlined at build time); the running server compares.
export function warnOfSharedPagesBuild(): void {
  const mismatch = sharedPagesBuildMismatch(
    env().APP_URL,
    process.env.STOREFRONT_BUILT_FOR_HTTPS === "yes",
  );
  if (mismatch) console.warn(`\n${mismatch}\n`);
}
