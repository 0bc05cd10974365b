import { createServer, request as httpRequest, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { clientAddress } from "@/lib/limits/client-address";
import { SOCKET_ADDRESS_HEADER, stampSocketAddresses } from "@/lib/limits/socket-address";

const socket = "192.0.2.10";
const arriving = (forwardedFor?: string) =>
  new Headers({
    [SOCKET_ADDRESS_HEADER]: socket,
    ...(forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor }),
  });

describe("clientAddress", () => {
  it("trusts no proxy by default: the socket's address, whatever X-Forwarded-For claims", () => {
    expect(clientAddress(arriving("203.0.113.7"), 0)).toBe(socket);
    expect(clientAddress(arriving(), 0)).toBe(socket);
  });

  it("behind one proxy that appends (a load balancer), takes the entry it added", () => {
    // The client wrote "198.51.100.1"; the balancer appended the address it saw.
    expect(clientAddress(arriving("198.51.100.1, 203.0.113.7"), 1)).toBe("203.0.113.7");
    // A proxy that overwrites (Vercel) leaves one entry: the client's.
    expect(clientAddress(arriving(" 203.0.113.7 "), 1)).toBe("203.0.113.7");
  });

  it("behind two proxies (a CDN, then a balancer), takes the second entry from the right", () => {
    expect(clientAddress(arriving("198.51.100.1, 203.0.113.7, 10.0.0.5"), 2)).toBe("203.0.113.7");
  });

  it("with fewer entries than proxies, takes the farthest one; with none, the socket", () => {
    expect(clientAddress(arriving("203.0.113.7"), 2)).toBe("203.0.113.7");
    expect(clientAddress(arriving(""), 1)).toBe(socket);
    expect(clientAddress(new Headers(), 1)).toBe("unknown");
  });
});

describe("stampSocketAddresses", () => {
  it("overwrites whatever a client sends under the stamp's name with the socket's address", async () => {
    stampSocketAddresses();
    const seen = await new Promise<IncomingHttpHeaders>((resolve, reject) => {
      const server = createServer((req, res) => {
        res.end();
        server.close();
        resolve(req.headers);
      });
      server.listen(0, "127.0.0.1", () => {
        const { port } = server.address() as AddressInfo;
        httpRequest({
          port,
          host: "127.0.0.1",
          headers: { [SOCKET_ADDRESS_HEADER]: "203.0.113.66", "x-forwarded-for": "203.0.113.66" },
        })
          .on("error", reject)
          .end();
      });
    });
    expect(seen[SOCKET_ADDRESS_HEADER]).toBe("127.0.0.1");
    expect(seen["x-forwarded-for"]).toBe("203.0.113.66");
  });
});
