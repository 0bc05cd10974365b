import { env, EnvError } from "@/lib/env";

// A missing or invalid variable stops the server at start, with every problem named, instead of
// failing on the first request (or, worse, accepting unsigned webhooks).
export function exitOnInvalidEnvironment(): void {
  try {
    env();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(`\n${error.message}\nSee .env.example for what each variable means.\n`);
    process.exit(1);
  }
}
