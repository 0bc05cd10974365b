import { serve } from "@hono/node-server";
import { parseConfig } from "./config";
import { createEmulator } from "./emulator";

// Reads the configuration, listens, and on SIGINT/SIGTERM saves the state before exiting.
function start(): void {
  let emulator: ReturnType<typeof createEmulator>;
  let config: ReturnType<typeof parseConfig>;
  try {
    config = parseConfig(process.env);
    emulator = createEmulator(config);
  } catch (error) {
    console.error(`[emulator] ${(error as Error).message}`);
    process.exit(1);
  }
  const server = serve({ fetch: emulator.app.fetch, port: config.port }, (info) => {
    const endpoints = config.webhookUrls.length ? config.webhookUrls.join(", ") : "none configured";
    console.log(
      `[emulator] Fintoc emulator listening on port ${info.port} (public URL ${config.publicUrl})`,
    );
    console.log(
      `[emulator] dashboard ${config.publicUrl}/_emulator/dashboard · webhooks → ${endpoints}`,
    );
  });
  server.on("error", (error) => {
    console.error(`[emulator] cannot listen on port ${config.port}: ${error.message}`);
    void emulator.close().then(() => process.exit(1));
  });

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`[emulator] ${signal}: saving state and stopping`);
    server.close();
    void emulator.close().then(() => process.exit(0));
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
}

start();
