import type { ReactNode } from "react";

// The white, ringed panel every page groups its content in.
export const cardClass = "rounded-2xl bg-white shadow-sm ring-1 ring-stone-200";

const headingClass = "text-lg font-semibold text-stone-900";

// A card that is a titled section of the page: its heading names it for screen readers
// (aria-labelledby), so the section shows up in their landmarks list. `roomy` gives phones the
// tighter padding and wider screens more room; `hideTitle` keeps the name for screen readers
// only, where the card's content speaks for itself.
export function CardSection({
  titleId,
  title,
  children,
  roomy = false,
  hideTitle = false,
  className = "",
}: {
  titleId: string;
  title: ReactNode;
  children: ReactNode;
  roomy?: boolean;
  hideTitle?: boolean;
  className?: string;
}) {
  return (
    <section
      aria-labelledby={titleId}
      className={`${cardClass} p-5 ${roomy ? "sm:p-6" : ""} ${className}`}
    >
      <h2 id={titleId} className={hideTitle ? "sr-only" : headingClass}>
        {title}
      </h2>
      {children}
    </section>
  );
}

// A centred message in a card: an empty list, a page that is not there, a failure.
export function NoticeCard({
  children,
  role,
  className = "",
}: {
  children: ReactNode;
  role?: "alert";
  className?: string;
}) {
  return (
    <div
      role={role}
      className={`rounded-2xl bg-white p-8 text-center ring-1 ring-stone-200 ${className}`}
    >
      {children}
    </div>
  );
}
