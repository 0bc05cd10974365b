import type { Prisma } from "@/lib/generated/prisma/client";

// Code that must run inside a caller's transaction takes a `Tx`, so that writes compose into one
// atomic unit (the webhook inbox row and its effects commit together or not at all).
export type Tx = Prisma.TransactionClient;
