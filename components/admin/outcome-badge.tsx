import type { WebhookOutcome } from "@/lib/generated/prisma/enums";

const labels: Record<WebhookOutcome, string> = {
  APPLIED: "Aplicado",
  IGNORED: "Ignorado",
  FAILED: "Fallido",
};

const tones: Record<WebhookOutcome, string> = {
  APPLIED: "bg-emerald-50 text-emerald-900 ring-emerald-200",
  IGNORED: "bg-stone-100 text-stone-700 ring-stone-300",
  FAILED: "bg-red-50 text-red-800 ring-red-200",
};

export function outcomeLabel(outcome: WebhookOutcome | null): string {
  return outcome ? labels[outcome] : "Sin procesar";
}

export const outcomeOptions = Object.entries(labels) as [WebhookOutcome, string][];

// The label carries the meaning; the colour only repeats it.
export function OutcomeBadge({ outcome }: { outcome: WebhookOutcome | null }) {
  return (
    <span
      className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold whitespace-nowrap ring-1 ring-inset ${
        outcome ? tones[outcome] : "bg-amber-50 text-amber-900 ring-amber-200"
      }`}
    >
      {outcomeLabel(outcome)}
    </span>
  );
}

// Every stored event passed verification (refused requests are never written); what is left to
// say is which secret matched, which matters while a secret is being rotated.
export function signatureLabel(secretIndex: number): string {
  return `Verificada · secreto ${secretIndex + 1}`;
}
