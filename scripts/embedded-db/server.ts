import { resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { acquireDataDirLock } from "./data-dir-lock";
import { createDataDir } from "./data-dir-template";
import { SessionQueue } from "./session-queue";

// Development data lives under .data/, which git ignores and Tailwind does not scan (a
// database folder inside a scanned folder crashed Turbopack's build).
export const DEV_DATA_DIR = ".data/pglite";
export const DEFAULT_EMBEDDED_DB_PORT = 54329;

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  dataDir: string;
  // 0 lets the system pick a free port (tests).
  port: number;
}

export function embeddedDbPort(source: Record<string, string | undefined> = process.env): number {
  const raw = source.EMBEDDED_DB_PORT;
  if (raw === undefined || raw === "") return DEFAULT_EMBEDDED_DB_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`EMBEDDED_DB_PORT must be a port number (1-65535), got "${raw}".`);
  }
  return port;
}

// The server builds its queue in its constructor and gives it to each connection's handler as
// the connection arrives, so replacing the field before start() covers every connection.
function installSessionQueue(server: PGLiteSocketServer, db: PGlite): void {
  const slot = server as unknown as { queryQueue?: unknown };
  if (!slot.queryQueue) {
    throw new Error(
      "PGLiteSocketServer no longer has a queryQueue to replace: re-check " +
        "scripts/embedded-db/session-queue.ts against the installed @electric-sql/pglite-socket.",
    );
  }
  slot.queryQueue = new SessionQueue(db);
}

function listenError(error: unknown, port: number): Error {
  if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") {
    return new Error(
      `Port ${port} is already in use, so the embedded database cannot listen on it. ` +
        `Stop whatever uses it, or choose another port with EMBEDDED_DB_PORT.`,
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}

export async function startEmbeddedDatabase(
  options: EmbeddedDatabaseOptions,
): Promise<EmbeddedDatabase> {
  const dataDir = resolve(options.dataDir);
  const lock = acquireDataDirLock(dataDir);
  let db: PGlite | undefined;
  try {
    await createDataDir(dataDir);
    // Catalog search needs both (prisma/migrations/*_catalog_search).
    db = await PGlite.create(dataDir, { extensions: { pg_trgm, unaccent } });
    const server = new PGLiteSocketServer({
      db,
      host: "127.0.0.1",
      port: options.port,
      // Next's pool, the seed, migrations and test workers each hold connections.
      maxConnections: 100,
    });
    installSessionQueue(server, db);
    await server.start().catch((error: unknown) => {
      throw listenError(error, options.port);
    });
    const port = Number(server.getServerConn().split(":").pop());
    const openDb = db;
    let stopping: Promise<void> | undefined;
    return {
      url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
      stop() {
        stopping ??= (async () => {
          await server.stop();
          await openDb.close();
          lock.release();
        })();
        return stopping;
      },
    };
  } catch (error) {
    await db?.close().catch(() => undefined);
    lock.release();
    throw error;
  }
}
