// Runs once when the server starts: a missing or invalid variable stops it here, with every
// problem named, instead of failing on the first request (or accepting unsigned webhooks).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env, EnvError } = await import("@/lib/env");
  try {
    env();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(`\n${error.message}\nSee .env.example for what each variable means.\n`);
      process.exit(1);
    }
    throw error;
  }
}
