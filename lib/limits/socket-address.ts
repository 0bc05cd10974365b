import { Server, type IncomingMessage } from "node:http";

// Next's server keeps a client's own X-Forwarded-For, and only when there is none does it set
// the header to the socket's address: from inside the app, "a proxy said so" and "the client
// said so" look the same. So that TRUSTED_PROXY_HOPS=0 can mean "the socket's address", every
// request is stamped with it on arrival, in a header of our own that overwrites whatever a
// client sent under that name. instrumentation.ts installs this once, before the first request.

export const SOCKET_ADDRESS_HEADER = "x-storefront-socket-address";

let installed = false;

export function stampSocketAddresses(): void {
  if (installed) return;
  installed = true;
  const emit = Server.prototype.emit;
  Server.prototype.emit = function stampedEmit(this: Server, event: string, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as IncomingMessage;
      request.headers[SOCKET_ADDRESS_HEADER] = request.socket.remoteAddress ?? "";
    }
    return emit.apply(this, [event, ...args] as Parameters<Server["emit"]>);
  } as Server["emit"];
}
