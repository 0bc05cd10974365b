// `prisma generate` without network. The Prisma 7 client is Rust-free, but every Prisma CLI
// command first tries to download the native schema engine. Pointing it at a stub that exits 1
// satisfies that check (a stub that exits 0 would make `migrate deploy` silently do nothing).
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const stubDir = join(process.cwd(), "node_modules", ".cache", "prisma-offline");
const stub = join(stubDir, "schema-engine-unavailable");
if (!existsSync(stub)) {
  mkdirSync(stubDir, { recursive: true });
  writeFileSync(
    stub,
    "#!/bin/sh\necho 'The native Prisma schema engine is not installed; use npm run db:migrate.' >&2\nexit 1\n",
  );
  chmodSync(stub, 0o755);
}

execFileSync(join("node_modules", ".bin", "prisma"), ["generate"], {
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? stub,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  },
});
