import "server-only";
import { errorFields, log } from "@/lib/log";
import { currentSessionVersion } from "./users";

// JWT sessions live in the browser's cookie, with no table to delete them from, so "sign out
// every other session" after a password reset is a number: the user's sessionVersion goes into
// the token at sign-in, a reset raises it, and a token carrying a lower one is refused here on
// its next read (one primary-key read per request that has a session cookie). Tokens issued
// before this existed carry none, which counts as 0: they survive until the first reset.
export async function isSessionCurrent(token: {
  sub?: string;
  sessionVersion?: number;
}): Promise<boolean> {
  if (!token.sub) return false;
  try {
    const current = await currentSessionVersion(token.sub);
    if (current === null) return false;
    return (token.sessionVersion ?? 0) >= current;
  } catch (error) {
    // A database that is away for a moment must not sign everyone out. Nothing signed-in can be
    // served without the database anyway, so keeping the session meanwhile gives nobody more.
    log.warn(errorFields(error), "session version unreadable; keeping the session");
    return true;
  }
}
