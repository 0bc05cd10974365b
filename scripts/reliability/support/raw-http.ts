import { request } from "node:http";

// A request exactly as written: repeated headers, no Content-Length (chunked), any bytes.
// fetch would normalise some of these away.

export interface RawRequest {
  method: string;
  headers: [string, string][];
  body: Buffer;
  // Sent with Transfer-Encoding: chunked instead of a Content-Length.
  chunked?: boolean;
}

export interface RawResponse {
  status: number | null;
  ms: number;
  error: string | null;
}

export function sendRaw(url: string, raw: RawRequest, timeoutMs: number): Promise<RawResponse> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  return new Promise((resolve) => {
    // A repeated name becomes an array, which Node sends as separate header lines.
    const headers: Record<string, string | string[]> = {};
    for (const [name, value] of raw.headers) {
      const previous = headers[name];
      headers[name] = previous === undefined ? value : [previous, value].flat();
    }
    if (!raw.chunked && raw.method !== "GET") headers["Content-Length"] = String(raw.body.length);
    const req = request(url, { method: raw.method, headers, timeout: timeoutMs, agent: false });
    let settled = false;
    const finish = (result: RawResponse) => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    req.on("response", (res) => {
      res.resume();
      // The answer counts as soon as its status is known; a server may answer before it has
      // read a huge body, and then close the connection.
      finish({ status: res.statusCode ?? null, ms: elapsed(), error: null });
    });
    req.on("timeout", () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on("error", (error) => finish({ status: null, ms: elapsed(), error: error.message }));
    if (raw.method === "GET") return void req.end();
    if (!raw.chunked) return void req.end(raw.body);
    // Chunked, in 64 KiB pieces, as a streaming client would send it.
    for (let offset = 0; offset < raw.body.length; offset += 65_536)
      req.write(raw.body.subarray(offset, offset + 65_536));
    req.end();
  });
}
