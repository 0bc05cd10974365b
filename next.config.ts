import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The emulator, scripts and tests are separate programs; keep them out of the app's tracing.
  outputFileTracingExcludes: { "*": ["./emulator/**", "./scripts/**", "./tests/**", "./.data/**"] },
  poweredByHeader: false,
};

export default nextConfig;
