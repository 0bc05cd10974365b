import Link from "next/link";
import { NoticeCard } from "@/components/ui/card";

// A list with nothing to show: says whether that is because of the filters, with a way out.
export function EmptyResult({
  title,
  detail,
  resetHref,
  resetLabel,
}: {
  title: string;
  detail: string;
  resetHref?: string;
  resetLabel?: string;
}) {
  return (
    <NoticeCard>
      <p className="font-semibold text-stone-900">{title}</p>
      <p className="mt-1 text-sm text-stone-600">{detail}</p>
      {resetHref && resetLabel ? (
        <Link href={resetHref} className="btn-secondary mt-5">
          {resetLabel}
        </Link>
      ) : null}
    </NoticeCard>
  );
}
