import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "./support/test";
import { TEST_SECRETS } from "../../scripts/test/test-env";

// The e2e run builds the app with the test secrets in its environment, so a secret that leaked
// into client code (a NEXT_PUBLIC_ prefix, a server module imported by a client component)
// would be inlined into these files. Only .next/static is served to browsers.

function filesUnder(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

test("no secret reaches the browser's JavaScript", () => {
  const chunks = filesUnder(join(process.cwd(), ".next", "static")).filter((file) =>
    file.endsWith(".js"),
  );
  expect(chunks.length).toBeGreaterThan(5);
  const forbidden = [
    ...Object.values(TEST_SECRETS),
    "FINTOC_SECRET_KEY",
    "FINTOC_WEBHOOK_SECRET",
    "AUTH_SECRET",
    "DATABASE_URL",
    "sk_test_",
    "sk_live_",
  ];
  const leaks = chunks.flatMap((file) => {
    const text = readFileSync(file, "utf8");
    return forbidden
      .filter((needle) => text.includes(needle))
      .map((needle) => `${file}: ${needle}`);
  });
  expect(leaks).toEqual([]);
});
