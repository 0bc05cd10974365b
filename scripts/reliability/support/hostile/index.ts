import { addBodyCases } from "./body-cases";
import { CaseList, type HostileCase } from "./builder";
import { addSignatureCases } from "./signature-cases";

// Requests that must never get past the webhook route: each is refused with a 4xx and writes
// nothing. Not among them: a genuine event whose payload cannot be applied. By design that one
// is stored as FAILED and answered 200 (lib/webhooks/ingest.ts), so it can be replayed later.
export function hostileCases(secret: string): HostileCase[] {
  const list = new CaseList(secret);
  addSignatureCases(list);
  addBodyCases(list);
  return list.cases;
}

export type { HostileCase };
