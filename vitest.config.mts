import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: {
    alias: { "@": root, "server-only": `${root}tests/support/server-only.ts` },
  },
  test: {
    // next-auth imports "next/server" without a file extension, which Node's ESM loader refuses
    // unless Vite processes the package.
    server: { deps: { inline: ["next-auth"] } },
    // The storefront's info lines (every webhook received and applied) would bury the report;
    // warnings and errors still show. tests/unit/log/ checks the lines themselves.
    env: { LOG_LEVEL: "warn" },
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // One database for the whole run: files run one after another.
          fileParallelism: false,
        },
      },
    ],
  },
});
