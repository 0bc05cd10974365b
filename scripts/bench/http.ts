import { Agent, request, type IncomingHttpHeaders } from "node:http";

// A lean HTTP/1.1 client on keep-alive sockets. The load generator shares two cores with the
// server under test, so it avoids fetch's extra layers: every millisecond it spends is one the
// server does not get.

export interface HttpResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  // Bytes on the wire (compressed when the server compressed).
  size: number;
}

export interface HttpClient {
  send(
    method: string,
    path: string,
    headers?: Record<string, string>,
    body?: string | Buffer,
  ): Promise<HttpResponse>;
  close(): void;
}

// Throws with the status and the start of the body, so a load run can show what went wrong.
export function expectStatus(response: HttpResponse, status: number): true {
  if (response.status !== status)
    throw new Error(`HTTP ${response.status}: ${response.body.slice(0, 160)}`);
  return true;
}

export function httpClient(baseUrl: string, maxSockets: number): HttpClient {
  const { hostname, port } = new URL(baseUrl);
  const agent = new Agent({ keepAlive: true, maxSockets });
  return {
    send(method, path, headers = {}, body) {
      return new Promise((resolve, reject) => {
        const outgoing = request({ agent, hostname, port, method, path, headers }, (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () => {
            const body = Buffer.concat(chunks);
            resolve({
              status: response.statusCode ?? 0,
              headers: response.headers,
              body: body.toString("utf8"),
              size: body.byteLength,
            });
          });
          response.on("error", reject);
        });
        outgoing.setTimeout(30_000, () =>
          outgoing.destroy(new Error(`${method} ${path} timed out after 30 s`)),
        );
        outgoing.on("error", reject);
        outgoing.end(body);
      });
    },
    close: () => agent.destroy(),
  };
}
