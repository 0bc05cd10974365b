import { env, EnvError } from "@/lib/env";
import { log } from "@/lib/log";

// A missing or invalid variable stops the server at start, with every problem named, instead of
// failing on the first request (or, worse, accepting unsigned webhooks). The problems name the
// variables, never their values. The logger writes synchronously, so the line is out before the
// exit.
export function exitOnInvalidEnvironment(): void {
  try {
    env();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    log.fatal(
      { problems: error.problems },
      "invalid environment configuration: see .env.example for what each variable means",
    );
    process.exit(1);
  }
}
