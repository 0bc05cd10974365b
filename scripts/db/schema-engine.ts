import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

// Prisma's Schema Engine compiled to wasm: the same code that writes `prisma migrate dev`
// migrations, usable here because every Prisma CLI command wants a native engine download.
// Only schema-to-schema diffs are used; they read no database (see offline-toolchain.md for
// the engine paths that break on a live database with adapter-pg 7.10.1).

type Bindings = typeof bindings & {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
  SchemaEngine: { new: (...args: unknown[]) => Promise<SchemaEngine> };
};

let lastPanic: string | undefined;
let offlineEngine: Promise<SchemaEngine> | undefined;

// The engine asks the database for its version once, at construction, and nothing else for
// schema-to-schema diffs. Answering that one question lets it run with no server at all.
function offlineAdapter() {
  const connection = {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    async queryRaw() {
      return {
        columnNames: ["exists", "version", "numeric_version"],
        columnTypes: [5, 7, 0], // Boolean, Text, Int32 (ColumnTypeEnum)
        rows: [[true, "PostgreSQL 15.0", 150000]],
      };
    },
    executeRaw: () => Promise.reject(new Error("the offline schema engine runs no statements")),
    executeScript: () => Promise.reject(new Error("the offline schema engine runs no scripts")),
    startTransaction: () =>
      Promise.reject(new Error("the offline schema engine opens no transactions")),
    dispose: async () => undefined,
    getConnectionInfo: () => ({ schemaName: "public", supportsRelationJoins: true }),
  };
  return bindMigrationAwareSqlAdapterFactory({
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: async () => connection,
    connectToShadowDb: async () => connection,
  } as unknown as Parameters<typeof bindMigrationAwareSqlAdapterFactory>[0]);
}

// The package's ESM entry imports the .wasm file directly, which Node 20 refuses, so it is
// instantiated by hand, once per process (the glue module holds a single instance). The engine
// also arms ~10 s timers that would keep scripts alive after their work: they are unref'd.
let glue: Promise<Bindings> | undefined;

async function instantiate(): Promise<Bindings> {
  const glueModule = bindings as Bindings;
  (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = {
    set_message: (message: string) => void (lastPanic = message),
  };
  const imports: Record<string, unknown> = { ...glueModule };
  for (const name of Object.keys(glueModule).filter((key) => key.startsWith("__wbg_setTimeout_"))) {
    const arm = glueModule[name as keyof typeof glueModule] as (
      ...args: unknown[]
    ) => NodeJS.Timeout;
    imports[name] = (...args: unknown[]) => arm(...args).unref();
  }
  const require = createRequire(__filename);
  const wasmPath = require
    .resolve("@prisma/schema-engine-wasm/schema_engine_bg")
    .replace(/\.js$/, ".wasm");
  const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), {
    "./schema_engine_bg.js": imports as WebAssembly.ModuleImports,
  });
  glueModule.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as (() => void) | undefined)?.();
  return glueModule;
}

export type AdapterFactory = ReturnType<typeof bindMigrationAwareSqlAdapterFactory>;

export async function createSchemaEngine(
  schema: string,
  adapter: AdapterFactory,
): Promise<SchemaEngine> {
  glue ??= instantiate();
  return (await glue).SchemaEngine.new(
    { datamodels: [["schema.prisma", schema]] },
    () => undefined,
    adapter,
  );
}

export function engineError(error: unknown): Error {
  return new Error(`Prisma's schema engine failed: ${lastPanic ?? (error as Error).message}`);
}

const datamodel = (content: string) => ({
  tag: "schemaDatamodel" as const,
  files: [{ path: "schema.prisma", content }],
});

// The SQL that takes a database from the `from` schema (null: an empty database) to `to`, or
// null when the two schemas need no change.
export async function diffSchemas(from: string | null, to: string): Promise<string | null> {
  offlineEngine ??= createSchemaEngine(to, offlineAdapter());
  try {
    const result = await (
      await offlineEngine
    ).diff({
      from: from === null ? { tag: "empty" } : datamodel(from),
      to: datamodel(to),
      script: true,
      exitCode: true,
      filters: { externalTables: [], externalEnums: [] },
    });
    // Exit code 2 means "there is a difference"; identical schemas give 0 and a comment.
    return result.exitCode === 2 ? (result.stdout ?? "") : null;
  } catch (error) {
    throw engineError(error);
  }
}
