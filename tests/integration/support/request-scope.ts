import { randomInt } from "node:crypto";
import { SOCKET_ADDRESS_HEADER } from "@/lib/limits/socket-address";

// The request headers server actions read (next/headers' headers()), outside a Next request.
// Each call comes from an address of its own (TEST-NET-2), stamped as the server stamps the
// socket's, so the per-address limits of one test never spill into another; a test about those
// limits passes the address it wants.
export function requestHeaders(address = `198.51.100.${randomInt(1, 255)}`): Headers {
  return new Headers({ [SOCKET_ADDRESS_HEADER]: address });
}
