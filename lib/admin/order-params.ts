import { z } from "zod";
import { OrderStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pageRequestFrom, type PageRequest } from "./keyset";
import { optionalText, single, type SearchParams } from "./search-params";

export const ordersPath = "/admin/orders";

export type OrderFilters = { estado?: OrderStatus; q?: string };

const filtersSchema = z.object({
  estado: z.enum(OrderStatus).optional().catch(undefined),
  q: optionalText(255),
});

export function parseOrderParams(search: SearchParams): {
  filters: OrderFilters;
  page: PageRequest;
} {
  const filters = filtersSchema.parse({ estado: single(search.estado), q: single(search.q) });
  return { filters, page: pageRequestFrom(single(search.antes), single(search.despues)) };
}

// One search box for what support gets quoted: Fintoc ids go to the checkout sessions, an
// email (stored lowercase) to the order's contact, anything else to the order id or the
// "Pedido #…" number (the id's last characters).
export function orderSearchWhere(q: string): Prisma.OrderWhereInput {
  if (q.startsWith("cs_")) return { sessions: { some: { id: q } } };
  if (q.startsWith("pi_")) return { sessions: { some: { paymentIntentId: q } } };
  if (q.includes("@")) return { email: q.toLowerCase() };
  // A whole id ends with itself.
  return { id: { endsWith: q.replace(/^#/, "").toLowerCase() } };
}
