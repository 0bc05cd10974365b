import { z } from "zod";
import { WebhookOutcome } from "@/lib/generated/prisma/enums";
import { pageRequestFrom, type PageRequest } from "./keyset";
import { optionalText, single, type SearchParams } from "./search-params";
import { endOfSantiagoDay, startOfSantiagoDay } from "./santiago-day";

export const inboxPath = "/admin/webhooks";

// The inbox's filters as the URL carries them (Spanish names, as the merchant sees them).
export type InboxFilters = {
  tipo?: string;
  resultado?: WebhookOutcome;
  desde?: string;
  hasta?: string;
};

// The same, as the query needs them.
export type InboxQuery = {
  type?: string;
  outcome?: WebhookOutcome;
  from?: Date;
  until?: Date;
};

const isoDate = z.iso.date().optional().catch(undefined);

const filtersSchema = z.object({
  tipo: optionalText(255),
  resultado: z.enum(WebhookOutcome).optional().catch(undefined),
  desde: isoDate,
  hasta: isoDate,
});

// Anything unreadable in the URL is dropped rather than refused: a hand-edited link still
// shows the inbox.
export function parseInboxParams(search: SearchParams): {
  filters: InboxFilters;
  page: PageRequest;
} {
  const filters = filtersSchema.parse({
    tipo: single(search.tipo),
    resultado: single(search.resultado),
    desde: single(search.desde),
    hasta: single(search.hasta),
  });
  return { filters, page: pageRequestFrom(single(search.antes), single(search.despues)) };
}

export function inboxQuery(filters: InboxFilters): InboxQuery {
  return {
    type: filters.tipo,
    outcome: filters.resultado,
    from: filters.desde ? startOfSantiagoDay(filters.desde) : undefined,
    until: filters.hasta ? endOfSantiagoDay(filters.hasta) : undefined,
  };
}
