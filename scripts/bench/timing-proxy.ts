import { Agent, createServer, request } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";

// Sits between the storefront and the Fintoc emulator and adds up how long the storefront waits
// for Fintoc, so the checkout figures split into our time and Fintoc's without any timing code
// in the app. The storefront is pointed at the proxy through FINTOC_API_BASE_URL, exactly as it
// would be pointed at api.fintoc.com.

export interface TimingProxy {
  url: string;
  // Milliseconds spent in upstream requests since the last call, and how many there were.
  take(): { ms: number; requests: number };
  close(): Promise<void>;
}

export async function startTimingProxy(target: string): Promise<TimingProxy> {
  const upstream = new URL(target);
  const agent = new Agent({ keepAlive: true });
  let waited = 0;
  let requests = 0;

  const server = createServer((incoming, outgoing) => {
    const started = performance.now();
    const forwarded = request(
      {
        agent,
        hostname: upstream.hostname,
        port: upstream.port,
        method: incoming.method,
        path: incoming.url,
        headers: { ...incoming.headers, host: upstream.host },
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
        answer.on("end", () => {
          waited += performance.now() - started;
          requests++;
        });
      },
    );
    forwarded.on("error", (error) => {
      outgoing.writeHead(502).end(`timing proxy: ${error.message}`);
    });
    incoming.pipe(forwarded);
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    take() {
      const taken = { ms: waited, requests };
      waited = 0;
      requests = 0;
      return taken;
    },
    close: () =>
      new Promise((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
