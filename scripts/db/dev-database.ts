import { DataDirLockedError } from "../embedded-db/data-dir-lock";
import {
  DEV_DATA_DIR,
  embeddedDbPort,
  startEmbeddedDatabase,
  type EmbeddedDatabase,
} from "../embedded-db/server";

// The database the db:* commands work on: DATABASE_URL when set; otherwise the development
// embedded database, opened for the duration of the command, or, when `npm run dev` already
// holds it, reached through the server that process runs.
export async function withDevDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const configured = process.env.DATABASE_URL;
  if (configured) return work(configured);

  const port = embeddedDbPort();
  let database: EmbeddedDatabase;
  try {
    database = await startEmbeddedDatabase({ dataDir: DEV_DATA_DIR, port });
  } catch (error) {
    if (!(error instanceof DataDirLockedError)) throw error;
    return work(`postgresql://postgres@127.0.0.1:${port}/postgres`);
  }
  try {
    return await work(database.url);
  } finally {
    await database.stop();
  }
}
