// Runs once when the server starts. The check lives in a Node-only module: instrumentation is
// also compiled for the Edge runtime, which has no process.exit.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { exitOnInvalidEnvironment } = await import("@/lib/env-check");
    exitOnInvalidEnvironment();
  }
}
