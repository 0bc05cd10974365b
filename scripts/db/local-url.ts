// Test runs create and drop databases and reset data: they must never reach a shared server.
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

export function assertLocalDatabaseUrl(url: string, purpose: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`DATABASE_URL is not a valid URL, so ${purpose} cannot use it.`);
  }
  if (!/^postgres(ql)?:$/.test(parsed.protocol)) {
    throw new Error(
      `DATABASE_URL must be a postgresql:// URL for ${purpose}, got ${parsed.protocol}//…`,
    );
  }
  if (!LOCAL_HOSTS.has(parsed.hostname)) {
    throw new Error(
      `Refusing to run ${purpose} against ${parsed.hostname}: DATABASE_URL must point at a local ` +
        `server (localhost or 127.0.0.1). Unset DATABASE_URL to use a throwaway embedded database.`,
    );
  }
  return parsed;
}
