import { StatusBadge, type BadgeTone } from "@/components/ui/status-badge";
import type { WebhookOutcome } from "@/lib/generated/prisma/enums";

const labels: Record<WebhookOutcome, string> = {
  APPLIED: "Aplicado",
  IGNORED: "Ignorado",
  FAILED: "Fallido",
};

const tones: Record<WebhookOutcome, BadgeTone> = {
  APPLIED: "good",
  IGNORED: "neutral",
  FAILED: "bad",
};

export function outcomeLabel(outcome: WebhookOutcome | null): string {
  return outcome ? labels[outcome] : "Sin procesar";
}

export const outcomeOptions = Object.entries(labels) as [WebhookOutcome, string][];

export function OutcomeBadge({ outcome }: { outcome: WebhookOutcome | null }) {
  return (
    <StatusBadge tone={outcome ? tones[outcome] : "waiting"}>{outcomeLabel(outcome)}</StatusBadge>
  );
}

// Every stored event passed verification (refused requests are never written); what is left to
// say is which secret matched, which matters while a secret is being rotated.
export function signatureLabel(secretIndex: number): string {
  return `Verificada · secreto ${secretIndex + 1}`;
}
