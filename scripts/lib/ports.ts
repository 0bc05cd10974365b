import { createServer } from "node:net";

// Checked before anything starts: `next dev` would otherwise move to the next free port on its
// own, and webhooks and links would point at the wrong one.
export async function assertPortFree(port: number, purpose: string): Promise<void> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "EADDRINUSE"
          ? new Error(
              `Port ${port} (${purpose}) is already in use. Is \`npm run dev\` running in another terminal?`,
            )
          : error,
      ),
    );
    server.listen(port, () => server.close(() => resolve()));
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Polls until the URL answers with a status below 500. `abort` settles first when the server
// process dies, so a crash is reported at once instead of after the timeout.
export async function waitForHttp(
  url: string,
  timeoutMs: number,
  abort: Promise<unknown>,
): Promise<number> {
  let aborted = false;
  void abort.then(() => (aborted = true));
  let lastProblem = "no answer yet";
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await sleep(250)) {
    if (aborted) throw new Error(`the server stopped before ${url} answered`);
    try {
      const response = await fetch(url, {
        redirect: "manual",
        signal: AbortSignal.timeout(30_000),
      });
      if (response.status < 500) return response.status;
      lastProblem = `HTTP ${response.status}`;
    } catch (error) {
      lastProblem = (error as Error).message;
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s (${lastProblem})`);
}
