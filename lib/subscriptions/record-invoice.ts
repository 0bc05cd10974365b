import type { Tx } from "@/lib/db-types";
import type { Invoice } from "@/lib/fintoc";
import { Prisma } from "@/lib/generated/prisma/client";
import type { InvoiceStatus } from "@/lib/generated/prisma/enums";

// Stores an invoice as Fintoc reports it, in one statement, never backwards: its status moves
// DRAFT → OPEN → PAID | VOID and never leaves a final one, the count of refused charges only
// grows, and the payload is the latest one that did not go back. Any order, any number of
// times, concurrently (the insert waits on the primary key). Returns the status now stored.
export async function recordInvoice(tx: Tx, invoice: Invoice): Promise<InvoiceStatus> {
  const status = invoice.status;
  if (!status) throw new Error(`invoice ${invoice.id} has a status we do not know`);
  const now = new Date();
  const payload = JSON.stringify(invoice.payload);
  const rows = await tx.$queryRaw<{ status: InvoiceStatus }[]>`
    INSERT INTO "SubscriptionInvoice" AS i
      (id, "fintocSubscriptionId", status, total, currency, "periodStart", "periodEnd",
       "failedAttempts", "lastPaymentStatus", "paidAt", "lastPayload", "createdAt", "updatedAt")
    VALUES (${invoice.id}, ${invoice.subscriptionId}, CAST(${status} AS "InvoiceStatus"),
            ${invoice.total}, ${invoice.currency}, ${invoice.periodStart}, ${invoice.periodEnd},
            ${invoice.failedAttempts}, ${invoice.lastPaymentStatus},
            ${status === "PAID" ? now : null}, CAST(${payload} AS jsonb), ${now}, ${now})
    ON CONFLICT (id) DO UPDATE SET
      status = CASE WHEN ${forward(status)} THEN EXCLUDED.status ELSE i.status END,
      total = CASE WHEN ${forward(status)} THEN EXCLUDED.total ELSE i.total END,
      "lastPayload" = CASE WHEN ${forward(status)} THEN EXCLUDED."lastPayload" ELSE i."lastPayload" END,
      "lastPaymentStatus" =
        CASE WHEN ${forward(status)} THEN EXCLUDED."lastPaymentStatus" ELSE i."lastPaymentStatus" END,
      "failedAttempts" = GREATEST(i."failedAttempts", EXCLUDED."failedAttempts"),
      "paidAt" = COALESCE(i."paidAt", EXCLUDED."paidAt"),
      "updatedAt" = EXCLUDED."updatedAt"
    RETURNING status`;
  return rows[0]!.status;
}

// Whether the reported status may replace the stored one (`i.status`): the same status (a
// fresher copy: more charge attempts) or one further along; a final status is never replaced.
function forward(status: InvoiceStatus) {
  const rank = { DRAFT: 0, OPEN: 1, PAID: 2, VOID: 2 } as const;
  const behind = (Object.keys(rank) as InvoiceStatus[]).filter((s) => rank[s] < rank[status]);
  return Prisma.sql`(i.status = CAST(${status} AS "InvoiceStatus")
    OR i.status::text = ANY(CAST(${behind} AS text[])))`;
}
