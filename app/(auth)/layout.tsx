import type { ReactNode } from "react";

// Sign-in and sign-up share one narrow card, centred on wide screens, edge to edge on phones.
export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="mx-auto w-full max-w-md px-4 py-10 sm:py-16">
      <div className="rounded-2xl bg-white p-6 shadow-sm ring-1 ring-stone-200 sm:p-8">
        {children}
      </div>
    </div>
  );
}
