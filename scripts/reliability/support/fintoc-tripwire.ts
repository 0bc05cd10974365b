import { createServer, type Server } from "node:http";

// Stands where Fintoc (the emulator) would, and answers every request with a 503 after writing
// it down. A hostile request that got as far as calling Fintoc shows up here, even when the call
// then failed and left no row behind.

export interface FintocTripwire {
  requests: string[];
  close(): Promise<void>;
}

export function startFintocTripwire(port: number): Promise<FintocTripwire> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    request.resume();
    response.writeHead(503, { "Content-Type": "application/json" });
    response.end('{"error":{"type":"api_error","message":"tripwire"}}');
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, () =>
      resolve({
        requests,
        close: () => new Promise<void>((done) => server.close(() => done())),
      }),
    );
  });
}
