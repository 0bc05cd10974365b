import type { Metadata } from "next";
import { requireUser } from "@/lib/auth";
import { AccountOverview } from "@/components/auth/account-overview";

export const metadata: Metadata = { title: "Mi cuenta" };

export default async function AccountPage() {
  const user = await requireUser("/account");
  return (
    <div className="space-y-6">
      <h1 className="font-display text-3xl font-bold text-stone-900">
        Hola, {user.name.split(/\s+/)[0]}
      </h1>
      <AccountOverview userId={user.id} />
    </div>
  );
}
