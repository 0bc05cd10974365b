// The shop's mark: a snow-capped peak over a sun, drawn inline so it needs no request.
export function BrandMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 40 40" aria-hidden="true" className={className}>
      <circle cx="20" cy="20" r="20" fill="#a94b22" />
      <circle cx="27" cy="14" r="5" fill="#f1c4a6" />
      <path d="M4 31 15 15l6 8 4-5 11 13Z" fill="#fbf7f1" />
      <path d="m15 15-3.6 5.2 2.1-.9 1.5 1.4 1.6-1.5 2.3.8Z" fill="#f1c4a6" />
    </svg>
  );
}
