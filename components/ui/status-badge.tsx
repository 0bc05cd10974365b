import type { ReactNode } from "react";

// The one pill every status in the store is shown in: orders, refunds, stock, webhooks. The
// label carries the meaning; the tone only repeats it (and never alone: WCAG 1.4.1).
export type BadgeTone = "waiting" | "working" | "good" | "bad" | "neutral" | "refunded";

const tones: Record<BadgeTone, string> = {
  waiting: "bg-amber-50 text-amber-900 ring-amber-200",
  working: "bg-sky-50 text-sky-900 ring-sky-200",
  good: "bg-emerald-50 text-emerald-900 ring-emerald-200",
  bad: "bg-red-50 text-red-800 ring-red-200",
  neutral: "bg-stone-100 text-stone-700 ring-stone-300",
  refunded: "bg-violet-50 text-violet-900 ring-violet-200",
};

export function StatusBadge({
  tone,
  testId,
  children,
}: {
  tone: BadgeTone;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <span
      data-testid={testId}
      className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold whitespace-nowrap ring-1 ring-inset ${tones[tone]}`}
    >
      {children}
    </span>
  );
}
