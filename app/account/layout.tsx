import type { ReactNode } from "react";
import { AccountNav } from "@/components/auth/account-nav";

// The shell of every account page. It shows nothing personal: each page checks the session
// itself (requireUser), because a layout is not re-run on every navigation.
export default function AccountLayout({ children }: { children: ReactNode }) {
  return (
    <div className="mx-auto grid max-w-5xl gap-6 px-4 py-8 sm:px-6 md:grid-cols-[11rem_1fr] md:gap-10 md:py-12">
      <AccountNav />
      <div className="min-w-0">{children}</div>
    </div>
  );
}
