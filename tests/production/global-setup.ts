import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { assertLocalDatabaseUrl } from "../../scripts/db/local-url";
import { recordBuildEnv } from "../../scripts/reliability/production-build";
import { productionProcessEnv } from "./support/production-env";

// The production path from nothing: a new, empty PostgreSQL database; `npm run db:migrate`;
// no seed (production has no demo accounts); `npm run build` with only the documented
// variables. The database is dropped afterwards. The specs start `npm start` themselves.

function npm(args: string[], env: NodeJS.ProcessEnv): void {
  const started = Date.now();
  const run = spawnSync("npm", args, { env, encoding: "utf8" });
  if (run.status !== 0)
    throw new Error(`npm ${args.join(" ")} failed:\n${`${run.stdout}${run.stderr}`.slice(-4000)}`);
  console.log(`npm ${args.join(" ")}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

async function onServer(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  const server = process.env.DATABASE_URL;
  if (!server) throw new Error("test:production needs DATABASE_URL: a local PostgreSQL server.");
  const url = assertLocalDatabaseUrl(server, "the production tests");
  // The test-database prefix: a run killed before its teardown is cleaned up by a later run.
  const name = `storefront_test_production_${randomBytes(4).toString("hex")}`;
  await onServer(server, `CREATE DATABASE ${name}`);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  process.env.PRODUCTION_DATABASE_URL = databaseUrl;

  const env = productionProcessEnv(databaseUrl);
  npm(["run", "db:migrate"], env);
  npm(["run", "build"], env);
  recordBuildEnv(env);

  return async () => {
    await onServer(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  };
}
