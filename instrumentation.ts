// Runs once when the server starts, before its first request. Node-only modules: instrumentation
// is also compiled for the Edge runtime, which has no process.exit nor node:http.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { logSettings } = await import("@/lib/env");
    const { scrubConsole } = await import("@/lib/log/console");
    scrubConsole(logSettings().format === "json");
    const { exitOnInvalidEnvironment } = await import("@/lib/env-check");
    exitOnInvalidEnvironment();
    const { warnOfSharedPagesBuild } = await import("@/lib/security/shared-pages-check");
    warnOfSharedPagesBuild();
    const { stampSocketAddresses } = await import("@/lib/limits/socket-address");
    stampSocketAddresses();
    // The build loads this file too; only a serving process runs jobs.
    if (process.env.NEXT_PHASE !== "phase-production-build") {
      const { startJobWorkerUnlessOff } = await import("@/lib/jobs/start");
      await startJobWorkerUnlessOff();
    }
  }
}
