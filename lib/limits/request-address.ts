import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { clientAddress } from "./client-address";

// The client's address for the request a server action or page is handling.
export async function requestAddress(): Promise<string> {
  return clientAddress(await headers(), env().TRUSTED_PROXY_HOPS);
}
