import type { Tx } from "@/lib/db-types";

export type HandlerResult = {
  outcome: "APPLIED" | "IGNORED";
  objectId: string | null;
  orderId: string | null;
  // Why an event was ignored, for the merchant console.
  note: string | null;
};

export type EventHandler = (tx: Tx, data: unknown, source: string) => Promise<HandlerResult>;
