import { createServer, connect, type Server, type Socket } from "node:net";

// A TCP proxy between the storefronts and PostgreSQL (or the embedded database), so an outage
// can be staged without touching a server that other programs share: cutting it refuses new
// connections and drops the open ones, as a network partition or a failover would.

export interface DatabaseProxy {
  // The DATABASE_URL the storefronts use: the target's, with the proxy's host and port.
  url: string;
  cut(): Promise<void>;
  restore(): Promise<void>;
  close(): Promise<void>;
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve((server.address() as { port: number }).port);
    });
  });
}

export async function startDatabaseProxy(targetUrl: string): Promise<DatabaseProxy> {
  const target = new URL(targetUrl);
  const targetHost =
    target.hostname === "localhost" ? "127.0.0.1" : target.hostname.replace(/^\[|\]$/g, "");
  const targetPort = Number(target.port || 5432);
  const open = new Set<Socket>();

  const server = createServer((client) => {
    const upstream = connect(targetPort, targetHost);
    for (const socket of [client, upstream]) {
      open.add(socket);
      socket.setNoDelay(true);
      // Either side ending or failing ends the pair: the other side sees a dropped connection.
      socket.once("close", () => {
        open.delete(socket);
        client.destroy();
        upstream.destroy();
      });
      socket.on("error", () => undefined);
    }
    client.pipe(upstream);
    upstream.pipe(client);
  });

  const port = await listen(server, 0);
  const url = new URL(targetUrl);
  url.hostname = "127.0.0.1";
  url.port = String(port);

  let cut = false;
  return {
    url: url.toString(),
    async cut() {
      if (cut) return;
      cut = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of open) socket.destroy();
      await closed;
    },
    async restore() {
      if (!cut) return;
      await listen(server, port);
      cut = false;
    },
    async close() {
      for (const socket of open) socket.destroy();
      if (!cut) await new Promise<void>((resolve) => server.close(() => resolve()));
      cut = true;
    },
  };
}
