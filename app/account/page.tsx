import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth";
import { getAccountProfileOrNull } from "@/lib/auth/users";
import { listOrdersForUser } from "@/lib/orders/queries";
import { ProfileCard } from "@/components/account/profile-card";
import { SavedAccountsCard } from "@/components/account/saved-accounts-card";
import { RecentOrders } from "@/components/orders/recent-orders";
import { SubscriptionAttentionNotice } from "@/components/subscriptions/attention-notice";
import { countSubscriptionsNeedingAttention } from "@/lib/subscriptions/queries";

export const metadata: Metadata = { title: "Mi cuenta" };

// The /account summary: who you are, your latest orders, and where your payment methods live.
export default async function AccountPage() {
  const user = await requireUser("/account");
  const [profile, recent, failing] = await Promise.all([
    getAccountProfileOrNull(user.id),
    listOrdersForUser(user.id, { pageSize: 3 }),
    countSubscriptionsNeedingAttention(user.id),
  ]);
  // A session outliving its account (deleted by an admin) has nothing to show.
  if (!profile) notFound();

  return (
    <div className="space-y-6">
      <h1 className="font-display text-3xl font-bold text-stone-900">
        Hola, {user.name.split(/\s+/)[0]}
      </h1>
      <SubscriptionAttentionNotice count={failing} />
      <div className="space-y-8">
        <ProfileCard profile={profile} />
        <RecentOrders orders={recent.orders} />
        <SavedAccountsCard />
      </div>
    </div>
  );
}
