import type { ReactNode } from "react";
import { cardClass } from "@/components/ui/card";

// Sign-in and sign-up share one narrow card, centred on wide screens, edge to edge on phones.
export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="mx-auto w-full max-w-md px-4 py-10 sm:py-16">
      <div className={`${cardClass} p-6 sm:p-8`}>{children}</div>
    </div>
  );
}
